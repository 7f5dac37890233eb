// The database of the monitoring bench: a throw-away PostgreSQL server with fsync on (default),
// a scratch database on DATABASE_URL's server, or a PGlite data directory (--pglite); and a raw
// connection to it for running the dashboard's SQL directly, without the app around it.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import type { Db, OpenOptions } from '../../packages/server/src/platform/db/client.js';
import { lockDataDir } from '../../packages/server/src/platform/db/lock.js';
import { startThrowawayPostgres } from '../../scripts/throwaway-postgres.mjs';
import { freePort, log, onCleanup } from './harness.js';

export type BenchDatabase = {
  kind: 'postgres' | 'pglite';
  source: string;
  /** What the app process gets: DATABASE_URL or SIGAP_DATA_DIR. */
  env: NodeJS.ProcessEnv;
  open: OpenOptions;
};

export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  onCleanup(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export async function benchDatabase(usePglite: boolean): Promise<BenchDatabase> {
  if (usePglite) {
    const dataDir = tempDir('sigap-bench-pglite-');
    return {
      kind: 'pglite',
      source: 'PGlite (embedded, in the app process)',
      env: { SIGAP_DATA_DIR: dataDir },
      open: { kind: 'pglite', dataDir },
    };
  }
  const given = process.env.DATABASE_URL;
  if (given) {
    // a scratch database on the given server, so the bench neither sees nor changes real data
    const name = `sigap_bench_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: given });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    onCleanup(async () => {
      const c = new pg.Client({ connectionString: given });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    });
    const url = new URL(given);
    url.pathname = `/${name}`;
    return {
      kind: 'postgres',
      source: `DATABASE_URL server, scratch database ${name}`,
      env: { DATABASE_URL: url.toString() },
      open: { kind: 'postgres', url: url.toString(), poolSize: 2 },
    };
  }
  log('Starting a throw-away PostgreSQL server (fsync on)…');
  const server = startThrowawayPostgres({ port: await freePort(), fsync: true });
  if (!server)
    throw new Error(
      'PostgreSQL server binaries not found (apt-get install -y postgresql), ' +
        'and DATABASE_URL is not set. Use --pglite to bench the embedded database.',
    );
  onCleanup(() => server.stop());
  return {
    kind: 'postgres',
    source: 'throw-away PostgreSQL server (scripts/throwaway-postgres.mjs)',
    env: { DATABASE_URL: server.url },
    open: { kind: 'postgres', url: server.url, poolSize: 2 },
  };
}

/** A connection that runs SQL text as given: the "direct" side of the comparison. */
export type RawConnection = {
  db: Db;
  run(text: string, params: unknown[]): Promise<unknown>;
  /** The same in a transaction with `set local jit = off` (what the app does for that query). */
  runWithoutJit(text: string, params: unknown[]): Promise<unknown>;
  close(): Promise<void>;
};

/**
 * PostgreSQL: a pool of the app's default size (10), so statements a dashboard call sends in
 * parallel run in parallel here too. PGlite: its one connection, as in the app.
 */
export async function rawConnection(target: BenchDatabase): Promise<RawConnection> {
  const conn = await openRaw(target);
  let closed: Promise<void> | null = null;
  // closing twice (a phase, then the clean-up path) is harmless
  return { ...conn, close: () => (closed ??= conn.close()) };
}

async function openRaw(target: BenchDatabase): Promise<RawConnection> {
  if (target.open.kind === 'pglite') {
    const dataDir = target.open.dataDir ?? '';
    const release = lockDataDir(dataDir);
    const client = new PGlite(dataDir);
    await client.waitReady;
    return {
      db: drizzlePglite(client) as unknown as Db,
      run: (text, params) => client.query(text, params),
      runWithoutJit: (text, params) =>
        client.transaction(async (tx) => {
          await tx.query('set local jit = off');
          return tx.query(text, params);
        }),
      async close() {
        await client.close();
        release();
      },
    };
  }
  const pool = new pg.Pool({ connectionString: target.open.url, max: 10 });
  return {
    db: drizzlePg(pool) as unknown as Db,
    run: (text, params) => pool.query(text, params),
    async runWithoutJit(text, params) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        await client.query('set local jit = off');
        const result = await client.query(text, params);
        await client.query('commit');
        return result;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** The postmaster's pid (for its CPU time), when the server runs on this machine. */
export function postmasterPid(dataDirectory: string | undefined): number | null {
  try {
    const pidLine = fs.readFileSync(path.join(dataDirectory ?? '', 'postmaster.pid'), 'utf8');
    return Number(pidLine.split('\n')[0]) || null;
  } catch {
    return null;
  }
}
