import {
  MAX_PLAN_YEAR,
  MIN_PLAN_YEAR,
  NO_ABSORPTION_REASONS,
  PERIOD_FREQUENCIES,
  PERIOD_STATUSES,
  PeriodCode,
  REPORT_STATES,
  RegionCode,
  STRATEGY_CODES,
  TRAFFIC_LIGHTS,
} from '@sigap/domain';
import { z } from 'zod';

/**
 * The contract of the monitoring dashboard (issue 3, "Monitoring"). Kept with the feature until
 * the web app needs it, then it moves to @sigap/domain unchanged.
 *
 * Every figure comes with the filter that lists the records behind it (`records`): a query for
 * `GET /api/reports` (report figures) or `GET /api/monitoring/overdue` (missing reports), so the
 * web app turns any number into a link without knowing how it was computed.
 */

export const Year = z.coerce.number().int().min(MIN_PLAN_YEAR).max(MAX_PLAN_YEAR);
export const Bilingual = z.object({ id: z.string(), en: z.string() });

/** Filters shared by the dashboard, its XLSX export and the overdue list. */
const dashboardFilters = {
  planId: z.uuid(),
  year: Year,
  /** One reporting period of the plan's calendar; achievement is then "as of" its end. */
  periodCode: PeriodCode.optional(),
  strategy: z.enum(STRATEGY_CODES).optional(),
  /** Responsible institution (penanggung jawab). A reporter may only name its own. */
  institutionId: z.uuid().optional(),
  /** Narrows the by-region breakdown to this region and the regions under it. */
  regionCode: RegionCode.optional(),
};

export const DashboardQuery = z.strictObject(dashboardFilters);
export type DashboardQuery = z.infer<typeof DashboardQuery>;

