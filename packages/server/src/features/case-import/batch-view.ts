import type { ImportBatchView, ImportPreview, ImportRowError, Scope, Text } from '@sigap/domain';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { withinScope } from '../../platform/db/scope-sql.js';
import { AppError } from '../../platform/http/errors.js';
import { importBatches } from '../cases/schema.js';

/**
 * What a batch knows beyond its counters, kept in its `errors` document: the stored reasons of
 * bad rows and their total, what the preview detected and showed, how the user confirmed, and
 * why the last run stopped.
 */
export type BatchReport = {
  rows: ImportRowError[];
  total: number;
  detected: ImportPreview['detected'];
  sample: Record<string, unknown>[];
  run: { validOnly: boolean; existing: 'skip' | 'update' } | null;
  failure: Text | null;
  /** The file is in storage (uploads): the API can resume it. CLI runs read the local file. */
  stored: boolean;
};

export type BatchRow = typeof importBatches.$inferSelect;

export function reportOf(row: Pick<BatchRow, 'errors'>): BatchReport {
  const raw = row.errors as Partial<BatchReport> | unknown[];
  const r = Array.isArray(raw) ? {} : raw;
  return {
    rows: r.rows ?? [],
    total: r.total ?? 0,
    detected: r.detected ?? { encoding: null, delimiter: null, headers: [], missingColumns: [] },
    sample: r.sample ?? [],
    run: r.run ?? null,
    failure: r.failure ?? null,
    stored: r.stored ?? false,
  };
}

export function batchView(row: BatchRow): ImportBatchView {
  const report = reportOf(row);
  return {
    id: row.id,
    templateId: row.templateId,
    sourceSystem: row.sourceSystem,
    format: row.format,
    fileName: row.fileName,
    fileSha256: row.fileSha256,
    institutionId: row.institutionId,
    regionCode: row.regionCode,
    state: row.state as ImportBatchView['state'],
    totalRows: row.totalRows,
    validRows: row.validRows,
    processedRows: row.processedRows,
    createdCases: row.createdCases,
    updatedCases: row.updatedCases,
    errors: report.rows,
    errorCount: report.total,
    failure: report.failure,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

export function previewView(row: BatchRow): ImportPreview {
  const report = reportOf(row);
  return { ...batchView(row), detected: report.detected, sample: report.sample };
}

const NOT_FOUND = { id: 'Impor tidak ditemukan', en: 'Import not found' };

/** A batch of the user's scope; another region's batch is "not found", not "forbidden". */
export async function getBatchInScope(db: DbOrTx, scope: Scope, id: string): Promise<BatchRow> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new AppError('NOT_FOUND', NOT_FOUND);
  const [row] = await db
    .select()
    .from(importBatches)
    .where(and(eq(importBatches.id, id), withinScope(importBatches.regionCode, scope)));
  if (!row) throw new AppError('NOT_FOUND', NOT_FOUND);
  return row;
}

export async function listBatches(
  db: DbOrTx,
  scope: Scope,
  page: number,
  pageSize: number,
): Promise<{ items: ImportBatchView[]; meta: { page: number; pageSize: number; total: number } }> {
  const where = withinScope(importBatches.regionCode, scope);
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(importBatches)
      .where(where)
      .orderBy(desc(importBatches.createdAt))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(importBatches).where(where),
  ]);
  return { items: rows.map(batchView), meta: { page, pageSize, total: count?.n ?? 0 } };
}
