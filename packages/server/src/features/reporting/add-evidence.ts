import { createHash } from 'node:crypto';
import type { AppContext } from '../../platform/context.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import {
  ACCEPTED_LABELS,
  cleanFileName,
  type EvidenceKind,
  extensionOf,
  sniffEvidence,
} from './evidence-file-types.js';
import { listEvidence } from './get-report.js';
import { getVisibleReport } from './report-access.js';
import { evidenceFiles } from './schema.js';
import { assertReporterMayEdit } from './update-report.js';

export type UploadedFile = { fileName: string; bytes: Buffer };

/** Where the bytes of a file live in storage: its SHA-256, fanned out by the first byte. */
export const evidenceKey = (sha256: string) => `evidence/${sha256.slice(0, 2)}/${sha256}`;

export const fileTooLarge = (fileName: string, maxBytes: number) => {
  const size =
    maxBytes >= 1024 * 1024
      ? `${Math.round((maxBytes / 1024 / 1024) * 10) / 10} MB`
      : `${Math.round(maxBytes / 1024)} KB`;
  return new AppError('BODY_TOO_LARGE', {
    id: `Berkas "${fileName}" terlalu besar; paling besar ${size} per berkas`,
    en: `The file "${fileName}" is too large; at most ${size} per file`,
  });
};

function refusedType(fileName: string, detail: { id: string; en: string }): AppError {
  const message = {
    id: `Berkas "${fileName}" ditolak: ${detail.id}. Jenis yang diterima: ${ACCEPTED_LABELS}`,
    en: `The file "${fileName}" was refused: ${detail.en}. Accepted kinds: ${ACCEPTED_LABELS}`,
  };
  return new AppError('VALIDATION_FAILED', message, [{ path: 'file', message }]);
}

/** The kind of an uploaded file, or a 400 naming it and saying why. */
function kindOf(file: UploadedFile): EvidenceKind {
  if (file.bytes.length === 0)
    throw refusedType(file.fileName, { id: 'berkas kosong', en: 'the file is empty' });
  const ext = extensionOf(file.fileName);
  const kind = sniffEvidence(file.bytes, ext);
  if (!kind)
    throw refusedType(file.fileName, {
      id: 'isinya bukan jenis berkas yang diterima',
      en: 'its content is not an accepted kind of file',
    });
  if (!kind.extensions.includes(ext))
    throw refusedType(file.fileName, {
      id: `isinya ${kind.label} tetapi namanya berakhiran ".${ext}"; ganti nama menjadi .${kind.extensions[0]}`,
      en: `its content is ${kind.label} but its name ends in ".${ext}"; rename it to .${kind.extensions[0]}`,
    });
  return kind;
}

/**
 * Attaches evidence files (bukti dukung) to a draft or returned report. Access and state are
 * checked before the upload is read; every file is checked before any is kept, so a refused
 * file leaves nothing behind. Bytes are stored once per content (SHA-256), however many
 * reports carry the same file.
 */
export async function addEvidence(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  reportId: string,
  readFiles: () => Promise<UploadedFile[]>,
) {
  const db = ctx.database.db;
  const report = await getVisibleReport(db, auth, reportId);
  assertReporterMayEdit(auth, report);
  const files = (await readFiles()).map((f) => ({ ...f, fileName: cleanFileName(f.fileName) }));
  if (files.length === 0)
    throw new AppError(
      'VALIDATION_FAILED',
      { id: 'Tidak ada berkas yang diunggah', en: 'No file was uploaded' },
      [{ path: 'file', message: { id: 'Pilih berkas', en: 'Choose a file' } }],
    );
  const checked = files.map((f) => ({
    ...f,
    kind: kindOf(f),
    sha256: createHash('sha256').update(f.bytes).digest('hex'),
  }));
  for (const f of checked) {
    const key = evidenceKey(f.sha256);
    if (!(await ctx.storage.exists(key))) await ctx.storage.put(key, f.bytes, f.kind.mimeType);
  }
  const inserted = await db.transaction(async (tx) => {
    const rows = await tx
      .insert(evidenceFiles)
      .values(
        checked.map((f) => ({
          reportId,
          sha256: f.sha256,
          fileName: f.fileName,
          mimeType: f.kind.mimeType,
          sizeBytes: f.bytes.length,
          uploadedBy: auth.userId,
        })),
      )
      .returning();
    for (const row of rows)
      await recordAudit(tx, actor, {
        action: 'report.evidence_added',
        entityType: 'progress_report',
        entityId: reportId,
        after: row,
      });
    return new Set(rows.map((r) => r.id));
  });
  return { items: (await listEvidence(db, reportId)).filter((e) => inserted.has(e.id)) };
}
