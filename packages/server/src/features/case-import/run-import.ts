import type { MappedCaseRow } from '@sigap/domain';
import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { AppError } from '../../platform/http/errors.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { importBatches } from '../cases/schema.js';
import { type BatchRow, reportOf } from './batch-view.js';
import type { ImportFile } from './import-file.js';
import { createRowMapper, type MappingRules } from './row-mapper.js';
import { presealVictims } from './seal-victims.js';
import { openSourceTable, type SourceRow } from './source-rows.js';
import { mapRows, RepeatedRows } from './validate-file.js';
import {
  type ChunkRows,
  type ExistingMode,
  ImportSuperseded,
  prebuildFresh,
  writeChunk,
} from './write-chunk.js';

/** Rows per transaction: big enough for set-based speed, small enough for steady progress. */
export const DEFAULT_CHUNK_ROWS = 2000;

export type RunOptions = {
  validOnly: boolean;
  existing: ExistingMode;
  chunkRows?: number;
  /**
   * The chunks already read, mapped and checked by this call's validation pass
   * (prepared-spool.ts); a fresh batch only. Without them the file is read and mapped again from
   * where the batch stands.
   */
  prepared?: AsyncIterable<ChunkRows>;
};

export type Progress = { phase: 'validate' | 'import'; rows: number; total: number };

/**
 * A hook the tests use to stop a run the way a crash would (after a committed chunk). The
 * product never sets it.
 */
export const importFaults: { afterChunk: ((chunk: number) => void | Promise<void>) | null } = {
  afterChunk: null,
};

const running = new Map<string, Promise<void>>();

/** Whether this process is working on the batch right now. */
export const isRunning = (batchId: string) => running.has(batchId);

/** Resolves when this process's run of the batch ends (at once when none runs). */
export async function waitForImport(batchId: string): Promise<void> {
  await running.get(batchId)?.catch(() => {});
}

/** Starts a run without waiting for it (the API answers at once; GET shows the progress). */
export function startImport(...args: Parameters<typeof runImport>): void {
  const [, batch] = args;
  const job = runImport(...args)
    .then(() => {})
    .finally(() => running.delete(batch.id));
  running.set(batch.id, job);
  job.catch(() => {}); // failures are recorded on the batch
}

/**
 * Writes a confirmed batch, chunk by chunk, from where its progress stands (0, or the last
 * committed row of an interrupted run). A failure is recorded on the batch with its reason,
 * and the batch can be resumed.
 */
export async function runImport(
  ctx: AppContext,
  batch: BatchRow,
  file: ImportFile,
  rules: MappingRules,
  actor: Actor,
  options: RunOptions,
  onProgress?: (p: Progress) => void,
): Promise<BatchRow> {
  const db = ctx.database.db;
  const facts = {
    batchId: batch.id,
    sourceSystem: batch.sourceSystem,
    institutionId: batch.institutionId,
    regionCode: batch.regionCode,
    userId: actor.userId,
  };
  const today = new Date().toISOString().slice(0, 10);
  const chunkRows = options.chunkRows ?? DEFAULT_CHUNK_ROWS;
  let processed = batch.processedRows;
  let chunks = 0;
  try {
    // PostgreSQL writes one chunk while this process prepares the next; PGlite runs in this
    // thread, so there each chunk is written before the next is prepared.
    const overlap = ctx.database.kind === 'postgres';
    let writing: Promise<void> | null = null;
    const write = async (chunk: ChunkRows) => {
      // sealed and built while the previous chunk is still being written
      await presealVictims(ctx.fields, chunk.rows);
      chunk.prebuilt = prebuildFresh(ctx.fields, facts, chunk.rows);
      await writing;
      writing = db
        .transaction((tx) =>
          writeChunk(tx, ctx.fields, actor, facts, options.existing, processed, chunk),
        )
        .then(async () => {
          processed += chunk.sourceRows;
          chunks++;
          onProgress?.({ phase: 'import', rows: processed, total: batch.totalRows });
          await importFaults.afterChunk?.(chunks);
        });
      writing.catch(() => {}); // observed at the next write; never an unhandled rejection
      if (!overlap) await writing;
    };
    try {
      if (options.prepared) {
        if (batch.processedRows !== 0) throw new Error('prepared chunks are for a fresh batch');
        for await (const chunk of options.prepared) await write(chunk);
      } else await readAndWrite(ctx, batch, file, rules, today, options, chunkRows, write);
    } finally {
      // a failed read must not leave a write running unobserved
      await Promise.resolve(writing).catch(() => {});
    }
    await writing;
  } catch (err) {
    if (err instanceof ImportSuperseded) throw err;
    await recordFailure(ctx, actor, batch.id, err);
    throw err;
  }
  return finish(ctx, actor, batch.id);
}

