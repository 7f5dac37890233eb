import { isLocked, REPORT_STATE_LABELS, type ReportState, reporterMayEdit } from '@sigap/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { planIndicators } from '../plans/schema.js';
import { getReport } from './get-report.js';
import {
  getVisibleReport,
  mayFileFor,
  onlyReporters,
  type VisibleReport,
} from './report-access.js';
import { achievementColumns } from './report-figures.js';
import { assertReportRegions } from './report-regions.js';
import { progressReports } from './schema.js';
import type { ProgressReportPatch } from './views.js';

export const staleVersion = () =>
  new AppError('CONFLICT', {
    id: 'Laporan ini telah diubah orang lain sejak Anda membukanya. Muat ulang, lalu ulangi perubahan Anda.',
    en: 'Someone else changed this report since you opened it. Reload it, then make your change again.',
  });

/** 409 when the reporter may not change the content in this state (approved: locked). */
export function assertEditable(state: ReportState): void {
  if (reporterMayEdit(state)) return;
  const s = REPORT_STATE_LABELS[state];
  throw new AppError(
    'CONFLICT',
    isLocked(state)
      ? {
          id: 'Laporan yang sudah disetujui terkunci; verifikator harus membukanya kembali (dengan alasan) sebelum diubah',
          en: 'An approved report is locked; a verifier must reopen it (giving a reason) before it can change',
        }
      : {
          id: `Laporan berstatus ${s.id} tidak dapat diubah; hanya draf atau laporan yang dikembalikan yang dapat diubah`,
          en: `A ${s.en.toLowerCase()} report cannot be changed; only drafts and returned reports can`,
        },
  );
}

/** Access and state checks shared by edits of the content and of the evidence. */
export function assertReporterMayEdit(auth: AuthContext, report: VisibleReport): void {
  const plan = { kind: report.planKind, regionCode: report.regionCode };
  if (!mayFileFor(auth, plan, report.institutionId)) throw onlyReporters();
  assertEditable(report.state);
}

/**
 * Changes the content of a draft or returned report. The version the user loaded must still be
 * current (checked again in the UPDATE itself, so two saves racing cannot both win).
 */
export async function updateReport(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  id: string,
  patch: ProgressReportPatch,
) {
  const db = ctx.database.db;
  const report = await getVisibleReport(db, auth, id);
  assertReporterMayEdit(auth, report);
  if (report.version !== patch.version) throw staleVersion();
  const { version, ...changes } = patch;
  if (changes.regionCodes) await assertReportRegions(db, changes.regionCodes, report.regionCode);
  const [indicator] = await db
    .select()
    .from(planIndicators)
    .where(eq(planIndicators.id, report.indicatorId));
  if (!indicator) throw new Error(`report ${id} has no indicator`);
  const realised =
    changes.realisedValue === undefined ? report.realisedValue : changes.realisedValue;
  await db.transaction(async (tx) => {
    const [after] = await tx
      .update(progressReports)
      .set({
        ...changes,
        ...achievementColumns(indicator, report.year, realised),
        version: sql`${progressReports.version} + 1`,
        updatedAt: new Date(),
      })
      .where(
        and(
          eq(progressReports.id, id),
          eq(progressReports.version, version),
          sql`${progressReports.state} in ('draft', 'returned')`,
        ),
      )
      .returning();
    if (!after) throw staleVersion();
    const { planKind: _kind, ...before } = report;
    await recordAudit(tx, actor, {
      action: 'report.updated',
      entityType: 'progress_report',
      entityId: id,
      before,
      after,
    });
  });
  return getReport(db, auth, id);
}