export const OverdueQuery = z.strictObject({
  ...dashboardFilters,
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
export type OverdueQuery = z.infer<typeof OverdueQuery>;

/**
 * The records behind a figure, as query parameters (lists are sent comma-separated):
 * - for `GET /api/reports`: the reports the figure counts;
 * - `latestPerIndicator`: keep only the latest report of each indicator among them (achievement
 *   uses the latest approved, cumulative figure of the year);
 * - `upToPeriodCode`: reports of that period and the ones ending by then in the year (by
 *   calendar, so RADs of other frequencies read the same way);
 * - `activeIndicators`: only indicators still in the matrix, as every figure counts (a revision
 *   retires rows but keeps their reports);
 * - `regionCode`: reports of the plans of that region and of the regions under it (a row of
 *   one region's own RAD names its `planId` instead).
 * Missing reports have no rows: their filter is for `GET /api/monitoring/overdue`.
 */
export const RecordFilter = z.object({
  planId: z.uuid().optional(),
  year: z.number().int(),
  periodCode: z.string().optional(),
  upToPeriodCode: z.string().optional(),
  strategy: z.enum(STRATEGY_CODES).optional(),
  institutionId: z.uuid().optional(),
  regionCode: z.string().optional(),
  activityId: z.uuid().optional(),
  indicatorId: z.uuid().optional(),
  state: z.array(z.enum(REPORT_STATES)).optional(),
  latestPerIndicator: z.literal(true).optional(),
  activeIndicators: z.literal(true).optional(),
});
export type RecordFilter = z.infer<typeof RecordFilter>;

export const Count = z.number().int().min(0);
/** Percent rounded to one decimal, as displayed; null when there is nothing to divide. */
const Percent = z.number().nullable();

/** Achievement of a group: mean of the latest approved capped achievement of its indicators. */
export const AchievementFigures = z.object({
  /** Active indicators in the group. */
  indicators: Count,
  /** With an approved report in the year (up to the chosen period). */
  withApproved: Count,
  /** Of those, with an achievement percent (the others have e.g. a zero target). */
  measured: Count,
  notComputable: Count,
  /** Without any approved report: grey, never red. */
  noData: Count,
  achievement: Percent,
  light: z.enum(TRAFFIC_LIGHTS),
  records: RecordFilter,
});

/**
 * Verified achievement (capaian terverifikasi, issue 3 after RANHAM): each indicator's latest
 * approved report weighted by the verifier's evidence score (domain verifiedAchievement:
 * claim × score / 100, capped). Not for the by-region rows, whose query reads only the covering
 * index of migration 0006.
 */
export const VerifiedFigures = z.object({
  /**
   * Mean verified achievement of the scored indicators. Indicators whose latest approved report
   * has no evidence score are left out (not counted as 0); null when none is scored.
   */
  verifiedAchievement: Percent.describe(
    'Mean verified achievement (claim × evidence score / 100, capped) over the measured indicators whose latest approved report has an evidence score; unscored indicators are left out, not counted as 0. Null when none is scored.',
  ),
  /** Measured indicators whose latest approved report has a score: what the mean rests on. */
  scored: Count.describe(
    'Measured indicators whose latest approved report has an evidence score (the verified mean rests on these).',
  ),
});

/** Claimed and verified achievement side by side. */
export const VerifiedAchievementFigures = AchievementFigures.extend(VerifiedFigures.shape);

export const StrategyAchievement = VerifiedAchievementFigures.extend({
  strategy: z.enum(STRATEGY_CODES),
  label: Bilingual,
});

export const InstitutionRef = z.object({
  id: z.uuid(),
  name: z.string(),
  abbreviation: z.string(),
});

export const InstitutionAchievement = VerifiedAchievementFigures.extend({
  institution: InstitutionRef,
});

export const RegionAchievement = AchievementFigures.extend({
  /** Null for the national row (the RAN's own reports). */
  regionCode: z.string().nullable(),
  name: z.string(),
  level: z.enum(['national', 'province', 'regency']),
  /** Plans counted: the RAN, or the RADs in force this year; 0 = no RAD (shown, not hidden). */
  plans: Count,
  expected: Count,
  filed: Count,
  completeness: Percent,
});

export const Completeness = z.object({
  /** Active indicators × the period: one report each from the responsible institution. */
  expected: Count,
  /** Any state but draft (a returned report was filed). */
  filed: Count,
  approved: Count,
  /** Not filed: no report, or still a draft. */
  missing: Count,
  /** Missing after the deadline. */
  overdue: Count,
  completeness: Percent,
  records: z.object({ filed: RecordFilter, approved: RecordFilter, missing: RecordFilter }),
});

export const PeriodCompleteness = Completeness.extend({
  periodCode: z.string(),
  label: Bilingual,
  startsOn: z.string(),
  endsOn: z.string(),
  deadline: z.string(),
  status: z.enum(PERIOD_STATUSES),
});

export const TrendPoint = z.object({
  periodCode: z.string(),
  label: Bilingual,
  /** Mean achievement as of the period's end: each indicator's latest approved report so far. */
  achievement: Percent,
  light: z.enum(TRAFFIC_LIGHTS),
  measured: Count,
  completeness: Percent,
  filed: Count,
  expected: Count,
  records: RecordFilter,
});

export const Absorption = z.object({
  /** Realised over planned, uncapped (spending over the pagu stays visible). */
  percent: Percent,
  overspent: z.boolean(),
  /** Why there is no percent; worded by NO_ABSORPTION_MESSAGES of @sigap/domain. */
  reason: z.enum(NO_ABSORPTION_REASONS).nullable(),
});

export const BudgetFigures = z.object({
  activities: Count,
  /** Lines with their own ceiling (pagu): the absorption is theirs. */
  linesWithPagu: Count,
  planned: z.number(),
  realised: z.number(),
  absorption: Absorption,
  /** Not attached, but no pagu for the year (0, empty or no line). */
  linesWithoutPagu: Count,
  realisedWithoutPagu: z.number(),
  /** Melekat: spent from the institution's own allocation, reported apart. */
  attached: z.object({
    lines: Count,
    planned: z.number(),
    realised: z.number(),
    absorption: Absorption,
  }),
  /** Approved reports whose realised budget is counted (the latest per indicator). */
  records: RecordFilter,
});

export const OverdueItem = z.object({
  institution: InstitutionRef,
  strategy: z.enum(STRATEGY_CODES),
  activity: z.object({ id: z.uuid(), code: z.string(), title: z.string() }),
  indicator: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  periodCode: z.string(),
  deadline: z.string(),
  status: z.enum(PERIOD_STATUSES),
  /** Days since the deadline (0 while it has not passed). */
  daysOverdue: Count,
  /** The draft, when one was started but not submitted. */
  draftReportId: z.uuid().nullable(),
});
export type OverdueItem = z.infer<typeof OverdueItem>;

export const OverduePage = z.object({
  items: z.array(OverdueItem),
  meta: z.object({ page: z.number().int(), pageSize: z.number().int(), total: Count }),
});

export const PlanSummary = z.object({
  id: z.uuid(),
  kind: z.enum(['ran', 'rad']),
  title: z.string(),
  regionCode: z.string().nullable(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  frequency: z.enum(PERIOD_FREQUENCIES),
  trafficLight: z.object({ green: z.number(), yellow: z.number() }),
});

export const DashboardView = z.object({
  plan: PlanSummary,
  year: z.number().int(),
  /** The date (Asia/Jakarta) the figures were computed on: it decides what is due and overdue. */
  asOf: z.string(),
  filters: z.object({
    periodCode: z.string().nullable(),
    strategy: z.enum(STRATEGY_CODES).nullable(),
    institutionId: z.uuid().nullable(),
    regionCode: z.string().nullable(),
    /** True when the figures are one institution's because the user is its reporter. */
    ownInstitutionOnly: z.boolean(),
  }),
  totals: z.object({
    achievement: VerifiedAchievementFigures,
    completeness: Completeness,
    budget: BudgetFigures,
  }),
  /** Periods of the year that have begun (or the chosen one). */
  completeness: z.array(PeriodCompleteness),
  achievement: z.object({
    byStrategy: z.array(StrategyAchievement),
    byInstitution: z.array(InstitutionAchievement),
    /** This plan's region and the RADs under it (the RAN: every province) within your scope. */
    byRegion: z.array(RegionAchievement),
  }),
  budget: z.object({
    byStrategy: z.array(
      BudgetFigures.extend({ strategy: z.enum(STRATEGY_CODES), label: Bilingual }),
    ),
    byInstitution: z.array(BudgetFigures.extend({ institution: InstitutionRef })),
  }),
  trend: z.array(TrendPoint),
  /** The most overdue missing reports first; the rest through GET /api/monitoring/overdue. */
  overdue: z.object({
    items: z.array(OverdueItem),
    total: Count,
    records: RecordFilter,
  }),
});
export type DashboardView = z.infer<typeof DashboardView>;
