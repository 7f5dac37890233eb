import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { AppContext } from '../../platform/context.js';
import { type Database, queryRows } from '../../platform/db/client.js';

/** Any fixed number; only the duplicate search takes it (audit 727275, reminders 727276). */
export const CLEARING_RUN_LOCK = 727277;

const running = new WeakSet<Database>();

/**
 * Runs the duplicate search unless one is running already, in this process or another instance;
 * then answers null at once. As the reminder sweep does (notifications/sweep-lock.ts): a session
 * advisory lock on a connection of its own on PostgreSQL, so it is not lost to the pool and dies
 * with the process; on PGlite (one connection, one process) the in-process flag decides.
 */
export async function withRunLock<T>(ctx: AppContext, fn: () => Promise<T>): Promise<T | null> {
  const database = ctx.database;
  if (running.has(database)) return null;
  running.add(database);
  try {
    if (database.kind === 'pglite' || !database.url) {
      const [row] = await queryRows<{ ok: boolean }>(
        database.db,
        sql`select pg_try_advisory_lock(${CLEARING_RUN_LOCK}) as ok`,
      );
      if (!row?.ok) return null;
      try {
        return await fn();
      } finally {
        await database.db.execute(sql`select pg_advisory_unlock(${CLEARING_RUN_LOCK})`);
      }
    }
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ ok: boolean }>(
        'select pg_try_advisory_lock($1) as ok',
        [CLEARING_RUN_LOCK],
      );
      if (!rows[0]?.ok) return null;
      try {
        return await fn();
      } finally {
        await client.query('select pg_advisory_unlock($1)', [CLEARING_RUN_LOCK]);
      }
    } finally {
      await client.end();
    }
  } finally {
    running.delete(database);
  }
}
