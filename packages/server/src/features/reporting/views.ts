import {
  BUDGET_SOURCES,
  duplicates,
  INDICATOR_DIRECTIONS,
  NOT_COMPUTABLE_REASONS,
  PageQuery,
  PERIOD_FREQUENCIES,
  PERIOD_STATUSES,
  PeriodCode,
  PLAN_KINDS,
  ProgressReportContent,
  REPORT_ACTIONS,
  REPORT_STATES,
  RegionCode,
  STRATEGY_CODES,
} from '@sigap/domain';
import { z } from 'zod';

/**
 * What the reporting API answers and the query/patch shapes that only it uses. The inputs that
 * the web forms share (ProgressReportCreate, ReportTransition, EvidenceScoreInput,
 * NonPlanActivityInput) live in @sigap/domain.
 */
export const BilingualText = z.object({ id: z.string(), en: z.string() });

export const PeriodView = z.object({
  code: z.string(),
  year: z.number().int(),
  index: z.number().int(),
  label: BilingualText,
  startsOn: z.string(),
  endsOn: z.string(),
  /** Last day to file on time. */
  deadline: z.string(),
  /** Last day a late report is still accepted. */
  closesOn: z.string(),
  status: z.enum(PERIOD_STATUSES),
  acceptsReports: z.boolean(),
});
export type PeriodView = z.infer<typeof PeriodView>;

export const PeriodsQuery = z.object({ planId: z.uuid() });

export const PeriodCalendar = z.object({
  plan: z.object({
    id: z.uuid(),
    kind: z.enum(PLAN_KINDS),
    title: z.string(),
    regionCode: z.string().nullable(),
    startYear: z.number().int(),
    endYear: z.number().int(),
    frequency: z.enum(PERIOD_FREQUENCIES),
    deadlineDays: z.number().int(),
    closingGraceDays: z.number().int(),
  }),
  /** The day statuses are judged on (Western Indonesian Time). */
  today: z.string(),
  periods: z.array(PeriodView),
});

/**
 * One or several report states: `state=approved&state=verified` (Fastify hands a repeated key
 * over as an array) or `state=approved,verified`, so the dashboard's `records` lists can be
 * written either way.
 */
const StateList = z
  .union([z.string(), z.array(z.string())])
  .transform((v) =>
    (Array.isArray(v) ? v : [v])
      .flatMap((s) => s.split(','))
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  )
  .pipe(z.array(z.enum(REPORT_STATES)).min(1).max(REPORT_STATES.length));

const Flag = z.enum(['true', 'false']);

/**
 * The reports list, and every `records` filter of the monitoring dashboard
 * (monitoring/schemas.ts RecordFilter) as query parameters.
 */
export const ReportQuery = PageQuery.extend({
  planId: z.uuid().optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  periodCode: z.string().trim().max(12).optional(),
  /** Reports of this period and of the ones ending before it in its year (by calendar). */
  upToPeriodCode: PeriodCode.optional(),
  state: StateList.optional(),
  institutionId: z.uuid().optional(),
  strategy: z.enum(STRATEGY_CODES).optional(),
  /** The plan's region, or a region above it (a province also finds its kabupaten/kota). */
  regionCode: RegionCode.optional(),
  activityId: z.uuid().optional(),
  indicatorId: z.uuid().optional(),
  /** Only each indicator's latest report (by period) among those matching: achievement's rule. */
  latestPerIndicator: Flag.optional(),
  /** Only indicators still in the plan's matrix (a revision retires rows, keeps their reports). */
  activeIndicators: Flag.optional(),
  /**
   * `newest` (default): latest period first, for browsing. `oldest`: longest waiting first (by
   * submission, then creation), for the verification queue.
   */
  sort: z.enum(['newest', 'oldest']).default('newest'),
});
export type ReportQuery = z.infer<typeof ReportQuery>;

const Named = z.object({ id: z.uuid(), code: z.string(), name: z.string() });
const Person = z.object({ id: z.uuid(), name: z.string() });

export const ReportSummary = z.object({
  id: z.uuid(),
  state: z.enum(REPORT_STATES),
  periodCode: z.string(),
  year: z.number().int(),
  plan: z.object({
    id: z.uuid(),
    kind: z.enum(PLAN_KINDS),
    title: z.string(),
    regionCode: z.string().nullable(),
  }),
  strategy: z.enum(STRATEGY_CODES),
  activity: z.object({ id: z.uuid(), code: z.string(), title: z.string() }),
  indicator: z.object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    unit: z.string(),
    direction: z.enum(INDICATOR_DIRECTIONS),
  }),
  institution: Named,
  /** The indicator's target for the report's year. */
  target: z.number().nullable(),
  realisedValue: z.number().nullable(),
  realisedBudget: z.number().nullable(),
  /** Capped achievement %, one decimal; null with `achievementNote` saying why. */
  achievement: z.number().nullable(),
  achievementRaw: z.number().nullable(),
  achievementNote: z
    .object({ reason: z.enum(NOT_COMPUTABLE_REASONS), message: BilingualText })
    .nullable(),
  evidenceScore: z.number().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  submittedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
});
export type ReportSummary = z.infer<typeof ReportSummary>;

