import { z } from 'zod';
import { STRATEGY_CODES } from '../reference/strategies.js';
import { regionLevelOfCode } from '../regions/codes.js';
import { RegionCode } from '../regions/schemas.js';
import { INDICATOR_DIRECTIONS } from './achievement.js';
import { BUDGET_SOURCES } from './budget.js';
import { MAX_PLAN_YEAR, MIN_PLAN_YEAR, ReportingSettings } from './periods.js';

/**
 * The plan matrix (matriks rencana aksi), shared by the API, the web forms and the XLSX import:
 * plan → program or focus (under one of the six strategies) → activity (aksi) → indicators, with
 * a budget per year. The shape follows the assumed Perpres 19/2023 annex (domain.md §1).
 */
export const PLAN_KINDS = ['ran', 'rad'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

/** Longest plan accepted; RAN periods are five years, revisions may stretch one. */
export const MAX_PLAN_YEARS = 20;

export const PlanYear = z.number().int().min(MIN_PLAN_YEAR).max(MAX_PLAN_YEAR);

/** Codes as annexes number them: "1", "1.2", "A.1.3", "PCG-01". */
export const MatrixCode = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { message: 'matrix_code_format' });

const YearKey = z.string().regex(/^\d{4}$/, { message: 'year_format' });
const Text = (max: number) => z.string().trim().min(1).max(max);

const planFields = {
  kind: z.enum(PLAN_KINDS),
  /** A RAD belongs to one province (PP) or kabupaten/kota (PP.KK); the RAN to none. */
  regionCode: RegionCode.nullable().default(null),
  title: Text(300),
  startYear: PlanYear,
  endYear: PlanYear,
  /** Perpres, Pergub, Perbup or Perwali that enacted the plan. */
  legalBasis: z.string().trim().max(300).nullable().default(null),
  reporting: ReportingSettings.prefault({}),
};

type PlanHeaderShape = {
  kind: PlanKind;
  regionCode: string | null;
  startYear: number;
  endYear: number;
};

function checkPlanHeader(v: PlanHeaderShape, ctx: z.RefinementCtx): void {
  if (v.endYear < v.startYear || v.endYear - v.startYear + 1 > MAX_PLAN_YEARS)
    ctx.addIssue({ code: 'custom', path: ['endYear'], message: 'year_range' });
  if (v.kind === 'ran' && v.regionCode !== null)
    ctx.addIssue({ code: 'custom', path: ['regionCode'], message: 'plan_region_forbidden' });
  if (v.kind === 'rad') {
    const level = v.regionCode === null ? null : regionLevelOfCode(v.regionCode);
    if (v.regionCode === null)
      ctx.addIssue({ code: 'custom', path: ['regionCode'], message: 'plan_region_required' });
    else if (level !== 'province' && level !== 'regency')
      ctx.addIssue({ code: 'custom', path: ['regionCode'], message: 'plan_region_level' });
  }
}

export const PlanCreate = z.strictObject(planFields).superRefine(checkPlanHeader);
export type PlanCreate = z.infer<typeof PlanCreate>;

export const IndicatorInput = z
  .strictObject({
    code: MatrixCode,
    name: Text(500),
    /** Satuan: "orang", "dokumen", "persen", "kegiatan". */
    unit: Text(60),
    direction: z.enum(INDICATOR_DIRECTIONS),
    baseline: z.number().min(0).nullable().default(null),
    baselineYear: PlanYear.nullable().default(null),
    /** Target per year ("2021" → 120); a year without a key has no target. */
    targets: z.record(YearKey, z.number().min(0)).default({}),
  })
  .superRefine((v, ctx) => {
    if (v.direction !== 'yes_no') return;
    for (const [year, t] of Object.entries(v.targets))
      if (t !== 0 && t !== 1)
        ctx.addIssue({ code: 'custom', path: ['targets', year], message: 'yes_no_value' });
    if (v.baseline !== null && v.baseline !== 0 && v.baseline !== 1)
      ctx.addIssue({ code: 'custom', path: ['baseline'], message: 'yes_no_value' });
  });
export type IndicatorInput = z.infer<typeof IndicatorInput>;

/** Planned budget (pagu) of one year. `amount` null: not known, or attached without a figure. */
export const BudgetLine = z.strictObject({
  year: PlanYear,
  amount: z.number().int().min(0).nullable(),
  source: z.enum(BUDGET_SOURCES),
  /** Melekat: spent from the institution's own allocation rather than a dedicated line. */
  attached: z.boolean().default(false),
});
export type BudgetLine = z.infer<typeof BudgetLine>;

