import type { ProgressReportCreate } from '@sigap/domain';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { currentInstitutionName } from '../institutions/current-name.js';
import { planActivities, planIndicators, planPrograms, plans } from '../plans/schema.js';
import { isUniqueViolation } from '../shared/db-errors.js';
import { conflictOn, fieldError } from '../shared/field-error.js';
import { getReport } from './get-report.js';
import { assertAcceptsReports, resolvePeriod, todayInIndonesia } from './plan-periods.js';
import { mayFileFor, planInScopeSql } from './report-access.js';
import { achievementColumns } from './report-figures.js';
import { assertReportRegions } from './report-regions.js';
import { progressReports, reportEvents } from './schema.js';

const INDICATOR_NOT_FOUND = { id: 'Indikator tidak ditemukan', en: 'Indicator not found' };

/** The indicator with its activity, strategy and plan, if this user may see the plan. */
async function findIndicatorForFiling(db: DbOrTx, auth: AuthContext, indicatorId: string) {
  const [row] = await db
    .select({
      indicator: planIndicators,
      activity: planActivities,
      strategyCode: planPrograms.strategyCode,
      plan: plans,
      responsibleName: currentInstitutionName(planActivities.responsibleInstitutionId),
    })
    .from(planIndicators)
    .innerJoin(planActivities, eq(planActivities.id, planIndicators.activityId))
    .innerJoin(planPrograms, eq(planPrograms.id, planActivities.programId))
    .innerJoin(plans, eq(plans.id, planIndicators.planId))
    .where(and(eq(planIndicators.id, indicatorId), planInScopeSql(plans.regionCode, auth.scope)));
  return row ?? null;
}

const duplicateReport = (code: string, periodCode: string) =>
  conflictOn('periodCode', {
    id: `Laporan indikator ${code} untuk periode ${periodCode} sudah ada; buka dan ubah laporan itu`,
    en: `A report on indicator ${code} for period ${periodCode} already exists; open and edit that one`,
  });

/**
 * Files a new progress report as a draft: one per indicator per period, by the responsible
 * institution (or the RAD's regional task force), in a period that accepts reports. The
 * achievement is computed at once from the indicator's direction, baseline and the year's target.
 */
export async function createReport(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  input: ProgressReportCreate,
) {
  const db = ctx.database.db;
  const found = await findIndicatorForFiling(db, auth, input.indicatorId);
  if (!found) throw fieldError('indicatorId', INDICATOR_NOT_FOUND);
  const { indicator, activity, plan } = found;
  if (indicator.retiredInRevision !== null || activity.retiredInRevision !== null)
    throw fieldError('indicatorId', {
      id: `Indikator ${indicator.code} sudah dihapus dari rencana aksi pada revisi ${indicator.retiredInRevision ?? activity.retiredInRevision}`,
      en: `Indicator ${indicator.code} was retired from the plan in revision ${indicator.retiredInRevision ?? activity.retiredInRevision}`,
    });
  if (!mayFileFor(auth, plan, activity.responsibleInstitutionId))
    throw new AppError('FORBIDDEN', {
      id: `Aksi ${activity.code} dilaporkan oleh instansi penanggung jawabnya (${found.responsibleName}), bukan oleh instansi Anda`,
      en: `Activity ${activity.code} is reported by its responsible institution (${found.responsibleName}), not by yours`,
    });
  const period = resolvePeriod(plan, input.periodCode);
  assertAcceptsReports(plan, period, todayInIndonesia());
  await assertReportRegions(db, input.regionCodes, plan.regionCode);
  const [existing] = await db
    .select({ id: progressReports.id })
    .from(progressReports)
    .where(
      and(
        eq(progressReports.indicatorId, indicator.id),
        eq(progressReports.periodCode, period.code),
      ),
    );
  if (existing) throw duplicateReport(indicator.code, period.code);

  let id: string;
  try {
    id = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(progressReports)
        .values({
          planId: plan.id,
          activityId: activity.id,
          indicatorId: indicator.id,
          institutionId: activity.responsibleInstitutionId,
          regionCode: plan.regionCode,
          strategyCode: found.strategyCode,
          periodCode: period.code,
          year: period.year,
          state: 'draft',
          realisedValue: input.realisedValue,
          realisedBudget: input.realisedBudget,
          narrative: input.narrative,
          kendala: input.kendala,
          tindakLanjut: input.tindakLanjut,
          regionCodes: input.regionCodes,
          ...achievementColumns(indicator, period.year, input.realisedValue),
          createdBy: auth.userId,
        })
        .returning();
      if (!row) throw new Error('insert returned nothing');
      await tx
        .insert(reportEvents)
        .values({ reportId: row.id, action: 'create', toState: 'draft', actorId: auth.userId });
      await recordAudit(tx, actor, {
        action: 'report.created',
        entityType: 'progress_report',
        entityId: row.id,
        after: row,
      });
      return row.id;
    });
  } catch (err) {
    // two people filing the same indicator at once: the unique index decides, not the check
    if (isUniqueViolation(err)) throw duplicateReport(indicator.code, period.code);
    throw err;
  }
  return getReport(db, auth, id);
}
