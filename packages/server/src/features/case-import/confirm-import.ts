import type { ImportBatchView, ImportConfirm, Scope } from '@sigap/domain';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { importBatches } from '../cases/schema.js';
import { type BatchRow, batchView, getBatchInScope, reportOf } from './batch-view.js';
import { storedImportFile } from './import-file.js';
import type { MappingRules } from './row-mapper.js';
import { isRunning, startImport } from './run-import.js';
import { getTemplate } from './templates.js';

/** An interrupted run whose process died shows no progress for this long before a resume. */
export const STALLED_AFTER_MS = 2 * 60 * 1000;

const conflict = (id: string, en: string) => new AppError('CONFLICT', { id, en });

/** The template exactly as previewed: a template edited since then would import differently. */
async function rulesOf(tx: Tx, batch: BatchRow): Promise<MappingRules> {
  if (!batch.templateId)
    throw conflict(
      'Impor ini dibuat tanpa templat tersimpan; jalankan ulang dari baris perintah',
      'This import was made without a saved template; run it again from the command line',
    );
  const t = await getTemplate(tx, batch.templateId);
  if (new Date(t.updatedAt) > batch.createdAt)
    throw conflict(
      'Templat diubah sesudah pratinjau; unggah berkas lagi untuk pratinjau baru',
      'The template changed after the preview; upload the file again for a new preview',
    );
  return { columnMap: t.columnMap, codeMap: t.codeMap, options: t.options };
}

function assertStored(batch: BatchRow) {
  if (!reportOf(batch).stored)
    throw conflict(
      'Berkas impor ini tidak tersimpan di server (impor dari baris perintah); lanjutkan dengan `sigap cases import --resume`',
      'The file of this import is not stored on the server (a command-line import); continue it with `sigap cases import --resume`',
    );
}

/**
 * Konfirmasi: the user saw the preview and imports. With bad rows listed, the import goes ahead
 * only when the user chose explicitly to import the valid rows alone (`validOnly`); the bad ones
 * stay listed on the batch. The writes run in the background; GET shows the progress.
 */
export async function confirmImport(
  ctx: AppContext,
  scope: Scope,
  actor: Actor,
  id: string,
  input: ImportConfirm,
): Promise<ImportBatchView> {
  const { row, rules } = await ctx.database.db.transaction(async (tx) => {
    const batch = await getBatchInScope(tx, scope, id);
    if (batch.state !== 'previewed')
      throw conflict(
        `Impor ini sudah ${stateWord(batch.state).id}`,
        `This import is already ${stateWord(batch.state).en}`,
      );
    const bad = batch.totalRows - batch.validRows;
    if (bad > 0 && !input.validOnly)
      throw conflict(
        `${bad} baris berisi kesalahan. Perbaiki berkasnya dan unggah lagi, atau pilih "impor baris yang sah saja"`,
        `${bad} row(s) have errors. Fix the file and upload it again, or choose "import only the valid rows"`,
      );
    if (batch.validRows === 0)
      throw conflict('Tidak ada baris yang sah untuk diimpor', 'There is no valid row to import');
    assertStored(batch);
    const rules = await rulesOf(tx, batch);
    const run = { validOnly: input.validOnly, existing: input.existing };
    const [updated] = await tx
      .update(importBatches)
      .set({ state: 'importing', errors: { ...reportOf(batch), run }, updatedAt: new Date() })
      .where(eq(importBatches.id, id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'case.import.confirmed',
      entityType: 'case_import_batch',
      entityId: id,
      after: { ...run, validRows: batch.validRows, totalRows: batch.totalRows },
    });
    return { row: updated as BatchRow, rules };
  });
  const report = reportOf(row);
  startImport(ctx, row, fileOf(ctx, row), rules, actor, report.run ?? input);
  return batchView(row);
}

const fileOf = (ctx: AppContext, b: BatchRow) =>
  storedImportFile(ctx.storage, b.fileSha256, b.fileName, 0);

/** A failed run, or one whose process died, continues after its last committed chunk. */
export async function resumeImport(
  ctx: AppContext,
  scope: Scope,
  actor: Actor,
  id: string,
): Promise<ImportBatchView> {
  const { row, rules } = await ctx.database.db.transaction(async (tx) => {
    const batch = await getBatchInScope(tx, scope, id);
    if (!mayResume(batch))
      throw conflict(
        batch.state === 'importing'
          ? 'Impor ini sedang berjalan; lihat kemajuannya'
          : `Impor ini ${stateWord(batch.state).id}; tidak ada yang dilanjutkan`,
        batch.state === 'importing'
          ? 'This import is running; follow its progress'
          : `This import is ${stateWord(batch.state).en}; there is nothing to resume`,
      );
    assertStored(batch);
    const rules = await rulesOf(tx, batch);
    const [updated] = await tx
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
    return { row: updated as BatchRow, rules };
  });
  const run = reportOf(row).run ?? { validOnly: false, existing: 'skip' as const };
  startImport(ctx, row, fileOf(ctx, row), rules, actor, run);
  return batchView(row);
}

export function mayResume(batch: BatchRow): boolean {
  if (batch.state === 'failed') return true;
  return (
    batch.state === 'importing' &&
    !isRunning(batch.id) &&
    Date.now() - batch.updatedAt.getTime() > STALLED_AFTER_MS
  );
}

export function stateWord(state: string): { id: string; en: string } {
  switch (state) {
    case 'previewed':
      return { id: 'menunggu konfirmasi', en: 'waiting for confirmation' };
    case 'importing':
      return { id: 'sedang berjalan', en: 'running' };
    case 'failed':
      return { id: 'terhenti', en: 'stopped' };
    case 'completed':
      return { id: 'selesai', en: 'completed' };
    case 'rolled_back':
      return { id: 'dibatalkan', en: 'rolled back' };
    default:
      return { id: state, en: state };
  }
}
