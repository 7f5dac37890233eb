import { roundPercent } from '@sigap/domain';
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { currentInstitutionName } from '../institutions/current-name.js';
import { institutions } from '../institutions/schema.js';
import { planActivities, planIndicators, plans } from '../plans/schema.js';
import { achievementNoteView, targetFor } from './report-figures.js';
import { progressReports } from './schema.js';
import type { ReportSummary } from './views.js';

/** One query shape for lists and details: the report with its plan, activity and indicator. */
export const reportSummaryColumns = {
  report: progressReports,
  planKind: plans.kind,
  planTitle: plans.title,
  activityCode: planActivities.code,
  activityTitle: planActivities.title,
  indicatorCode: planIndicators.code,
  indicatorName: planIndicators.name,
  indicatorUnit: planIndicators.unit,
  indicatorDirection: planIndicators.direction,
  indicatorTargets: planIndicators.targets,
  indicatorBaseline: planIndicators.baseline,
  institutionCode: institutions.code,
  institutionName: currentInstitutionName(progressReports.institutionId),
};

export function selectReportSummaries(db: DbOrTx) {
  return db
    .select(reportSummaryColumns)
    .from(progressReports)
    .innerJoin(plans, eq(plans.id, progressReports.planId))
    .innerJoin(planActivities, eq(planActivities.id, progressReports.activityId))
    .innerJoin(planIndicators, eq(planIndicators.id, progressReports.indicatorId))
    .innerJoin(institutions, eq(institutions.id, progressReports.institutionId));
}

/**
 * Newest period first, within it the most recently changed. Only the report's own columns, so
 * PostgreSQL can pick the page before joining the plan matrix, even over the whole country.
 */
/** The verification queue: who has waited longest comes first. */
export const reportOrderOldest = [
  sql`${progressReports.submittedAt} asc nulls last`,
  sql`${progressReports.createdAt} asc`,
  progressReports.id,
];

export const reportOrder = [
  sql`${progressReports.year} desc`,
  sql`${progressReports.periodCode} desc`,
  sql`${progressReports.updatedAt} desc`,
  progressReports.id,
];

export type ReportSummaryRow = Awaited<ReturnType<typeof selectReportSummaries>>[number];

const pct = (v: number | null) => (v === null ? null : roundPercent(v));
const iso = (d: Date | null) => (d === null ? null : d.toISOString());

export function presentReportSummary(row: ReportSummaryRow): ReportSummary {
  const r = row.report;
  return {
    id: r.id,
    state: r.state,
    periodCode: r.periodCode,
    year: r.year,
    plan: { id: r.planId, kind: row.planKind, title: row.planTitle, regionCode: r.regionCode },
    strategy: r.strategyCode,
    activity: { id: r.activityId, code: row.activityCode, title: row.activityTitle },
    indicator: {
      id: r.indicatorId,
      code: row.indicatorCode,
      name: row.indicatorName,
      unit: row.indicatorUnit,
      direction: row.indicatorDirection,
    },
    institution: { id: r.institutionId, code: row.institutionCode, name: row.institutionName },
    target: targetFor({ targets: row.indicatorTargets }, r.year),
    realisedValue: r.realisedValue,
    realisedBudget: r.realisedBudget,
    achievement: pct(r.achievement),
    achievementRaw: pct(r.achievementRaw),
    achievementNote: achievementNoteView(r.achievementNote),
    evidenceScore: pct(r.evidenceScore),
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    submittedAt: iso(r.submittedAt),
    approvedAt: iso(r.approvedAt),
  };
}