/** Reads the file from where the batch stands and maps each chunk for `write` (which seals it). */
async function readAndWrite(
  ctx: AppContext,
  batch: BatchRow,
  file: ImportFile,
  rules: MappingRules,
  today: string,
  options: RunOptions,
  chunkRows: number,
  write: (chunk: ChunkRows) => Promise<void>,
): Promise<void> {
  const table = await openSourceTable(file, rules.options);
  const mapper = await createRowMapper(
    ctx.database.db,
    table.headers,
    rules,
    batch.regionCode,
    today,
  );
  const repeated = new RepeatedRows(mapper);
  let seen = 0;
  let block: SourceRow[] = [];
  const flush = async () => {
    const rows = block;
    block = [];
    const results = await mapRows(mapper, repeated, rows);
    const valid: MappedCaseRow[] = [];
    for (const r of results) {
      if (r.row) valid.push(r.row);
      else if (!options.validOnly) throw rowBecameInvalid(r.errors[0]);
    }
    await write({
      rows: valid,
      sourceRows: rows.length,
      firstRow: rows[0]?.rowNumber ?? 0,
      lastRow: rows[rows.length - 1]?.rowNumber ?? 0,
    });
  };
  for await (const row of table.rows) {
    if (seen++ < batch.processedRows) {
      repeated.note(row); // already written by an earlier run: only its ids matter
      continue;
    }
    block.push(row);
    if (block.length >= chunkRows) await flush();
  }
  if (block.length) await flush();
}

function rowBecameInvalid(e: { row: number; message: { id: string; en: string } } | undefined) {
  return new AppError('CONFLICT', {
    id: `Baris ${e?.row} kini tidak sah (${e?.message.id}); data acuan berubah sejak pratinjau`,
    en: `Row ${e?.row} is now invalid (${e?.message.en}); reference data changed since the preview`,
  });
}

async function finish(ctx: AppContext, actor: Actor, batchId: string): Promise<BatchRow> {
  return ctx.database.db.transaction(async (tx) => {
    const [row] = await tx
      .update(importBatches)
      .set({ state: 'completed', finishedAt: new Date(), updatedAt: new Date() })
      .where(sql`${importBatches.id} = ${batchId} and ${importBatches.state} = 'importing'`)
      .returning();
    if (!row) throw new ImportSuperseded(`batch ${batchId} is no longer importing`);
    await recordAudit(tx, actor, {
      action: 'case.import.completed',
      entityType: 'case_import_batch',
      entityId: batchId,
      after: {
        processedRows: row.processedRows,
        createdCases: row.createdCases,
        updatedCases: row.updatedCases,
      },
    });
    return row;
  });
}

async function recordFailure(ctx: AppContext, actor: Actor, batchId: string, err: unknown) {
  const failure =
    err instanceof AppError && err.text
      ? err.text
      : {
          id: `Impor berhenti: ${err instanceof Error ? err.message : String(err)}; dapat dilanjutkan`,
          en: `The import stopped: ${err instanceof Error ? err.message : String(err)}; it can be resumed`,
        };
  await ctx.database.db
    .transaction(async (tx) => {
      const [row] = await tx.select().from(importBatches).where(eq(importBatches.id, batchId));
      if (row?.state !== 'importing') return;
      await tx
        .update(importBatches)
        .set({ state: 'failed', errors: { ...reportOf(row), failure }, updatedAt: new Date() })
        .where(eq(importBatches.id, batchId));
      await recordAudit(tx, actor, {
        action: 'case.import.failed',
        entityType: 'case_import_batch',
        entityId: batchId,
        after: { processedRows: row.processedRows, failure: failure.en },
      });
    })
    .catch(() => {}); // the database itself may be what failed; the batch then stays "importing"
}
