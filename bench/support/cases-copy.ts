// The baseline of the cases bench: PostgreSQL's own COPY of the same CSV file into a plain
// (logged, index-free) table with one text column per header — what a DBA would do with the file
// and the fastest way rows get into PostgreSQL. Measured two ways on PostgreSQL:
//
// - `COPY … FROM STDIN` from this process (what `psql \copy` does; the file travels over the
//   connection, as the import's rows do), through a minimal node-postgres "submittable" rather
//   than a new dependency;
// - `COPY … FROM '<file>'`, read by the server itself, when the server can (a local server and a
//   superuser, as the throw-away server is); otherwise reported as unavailable.
//
// The faster of the two is the baseline (the stricter ratio). On PGlite: `COPY … FROM '/dev/blob'`
// with the file as a Blob (PGlite's documented way; the file is read into memory first).

// The baseline of the cases bench: PostgreSQL's own COPY of the same CSV file into a plain
// (logged, index-free) table with one text column per header — what a DBA would do with the file
// and the fastest way rows get into PostgreSQL. Measured two ways on PostgreSQL:
//
// - `COPY … FROM STDIN` from this process (what `psql \copy` does; the file travels over the
//   connection, as the import's rows do), through a minimal node-postgres "submittable" rather
//   than a new dependency;
// - `COPY … FROM '<file>'`, read by the server itself, when the server can (a local server and a
//   superuser, as the throw-away server is); otherwise reported as unavailable.
//
// The faster of the two is the baseline (the stricter ratio). On PGlite: `COPY … FROM '/dev/blob'`
// with the file as a Blob (PGlite's documented way; the file is read into memory first).
import fs, { createReadStream } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { COPY_COLUMNS } from './cases-layout.js';

export type CopyRun = { method: string; rows: number; ms: number; rowsPerS: number };
export type CopyResult = { best: CopyRun; runs: CopyRun[]; unavailable: string[] };

const TABLE = 'bench_copy_plain';
const CREATE = `create table ${TABLE} (${COPY_COLUMNS.map((c) => `"${c}" text`).join(', ')})`;
const OPTIONS = `(format csv, header true, delimiter ',', encoding 'UTF8')`;

type Connection = {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
  stream: NodeJS.WritableStream & { writableNeedDrain?: boolean };
};

/** COPY FROM STDIN as a node-postgres submittable: streams the file with back-pressure. */
function copyFromStdin(file: string, text: string) {
  let resolve: (rows: number) => void = () => {};
  let reject: (err: Error) => void = () => {};
  const done = new Promise<number>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  let failure: Error | null = null;
  let rows = 0;
  let ended = false;
  let source: fs.ReadStream | null = null;
  const submittable = {
    callback: undefined as unknown,
    submit(connection: Connection) {
      connection.query(text);
    },
    handleCopyInResponse(connection: Connection) {
      const stream = createReadStream(file, { highWaterMark: 256 * 1024 });
      source = stream;
      stream.on('data', (chunk) => {
        connection.sendCopyFromChunk(chunk as Buffer);
        if (connection.stream.writableNeedDrain) {
          stream.pause();
          connection.stream.once('drain', () => stream.resume());
        }
      });
      stream.on('end', () => {
        ended = true;
        connection.endCopyFrom();
      });
      stream.on('error', (err) => {
        failure = err;
        ended = true;
        connection.sendCopyFail(err.message);
      });
    },
    handleCommandComplete(msg: { text?: string }) {
      rows = Number(/(\d+)\s*$/.exec(msg.text ?? '')?.[1] ?? 0);
    },
    handleError(err: Error, connection: Connection) {
      failure ??= err;
      source?.destroy();
      if (!ended) {
        ended = true;
        connection.sendCopyFail('stopped after an error');
      }
    },
    handleReadyForQuery() {
      if (failure) reject(failure);
      else resolve(rows);
    },
    // messages a COPY FROM never gets; present because node-postgres may call them
    handleRowDescription() {},
    handleDataRow() {},
    handleEmptyQuery() {},
    handlePortalSuspended() {},
    handleCopyData() {},
  };
  return { submittable, done };
}

async function timed(method: string, run: () => Promise<number>): Promise<CopyRun> {
  const t0 = performance.now();
  const rows = await run();
  const ms = performance.now() - t0;
  return { method, rows, ms, rowsPerS: rows / (ms / 1000) };
}

/** Both COPY forms on PostgreSQL, into a fresh table each; the table is dropped afterwards. */
export async function copyPostgres(pool: pg.Pool, file: string): Promise<CopyResult> {
  const client = await pool.connect();
  const runs: CopyRun[] = [];
  const unavailable: string[] = [];
  try {
    const fresh = async () => {
      await client.query(`drop table if exists ${TABLE}`);
      await client.query(CREATE);
      await client.query('checkpoint').catch(() => {}); // a clean start for each run
    };
    await fresh();
    runs.push(
      await timed('COPY FROM STDIN (client)', () => {
        const { submittable, done } = copyFromStdin(
          file,
          `copy ${TABLE} from stdin with ${OPTIONS}`,
        );
        client.query(submittable as unknown as pg.QueryConfig);
        return done;
      }),
    );
    await fresh();
    try {
      const literal = `'${file.replace(/'/g, "''")}'`;
      runs.push(
        await timed('COPY FROM file (server)', async () => {
          const r = await client.query(`copy ${TABLE} from ${literal} with ${OPTIONS}`);
          return r.rowCount ?? 0;
        }),
      );
    } catch (err) {
      unavailable.push(
        `COPY FROM file (server): ${err instanceof Error ? err.message : String(err)}`,
      );
    }
  } finally {
    await client.query(`drop table if exists ${TABLE}`).catch(() => {});
    client.release();
  }
  return { best: fastest(runs), runs, unavailable };
}

/** PGlite: COPY FROM '/dev/blob' with the file as a Blob. */
export async function copyPglite(client: PGlite, file: string): Promise<CopyResult> {
  await client.exec(`drop table if exists ${TABLE}; ${CREATE}`);
  try {
    const run = await timed("COPY FROM '/dev/blob' (PGlite)", async () => {
      const blob = await fs.openAsBlob(file);
      const r = await client.query(`copy ${TABLE} from '/dev/blob' with ${OPTIONS}`, [], {
        blob,
      });
      return r.affectedRows ?? 0;
    });
    return { best: run, runs: [run], unavailable: [] };
  } finally {
    await client.exec(`drop table if exists ${TABLE}`);
  }
}

function fastest(runs: CopyRun[]): CopyRun {
  const best = runs.reduce<CopyRun | null>((a, b) => (a && a.rowsPerS >= b.rowsPerS ? a : b), null);
  if (!best) throw new Error('no COPY run finished');
  return best;
}
