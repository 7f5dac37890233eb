import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { type Database, queryRows } from './client.js';

export const MIGRATIONS_DIR = path.join(import.meta.dirname, '../../../drizzle');

type Journal = { entries: Array<{ idx: number; tag: string }> };

function journal(): Journal {
  return JSON.parse(fs.readFileSync(path.join(MIGRATIONS_DIR, 'meta/_journal.json'), 'utf8'));
}

/** The tag of the newest migration this build knows. */
export function latestMigrationTag(): string | null {
  return journal().entries.at(-1)?.tag ?? null;
}

/** The tag of the newest migration applied to the database, or null on an empty database. */
export async function appliedMigrationTag(database: Database): Promise<string | null> {
  try {
    const rows = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    const n = Number(rows[0]?.n ?? 0);
    return n > 0 ? (journal().entries[n - 1]?.tag ?? null) : null;
  } catch {
    return null;
  }
}

/**
 * Applies pending migrations. The same SQL files run on PGlite and on PostgreSQL. On a server,
 * an advisory lock keeps two app instances that start together from migrating at once.
 */
export async function migrateDatabase(database: Database): Promise<string | null> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as unknown as PgliteDatabase, {
      migrationsFolder: MIGRATIONS_DIR,
    });
  } else {
    // One dedicated connection: an advisory lock belongs to the connection that took it.
    const client = new pg.Client({ connectionString: database.url ?? undefined });
    await client.connect();
    try {
      await client.query('select pg_advisory_lock(727274)');
      await migratePg(drizzlePg(client), { migrationsFolder: MIGRATIONS_DIR });
    } finally {
      await client.query('select pg_advisory_unlock(727274)').catch(() => {});
      await client.end();
    }
  }
  return appliedMigrationTag(database);
}
