import fs from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { ImportBatchView, ImportTemplateView } from '@sigap/domain';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { AppError } from '../../platform/http/errors.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { importBatches } from '../cases/schema.js';
import { type BatchRow, batchView, reportOf } from './batch-view.js';
import { insertPreviewedBatch } from './create-import.js';
import {
  assertImportSize,
  type ImportFile,
  localImportFile,
  sha256Of,
  spoolToTemp,
} from './import-file.js';
import { PreparedSpool } from './prepared-spool.js';
import type { MappingRules } from './row-mapper.js';
import { DEFAULT_CHUNK_ROWS, type Progress, runImport } from './run-import.js';
import { resolveTemplate } from './templates.js';
import { type Validation, validateImportFile } from './validate-file.js';
import type { ExistingMode } from './write-chunk.js';

export type ImportCaseFileInput = (
  | { filePath: string }
  | { stream: Readable; fileName: string }
) & {
  /** A saved template (id or name), or rules given inline with their source system. */
  template: string | { sourceSystem: string; rules: MappingRules };
  institutionId: string;
  regionCode: string | null;
  actor: Actor;
  /** Overrides the template's source system (two senders using one template, e.g. HTCDS). */
  sourceSystem?: string;
  dryRun?: boolean;
  validOnly?: boolean;
  existing?: ExistingMode;
  chunkRows?: number;
  /** Continue this batch (same file, checked by its hash) after an interruption. */
  resumeBatchId?: string;
};

export type ImportCaseFileResult = {
  batch: ImportBatchView | null;
  validation: Validation | null;
};

/**
 * The whole import in one call, for the command line and the benchmark: validate the file,
 * then (unless it is a dry run, or bad rows were found and `validOnly` was not chosen) write it
 * chunk by chunk. The caller has checked the region against whoever runs it; the file stays
 * where it is, so such a batch is resumed by running this again with `resumeBatchId`.
 */
export async function importCaseFile(
  ctx: AppContext,
  input: ImportCaseFileInput,
  onProgress?: (p: Progress) => void,
): Promise<ImportCaseFileResult> {
  const db = ctx.database.db;
  let file: ImportFile;
  let cleanup = async () => {};
  let sha256: string | null = null;
  let spool: PreparedSpool | null = null;
  if ('filePath' in input) {
    const stat = await fs.stat(input.filePath);
    file = localImportFile(input.filePath, stat.size);
  } else {
    const spooled = await spoolToTemp(input.stream, input.fileName, ctx.config.importMaxBytes);
    ({ file, sha256, cleanup } = spooled);
  }
  try {
    assertImportSize(file, ctx.config.importMaxBytes);
    sha256 ??= await sha256Of(file);
    const template: ImportTemplateView | null =
      typeof input.template === 'string' ? await resolveTemplate(db, input.template) : null;
    const rules: MappingRules = template
      ? { columnMap: template.columnMap, codeMap: template.codeMap, options: template.options }
      : (input.template as { rules: MappingRules }).rules;
    const sourceSystem =
      input.sourceSystem ??
      template?.sourceSystem ??
      (input.template as { sourceSystem: string }).sourceSystem;
    const run = {
      validOnly: input.validOnly ?? false,
      existing: input.existing ?? 'skip',
      chunkRows: input.chunkRows ?? DEFAULT_CHUNK_ROWS,
    };

    if (input.resumeBatchId) {
      const batch = await resumable(ctx, input.actor, input.resumeBatchId, sha256);
      const done = await runImport(
        ctx,
        batch,
        file,
        rules,
        input.actor,
        {
          ...run,
          ...(reportOf(batch).run ?? {}),
        },
        onProgress,
      );
      return { batch: batchView(done), validation: null };
    }

    const today = new Date().toISOString().slice(0, 10);
    // The validation pass keeps the mapped rows (encrypted, prepared-spool.ts) for the writes,
    // which then need not read and map the file again. Once a bad row shows that nothing will be
    // written (no validOnly), it stops keeping them.
    spool = input.dryRun ? null : new PreparedSpool();
    const validation = await validateImportFile(
      db,
      file,
      rules,
      input.regionCode,
      today,
      (rows) => onProgress?.({ phase: 'validate', rows, total: 0 }),
      spool
        ? {
            rows: run.chunkRows,
            take: async (rows, results) => {
              if (!spool) return;
              if (!run.validOnly && results.some((r) => !r.row)) {
                await spool.discard();
                spool = null;
              } else await spool.add(rows, results);
            },
          }
        : undefined,
    );
    if (input.dryRun) return { batch: null, validation };
    const row = await insertPreviewedBatch(
      db,
      input.actor,
      {
        file,
        sha256,
        templateId: template?.id ?? null,
        sourceSystem,
        rules,
        institutionId: input.institutionId,
        regionCode: input.regionCode,
        userId: input.actor.userId,
      },
      validation,
      false,
    );
    const blocked =
      validation.validRows === 0 || (validation.validRows < validation.totalRows && !run.validOnly);
    if (blocked) return { batch: batchView(row), validation };
    const [importing] = await db
      .update(importBatches)
      .set({
        state: 'importing',
        errors: { ...reportOf(row), run: { validOnly: run.validOnly, existing: run.existing } },
      })
      .where(eq(importBatches.id, row.id))
      .returning();
    const done = await runImport(
      ctx,
      importing as BatchRow,
      file,
      rules,
      input.actor,
      spool ? { ...run, prepared: spool.read() } : run,
      onProgress,
    );
    return { batch: batchView(done), validation };
  } finally {
    await spool?.discard();
    await cleanup();
  }
}

async function resumable(
  ctx: AppContext,
  actor: Actor,
  id: string,
  sha256: string,
): Promise<BatchRow> {
  const [batch] = await ctx.database.db
    .select()
    .from(importBatches)
    .where(eq(importBatches.id, id));
  if (!batch)
    throw new AppError('NOT_FOUND', { id: 'Impor tidak ditemukan', en: 'Import not found' });
  if (batch.fileSha256 !== sha256)
    throw new AppError('CONFLICT', {
      id: 'Berkas ini bukan berkas impor tersebut (isinya berbeda)',
      en: 'This is not the file of that import (its content differs)',
    });
  if (batch.state !== 'failed' && batch.state !== 'importing')
    throw new AppError('CONFLICT', {
      id: `Impor ini berstatus ${batch.state}; tidak ada yang dilanjutkan`,
      en: `This import is ${batch.state}; there is nothing to resume`,
    });
  return ctx.database.db.transaction(async (tx) => {
    const [row] = await tx
      .update(importBatches)
      .set({
        state: 'importing',
        errors: { ...reportOf(batch), failure: null },
        updatedAt: new Date(),
      })
      .where(eq(importBatches.id, id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'case.import.resumed',
      entityType: 'case_import_batch',
      entityId: id,
      after: { processedRows: batch.processedRows },
    });
    return row as BatchRow;
  });
}
