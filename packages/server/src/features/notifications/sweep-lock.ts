import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { AppContext } from '../../platform/context.js';
import { type Database, queryRows } from '../../platform/db/client.js';

/** Any fixed number; only the reminder sweep takes it (the audit log uses 727275). */
export const REMINDER_SWEEP_LOCK = 727276;

const running = new WeakSet<Database>();

/**
 * Runs `fn` unless another sweep holds the lock, in this process or in another instance; then
 * answers null at once instead of waiting. Across instances it is a PostgreSQL session advisory
 * lock (pg_try_advisory_lock) on a connection of its own, held for the whole sweep — a pooled
 * connection could go back to the pool and take the lock with it. If the process dies, the
 * connection closes and the lock goes with it. PGlite has one connection in one process, where
 * the in-process flag decides (a session lock is re-entrant within its own session).
 */
export async function withSweepLock<T>(ctx: AppContext, fn: () => Promise<T>): Promise<T | null> {
  const database = ctx.database;
  if (running.has(database)) return null;
  running.add(database);
  try {
    if (database.kind === 'pglite' || !database.url) {
      const [row] = await queryRows<{ ok: boolean }>(
        database.db,
        sql`select pg_try_advisory_lock(${REMINDER_SWEEP_LOCK}) as ok`,
      );
      if (!row?.ok) return null;
      try {
        return await fn();
      } finally {
        await database.db.execute(sql`select pg_advisory_unlock(${REMINDER_SWEEP_LOCK})`);
      }
    }
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ ok: boolean }>(
        'select pg_try_advisory_lock($1) as ok',
        [REMINDER_SWEEP_LOCK],
      );
      if (!rows[0]?.ok) return null;
      try {
        return await fn();
      } finally {
        await client.query('select pg_advisory_unlock($1)', [REMINDER_SWEEP_LOCK]);
      }
    } finally {
      await client.end();
    }
  } finally {
    running.delete(database);
  }
}