export const TimelineEntry = z.object({
  id: z.uuid(),
  action: z.string(),
  label: BilingualText,
  fromState: z.enum(REPORT_STATES).nullable(),
  toState: z.enum(REPORT_STATES),
  actor: Person.nullable(),
  note: z.string().nullable(),
  at: z.string(),
});

/** Comments in thread order: each reply follows its parent, `depth` says how far to indent. */
export const CommentView = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  depth: z.number().int(),
  author: Person,
  body: z.string(),
  createdAt: z.string(),
});
export type CommentView = z.infer<typeof CommentView>;

export const EvidenceView = z.object({
  id: z.uuid(),
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedBy: Person.nullable(),
  createdAt: z.string(),
  downloadUrl: z.string(),
});
export type EvidenceView = z.infer<typeof EvidenceView>;

export const EvidenceScoresView = z.object({
  relevance: z.number().int(),
  completeness: z.number().int(),
  validity: z.number().int(),
  timeliness: z.number().int(),
  note: z.string().nullable(),
});

export const ReportDetail = ReportSummary.extend({
  narrative: z.string(),
  kendala: z.string(),
  tindakLanjut: z.string(),
  regionCodes: z.array(z.string()),
  baseline: z.number().nullable(),
  period: PeriodView,
  budget: z.object({
    planned: z.number().nullable(),
    source: z.enum(BUDGET_SOURCES).nullable(),
    attached: z.boolean(),
    /** Realised against planned, %, one decimal; null with a reason. */
    absorption: z.number().nullable(),
    absorptionNote: BilingualText.nullable(),
  }),
  /** Achievement weighted by the evidence score (rubric); null until scored. */
  verifiedAchievement: z.number().nullable(),
  evidenceScores: EvidenceScoresView.nullable(),
  timeline: z.array(TimelineEntry),
  comments: z.array(CommentView),
  evidence: z.array(EvidenceView),
  /** The workflow buttons this user has now. */
  actions: z.array(z.enum(REPORT_ACTIONS)),
  may: z.object({ edit: z.boolean(), comment: z.boolean(), score: z.boolean() }),
});
export type ReportDetail = z.infer<typeof ReportDetail>;

const content = ProgressReportContent.shape;

/**
 * A change of content. Fields left out stay as they are (the content schema's defaults would
 * blank them), and `version` is the one the user loaded: someone else's save in between → 409.
 */
export const ProgressReportPatch = z
  .strictObject({
    version: z.number().int().min(1),
    realisedValue: content.realisedValue.unwrap().optional(),
    realisedBudget: content.realisedBudget.unwrap().optional(),
    narrative: content.narrative.unwrap().optional(),
    kendala: content.kendala.unwrap().optional(),
    tindakLanjut: content.tindakLanjut.unwrap().optional(),
    regionCodes: content.regionCodes.unwrap().optional(),
  })
  .superRefine((v, ctx) => {
    for (const i of duplicates(v.regionCodes ?? []))
      ctx.addIssue({ code: 'custom', path: ['regionCodes', i], message: 'duplicate_code' });
  });
export type ProgressReportPatch = z.infer<typeof ProgressReportPatch>;

export const CommentCreate = z.strictObject({
  body: z.string().trim().min(1).max(4000),
  parentId: z.uuid().nullable().default(null),
});
export type CommentCreate = z.infer<typeof CommentCreate>;

export const EvidenceUploaded = z.object({ items: z.array(EvidenceView) });

export const NonPlanActivityQuery = PageQuery.extend({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  strategy: z.enum(STRATEGY_CODES).optional(),
  institutionId: z.uuid().optional(),
  /** Activities that took place in this region or under it. */
  regionCode: RegionCode.optional(),
});
export type NonPlanActivityQuery = z.infer<typeof NonPlanActivityQuery>;

export const NonPlanActivityView = z.object({
  id: z.uuid(),
  institution: Named,
  strategy: z.enum(STRATEGY_CODES),
  title: z.string(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  year: z.number().int(),
  narrative: z.string(),
  regionCodes: z.array(z.string()),
  realisedBudget: z.number().nullable(),
  budgetSource: z.enum(BUDGET_SOURCES).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type NonPlanActivityView = z.infer<typeof NonPlanActivityView>;

export const IdParam = z.object({ id: z.uuid() });
