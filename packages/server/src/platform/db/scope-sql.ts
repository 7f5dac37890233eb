import type { Scope } from '@sigap/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * The WHERE clause that keeps a query inside the user's scope: the region itself and every
 * region under it. Access is part of the query, not a filter applied after loading.
 */
export function withinScope(regionColumn: AnyPgColumn, scope: Scope): SQL {
  if (scope.level === 'national') return sql`true`;
  return sql`(${regionColumn} = ${scope.regionCode} or ${regionColumn} like ${`${scope.regionCode}.%`})`;
}

/**
 * Like withinScope, and also the levels above the user (national records have no region; the
 * user's own province for a district user), which they need to see their own chain.
 */
export function visibleInScope(regionColumn: AnyPgColumn, scope: Scope): SQL {
  if (scope.level === 'national') return sql`true`;
  const ancestors = [];
  for (let code = scope.regionCode; code.includes('.'); ) {
    code = code.slice(0, code.lastIndexOf('.'));
    ancestors.push(code);
  }
  const above = ancestors.length
    ? sql` or ${regionColumn} in (${sql.join(
        ancestors.map((a) => sql`${a}`),
        sql`, `,
      )})`
    : sql``;
  return sql`(${regionColumn} is null or ${withinScope(regionColumn, scope)}${above})`;
}
