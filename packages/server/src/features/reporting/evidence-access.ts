import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';
import { getVisibleReport } from './report-access.js';
import { evidenceFiles } from './schema.js';

export const EVIDENCE_NOT_FOUND = {
  id: 'Berkas bukti dukung tidak ditemukan',
  en: 'Evidence file not found',
};

/**
 * An evidence file that has not been removed, with its report, if this user may read the
 * report; otherwise 404, exactly like a missing id.
 */
export async function getVisibleEvidence(db: DbOrTx, auth: AuthContext, id: string) {
  const [file] = await db
    .select()
    .from(evidenceFiles)
    .where(and(eq(evidenceFiles.id, id), isNull(evidenceFiles.removedAt)));
  if (!file) throw new AppError('NOT_FOUND', EVIDENCE_NOT_FOUND);
  try {
    return { file, report: await getVisibleReport(db, auth, file.reportId) };
  } catch (err) {
    if (err instanceof AppError && err.errorCode === 'NOT_FOUND')
      throw new AppError('NOT_FOUND', EVIDENCE_NOT_FOUND);
    throw err;
  }
}

/**
 * Content-Disposition for a download under the name the reporter gave. The quoted fallback is
 * plain ASCII with quotes, backslashes and control characters replaced, so no name can end the
 * header or add another (header injection); the real name travels percent-encoded (RFC 6266).
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
