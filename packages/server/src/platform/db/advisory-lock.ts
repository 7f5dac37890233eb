import { sql } from 'drizzle-orm';
import pg from 'pg';
import { type Database, queryRows } from './client.js';

/**
 * Fixed lock keys in use, one per job, so no two jobs share one: 727274 migrations (migrate.ts),
 * 727275 the audit chain, 727276 the reminder sweep, 727277 the duplicate search.
 */
const running = new WeakMap<Database, Set<number>>();

/**
 * Runs `fn` unless another holder has the lock `key`, in this process or in another instance;
 * then answers null at once instead of waiting (a job that is already running need not run
 * twice). Across instances it is a PostgreSQL session advisory lock (pg_try_advisory_lock) on a
 * connection of its own, held for the whole job: a pooled connection could go back to the pool
 * and take the lock with it. If the process dies, the connection closes and the lock goes with
 * it. PGlite has one connection in one process, where the in-process flag decides (a session
 * lock is re-entrant within its own session).
 */
export async function withAdvisoryLock<T>(
  database: Database,
  key: number,
  fn: () => Promise<T>,
): Promise<T | null> {
  const held = running.get(database) ?? new Set<number>();
  if (held.has(key)) return null;
  held.add(key);
  running.set(database, held);
  try {
    if (database.kind === 'pglite' || !database.url) {
      const [row] = await queryRows<{ ok: boolean }>(
        database.db,
        sql`select pg_try_advisory_lock(${key}) as ok`,
      );
      if (!row?.ok) return null;
      try {
        return await fn();
      } finally {
        await database.db.execute(sql`select pg_advisory_unlock(${key})`);
      }
    }
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ ok: boolean }>(
        'select pg_try_advisory_lock($1) as ok',
        [key],
      );
      if (!rows[0]?.ok) return null;
      try {
        return await fn();
      } finally {
        await client.query('select pg_advisory_unlock($1)', [key]);
      }
    } finally {
      await client.end();
    }
  } finally {
    held.delete(key);
  }
}
