import { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { listenPostgres } from './listen-postgres.js';
import { lockDataDir } from './lock.js';

export type Db = PgDatabase<PgQueryResultHKT>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Functions that may run inside or outside a transaction take this. */
export type DbOrTx = Db | Tx;

export type DbKind = 'pglite' | 'postgres';

export type Database = {
  kind: DbKind;
  /** The primary: every write and every read that must see the latest write. */
  db: Db;
  /** Heavy reads (lists, statistics); the primary unless DATABASE_READ_URL is set. */
  readDb: Db;
  /** Connection string of the primary (postgres only), for work that needs one connection. */
  url: string | null;
  /** Whether heavy reads go to a replica (which may lag behind the primary). */
  hasReplica: boolean;
  /**
   * Subscribes to a notification channel. `onState(false)` says notifications may have been
   * missed (connection lost); `onState(true)` that they flow again. Returns the unsubscribe.
   */
  listen(
    channel: string,
    onMessage: (payload: string) => void,
    onState: (connected: boolean) => void,
  ): Promise<() => Promise<void>>;
  /** PGlite only: the whole cluster as a tarball (loadable with `loadDataDir`). */
  dumpDataDir?: () => Promise<Blob>;
  close(): Promise<void>;
};

export type OpenOptions =
  | {
      kind: 'pglite';
      dataDir: string | null;
      /** A dump (`dumpDataDir`) to start from instead of an empty cluster: tests' templates. */
      loadDataDir?: Blob | undefined;
    }
  | { kind: 'postgres'; url: string; readUrl?: string | undefined; poolSize?: number };

// timestamps come back as Date; dates (YYYY-MM-DD) stay strings on both drivers.
pg.types.setTypeParser(1082, (v: string) => v);

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.kind === 'pglite') {
    const release = opts.dataDir ? lockDataDir(opts.dataDir) : () => {};
    try {
      const client = new PGlite({
        ...(opts.dataDir ? { dataDir: opts.dataDir } : {}),
        ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}),
      });
      await client.waitReady;
      const db = drizzlePglite(client) as unknown as Db;
      return {
        kind: 'pglite',
        db,
        readDb: db,
        url: null,
        hasReplica: false,
        async listen(channel, onMessage, onState) {
          // one embedded connection: notifications cannot be lost while the process lives
          const unlisten = await client.listen(channel, onMessage);
          onState(true);
          return async () => {
            onState(false);
            if (!client.closed) await unlisten();
          };
        },
        dumpDataDir: () => client.dumpDataDir('none'),
        async close() {
          await client.close();
          release();
        },
      };
    } catch (err) {
      release();
      throw err;
    }
  }
  const pool = new pg.Pool({ connectionString: opts.url, max: opts.poolSize ?? 10 });
  const readPool = opts.readUrl
    ? new pg.Pool({ connectionString: opts.readUrl, max: opts.poolSize ?? 10 })
    : null;
  // An idle connection the server drops (restart, failover) must not crash the process: the
  // pool discards it and the next query opens a new one.
  for (const p of [pool, readPool])
    p?.on('error', (err) => process.emitWarning(`PostgreSQL connection lost: ${err.message}`));
  const db = drizzlePg(pool) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    readDb: readPool ? (drizzlePg(readPool) as unknown as Db) : db,
    url: opts.url,
    hasReplica: readPool !== null,
    listen: (channel, onMessage, onState) => listenPostgres(opts.url, channel, onMessage, onState),
    async close() {
      await pool.end();
      await readPool?.end();
    },
  };
}

/** Rows of a raw `db.execute(sql...)`: both drivers answer `{ rows }`. */
export async function queryRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
