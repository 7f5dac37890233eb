import { sql } from 'drizzle-orm';
import type { DbOrTx } from './client.js';

/**
 * Hot queries (the session lookup on every request, the signed-in user) are prepared once per
 * database handle: drizzle then skips rebuilding the SQL text and PostgreSQL skips re-planning it,
 * which the API benchmark showed to be most of the cost of a small authenticated request.
 */
const cache = new WeakMap<DbOrTx, Map<string, unknown>>();

export function prepared<T>(db: DbOrTx, name: string, build: (db: DbOrTx) => T): T {
  let byName = cache.get(db);
  if (!byName) {
    byName = new Map();
    cache.set(db, byName);
  }
  let query = byName.get(name) as T | undefined;
  if (query === undefined) {
    query = build(db);
    byName.set(name, query);
  }
  return query;
}

/**
 * How a filter takes the user's values: as named placeholders (for a prepared query, values
 * given at execute time) or inlined (for a one-off query). One filter function then serves both.
 */
export type Bind = <T>(name: string, value: T) => T | ReturnType<typeof sql.placeholder>;

export const bindAs = (placeholders: boolean): Bind =>
  placeholders ? (name) => sql.placeholder(name) : (_name, value) => value;
