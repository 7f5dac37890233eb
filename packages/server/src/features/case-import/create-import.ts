import fs from 'node:fs/promises';
import { type ImportPreview, regionInScope, regionLevelOfCode, type Scope } from '@sigap/domain';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { importBatches } from '../cases/schema.js';
import { regions } from '../regions/schema.js';
import { fieldError, REGION_NOT_FOUND } from '../shared/field-error.js';
import { type BatchReport, type BatchRow, previewView } from './batch-view.js';
import { type ImportFile, importFileKey } from './import-file.js';
import type { MappingRules } from './row-mapper.js';
import { type Validation, validateImportFile } from './validate-file.js';

/**
 * The region of an import's cases: the user's scope region, or a province or kabupaten/kota
 * the user chooses inside the scope. National users may leave it empty (national records).
 */
export async function resolveImportRegion(
  db: DbOrTx,
  scope: Scope,
  regionCode: string | null | undefined,
): Promise<string | null> {
  const code = regionCode?.trim() || scope.regionCode;
  if (!code) return null;
  if (!regionInScope(scope, code))
    throw new AppError('FORBIDDEN', {
      id: `Wilayah ${code} di luar cakupan wilayah Anda`,
      en: `The region ${code} is outside your scope`,
    });
  const level = regionLevelOfCode(code);
  if (level !== 'province' && level !== 'regency')
    throw fieldError('regionCode', {
      id: 'Wilayah impor harus provinsi atau kabupaten/kota',
      en: 'The region of an import must be a province or a kabupaten/kota',
    });
  const [found] = await db
    .select({ code: regions.code })
    .from(regions)
    .where(eq(regions.code, code));
  if (!found) throw fieldError('regionCode', REGION_NOT_FOUND);
  return code;
}

export type NewBatch = {
  file: ImportFile;
  sha256: string;
  templateId: string | null;
  sourceSystem: string;
  rules: MappingRules;
  institutionId: string;
  regionCode: string | null;
  userId: string | null;
};

/** Writes the previewed batch (nothing is written to cases yet) and audits the upload. */
export async function insertPreviewedBatch(
  db: DbOrTx,
  actor: Actor,
  b: NewBatch,
  v: Validation,
  stored: boolean,
): Promise<BatchRow> {
  const report: BatchReport = {
    rows: v.errors,
    total: v.errorCount,
    detected: {
      encoding: v.encoding,
      delimiter: v.delimiter,
      headers: v.headers,
      missingColumns: v.missingColumns,
    },
    sample: v.sample,
    run: null,
    failure: null,
    stored,
  };
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(importBatches)
      .values({
        templateId: b.templateId,
        sourceSystem: b.sourceSystem,
        format: v.format,
        fileName: b.file.name,
        fileSha256: b.sha256,
        institutionId: b.institutionId,
        regionCode: b.regionCode,
        state: 'previewed',
        totalRows: v.totalRows,
        validRows: v.validRows,
        errors: report,
        createdBy: b.userId,
      })
      .returning();
    if (!row) throw new Error('batch insert returned nothing');
    await recordAudit(tx, actor, {
      action: 'case.import.previewed',
      entityType: 'case_import_batch',
      entityId: row.id,
      after: {
        fileName: row.fileName,
        fileSha256: row.fileSha256,
        sourceSystem: row.sourceSystem,
        templateId: row.templateId,
        regionCode: row.regionCode,
        totalRows: row.totalRows,
        validRows: row.validRows,
        errorCount: v.errorCount,
      },
    });
    return row;
  });
}

/**
 * Unggah: the whole file is validated first; only a readable file is kept (by its content hash,
 * so the same file uploaded twice is stored once) and becomes a batch waiting for confirmation.
 */
export async function createImport(
  ctx: AppContext,
  actor: Actor,
  b: NewBatch,
): Promise<ImportPreview> {
  const db = ctx.database.db;
  const today = new Date().toISOString().slice(0, 10);
  const v = await validateImportFile(db, b.file, b.rules, b.regionCode, today);
  const key = importFileKey(b.sha256);
  if (!(await ctx.storage.exists(key))) {
    if (!b.file.path) throw new Error('an upload is validated from its local spool file');
    // FileStorage takes a Buffer; the file is at most SIGAP_IMPORT_MAX_BYTES
    await ctx.storage.put(key, await fs.readFile(b.file.path), 'application/octet-stream');
  }
  return previewView(await insertPreviewedBatch(db, actor, b, v, true));
}
