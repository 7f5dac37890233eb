import { and, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { EVIDENCE_NOT_FOUND, getVisibleEvidence } from './evidence-access.js';
import { evidenceFiles } from './schema.js';
import { assertReporterMayEdit } from './update-report.js';

/**
 * Takes an evidence file off a draft or returned report. The row is only marked removed and the
 * bytes stay: the audit trail keeps what was once submitted, and other reports may share them.
 */
export async function removeEvidence(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  id: string,
): Promise<void> {
  const db = ctx.database.db;
  const { file, report } = await getVisibleEvidence(db, auth, id);
  assertReporterMayEdit(auth, report);
  await db.transaction(async (tx) => {
    const [after] = await tx
      .update(evidenceFiles)
      .set({ removedAt: new Date() })
      .where(and(eq(evidenceFiles.id, id), isNull(evidenceFiles.removedAt)))
      .returning();
    if (!after) throw new AppError('NOT_FOUND', EVIDENCE_NOT_FOUND);
    await recordAudit(tx, actor, {
      action: 'report.evidence_removed',
      entityType: 'progress_report',
      entityId: file.reportId,
      before: file,
      after,
    });
  });
}
