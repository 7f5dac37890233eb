import type { Scope } from '@sigap/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { type Bind, bindAs } from './prepared.js';

/**
 * The WHERE clause that keeps a query inside the user's scope: the region itself and every
 * region under it. Access is part of the query, not a filter applied after loading.
 */
export function withinScope(
  regionColumn: AnyPgColumn,
  scope: Scope,
  bind: Bind = bindAs(false),
): SQL {
  if (scope.level === 'national') return sql`true`;
  return sql`(${regionColumn} = ${bind('scope', scope.regionCode)} or ${regionColumn} like ${bind('scopeBelow', `${scope.regionCode}.%`)})`;
}

/** The values `withinScope` binds when given placeholders. */
export function scopeParams(scope: Scope) {
  return { scope: scope.regionCode, scopeBelow: `${scope.regionCode}.%` };
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