export const ActivityInput = z
  .strictObject({
    code: MatrixCode,
    title: Text(1000),
    /** Penanggung jawab: the institution that reports on the activity. */
    responsibleInstitutionId: z.uuid(),
    /** Instansi terkait. */
    relatedInstitutionIds: z.array(z.uuid()).max(60).default([]),
    /** For a RAD activity: the RAN activity it implements (alignment view). */
    ranActivityId: z.uuid().nullable().default(null),
    indicators: z.array(IndicatorInput).min(1).max(50),
    budget: z.array(BudgetLine).max(MAX_PLAN_YEARS).default([]),
  })
  .superRefine((v, ctx) => {
    duplicates(v.indicators.map((i) => i.code)).forEach((i) => {
      ctx.addIssue({ code: 'custom', path: ['indicators', i, 'code'], message: 'duplicate_code' });
    });
    duplicates(v.relatedInstitutionIds).forEach((i) => {
      ctx.addIssue({
        code: 'custom',
        path: ['relatedInstitutionIds', i],
        message: 'duplicate_code',
      });
    });
    v.relatedInstitutionIds.forEach((id, i) => {
      if (id === v.responsibleInstitutionId)
        ctx.addIssue({
          code: 'custom',
          path: ['relatedInstitutionIds', i],
          message: 'related_includes_responsible',
        });
    });
    duplicates(v.budget.map((b) => b.year)).forEach((i) => {
      ctx.addIssue({
        code: 'custom',
        path: ['budget', i, 'year'],
        message: 'budget_year_duplicate',
      });
    });
    // one source and one melekat flag per activity, as the annex's single "Sumber Anggaran"
    // column has it; it also keeps the one-sheet XLSX round trip lossless
    const first = v.budget[0];
    v.budget.forEach((b, i) => {
      if (first && (b.source !== first.source || b.attached !== first.attached))
        ctx.addIssue({
          code: 'custom',
          path: ['budget', i, 'source'],
          message: 'budget_source_mixed',
        });
    });
  });
export type ActivityInput = z.infer<typeof ActivityInput>;

/** Indexes of the entries that repeat an earlier one. */
export function duplicates<T>(values: readonly T[]): number[] {
  const seen = new Set<T>();
  const out: number[] = [];
  values.forEach((v, i) => {
    if (seen.has(v)) out.push(i);
    else seen.add(v);
  });
  return out;
}

export const ProgramInput = z.strictObject({
  strategy: z.enum(STRATEGY_CODES),
  code: MatrixCode,
  /** Program or focus (fokus) under the strategy. */
  title: Text(500),
  activities: z.array(ActivityInput).min(1).max(500),
});
export type ProgramInput = z.infer<typeof ProgramInput>;

export type PathIssue = { path: Array<string | number>; message: string };

/**
 * Where an activity's years leave the plan period. The server runs it when an activity is saved
 * on its own; PlanDocument runs it for every activity of a whole matrix.
 */
export function activityYearIssues(
  activity: Pick<ActivityInput, 'indicators' | 'budget'>,
  plan: { startYear: number; endYear: number },
): PathIssue[] {
  const out: PathIssue[] = [];
  const outside = (y: number) => y < plan.startYear || y > plan.endYear;
  activity.indicators.forEach((ind, i) => {
    for (const year of Object.keys(ind.targets))
      if (outside(Number(year)))
        out.push({ path: ['indicators', i, 'targets', year], message: 'target_year_outside_plan' });
    if (ind.baselineYear !== null && ind.baselineYear > plan.endYear)
      out.push({ path: ['indicators', i, 'baselineYear'], message: 'baseline_year_outside_plan' });
  });
  activity.budget.forEach((b, i) => {
    if (outside(b.year))
      out.push({ path: ['budget', i, 'year'], message: 'budget_year_outside_plan' });
  });
  return out;
}

/** A whole plan with its matrix: what the XLSX import produces and a new plan is created from. */
export const PlanDocument = z
  .strictObject({ ...planFields, programs: z.array(ProgramInput).max(300) })
  .superRefine((v, ctx) => {
    checkPlanHeader(v, ctx);
    duplicates(v.programs.map((p) => p.code)).forEach((i) => {
      ctx.addIssue({ code: 'custom', path: ['programs', i, 'code'], message: 'duplicate_code' });
    });
    const activityCodes = new Set<string>();
    v.programs.forEach((p, pi) => {
      p.activities.forEach((a, ai) => {
        const at = ['programs', pi, 'activities', ai];
        if (activityCodes.has(a.code))
          ctx.addIssue({ code: 'custom', path: [...at, 'code'], message: 'duplicate_code' });
        activityCodes.add(a.code);
        if (v.kind === 'ran' && a.ranActivityId !== null)
          ctx.addIssue({
            code: 'custom',
            path: [...at, 'ranActivityId'],
            message: 'ran_link_on_ran',
          });
        for (const issue of activityYearIssues(a, v))
          ctx.addIssue({ code: 'custom', path: [...at, ...issue.path], message: issue.message });
      });
    });
  });
export type PlanDocument = z.infer<typeof PlanDocument>;
