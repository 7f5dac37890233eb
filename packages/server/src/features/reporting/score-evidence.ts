import {
  type EvidenceScoreInput,
  REPORT_STATE_LABELS,
  rubricScore,
  verifierMayScore,
} from '@sigap/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { getReport } from './get-report.js';
import { getVisibleReport, isVerifierOf } from './report-access.js';
import { progressReports, reportEvents } from './schema.js';

/**
 * A verifier scores the evidence with the rubric (after RANHAM), while judging the report
 * (submitted or verified). The 0–100 total is stored beside the levels and weighs the
 * achievement the dashboard shows as verified.
 */
export async function scoreEvidence(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  id: string,
  input: EvidenceScoreInput,
) {
  const db = ctx.database.db;
  const report = await getVisibleReport(db, auth, id);
  if (!(await isVerifierOf(db, auth, report)))
    throw new AppError('FORBIDDEN', {
      id: 'Hanya verifikator (sekretariat atau koordinator sub gugus tugas) yang dapat menilai bukti dukung',
      en: 'Only a verifier (the secretariat or the sub-task-force coordinator) may score the evidence',
    });
  if (!verifierMayScore(report.state)) {
    const s = REPORT_STATE_LABELS[report.state];
    throw new AppError('CONFLICT', {
      id: `Bukti dukung dinilai saat laporan diajukan atau terverifikasi, bukan saat berstatus ${s.id}`,
      en: `Evidence is scored while a report is submitted or verified, not while it is ${s.en.toLowerCase()}`,
    });
  }
  const score = rubricScore(input);
  await db.transaction(async (tx) => {
    const [after] = await tx
      .update(progressReports)
      .set({
        evidenceScores: input,
        evidenceScore: score,
        version: sql`${progressReports.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(progressReports.id, id), eq(progressReports.state, report.state)))
      .returning();
    if (!after)
      throw new AppError('CONFLICT', {
        id: 'Status laporan berubah sementara itu. Muat ulang laporan.',
        en: 'The report changed state meanwhile. Reload it.',
      });
    await tx.insert(reportEvents).values({
      reportId: id,
      action: 'score',
      fromState: report.state,
      toState: report.state,
      actorId: auth.userId,
      note: `${Math.round(score * 10) / 10}/100${input.note ? ` — ${input.note}` : ''}`,
    });
    await recordAudit(tx, actor, {
      action: 'report.evidence_scored',
      entityType: 'progress_report',
      entityId: id,
      before: { evidenceScores: report.evidenceScores, evidenceScore: report.evidenceScore },
      after: { evidenceScores: input, evidenceScore: score },
    });
  });
  return getReport(db, auth, id);
}
