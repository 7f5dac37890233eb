import { Column, getTableName, is, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * A column as `"table"."column"`. Drizzle writes bare column names when a query reads one
 * table, and inside a correlated subquery a bare name binds to the subquery's own table when
 * it has a column of that name (`n.institution_id = "id"` compares with n.id). Every outer
 * reference in a subquery goes through this.
 */
export function qualified(ref: AnyPgColumn | SQL): SQL {
  if (is(ref, Column))
    return sql`${sql.identifier(getTableName(ref.table))}.${sql.identifier(ref.name)}`;
  return ref;
}
