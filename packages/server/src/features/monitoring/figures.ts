import {
  budgetAbsorption,
  type Absorption as DomainAbsorption,
  isFiled,
  REPORT_STATES,
  roundPercent,
  STRATEGIES,
  trafficLight,
} from '@sigap/domain';
import type { z } from 'zod';
import type { AchievementRow, BudgetRow } from './dashboard-sql.js';
import type { MonitoringFrame } from './monitoring-frame.js';
import type {
  Absorption,
  AchievementFigures,
  BudgetFigures,
  Completeness,
  RecordFilter,
  VerifiedFigures,
} from './schemas.js';

/** Turns aggregate rows into the figures the schemas document, each with its records' filter. */

const FILED_STATES = REPORT_STATES.filter(isFiled);

export const percent = (part: number, whole: number) =>
  whole > 0 ? roundPercent((part * 100) / whole) : null;

export const rounded = (value: number | null | undefined) =>
  value === null || value === undefined ? null : roundPercent(value);

export function strategyLabel(code: string) {
  const s = STRATEGIES.find((x) => x.code === code);
  return { id: s?.id ?? code, en: s?.en ?? code };
}

export const strategyOrder = (code: string | null) => STRATEGIES.findIndex((s) => s.code === code);

/** The plan, year and filters every figure of the dashboard shares. */
export function baseFilter(f: MonitoringFrame, extra: Partial<RecordFilter> = {}): RecordFilter {
  return {
    planId: f.plan.id,
    year: f.year,
    ...(f.strategy ? { strategy: f.strategy } : {}),
    ...(f.institutionId ? { institutionId: f.institutionId } : {}),
    ...extra,
  };
}

/** The approved reports an achievement figure is computed from: the latest per indicator. */
export function achievementRecords(
  f: MonitoringFrame,
  extra: Partial<RecordFilter> = {},
): RecordFilter {
  return {
    ...baseFilter(f, extra),
    ...(f.upTo ? { upToPeriodCode: f.upTo.code } : {}),
    state: ['approved'],
    latestPerIndicator: true,
    activeIndicators: true,
  };
}

type Counts = {
  indicators: number;
  with_approved: number;
  measured: number;
  mean: number | null;
};

export function achievementFigures(
  f: MonitoringFrame,
  row: Counts | undefined,
  records: RecordFilter,
): z.infer<typeof AchievementFigures> {
  const indicators = row?.indicators ?? 0;
  const withApproved = row?.with_approved ?? 0;
  const measured = row?.measured ?? 0;
  const achievement = measured > 0 ? rounded(row?.mean) : null;
  return {
    indicators,
    withApproved,
    measured,
    notComputable: withApproved - measured,
    noData: indicators - withApproved,
    achievement,
    light: trafficLight(achievement, f.plan.trafficLight),
    records,
  };
}

/**
 * The verified achievement next to a claimed one: its mean over the measured indicators whose
 * latest approved report has an evidence score, and how many those are. Unscored indicators are
 * left out of the mean rather than counted as 0, so `scored` against `measured` tells how much
 * of the figure rests on scored evidence.
 */
export function verifiedFigures(
  row: { scored: number; verified_mean: number | null } | undefined,
): z.infer<typeof VerifiedFigures> {
  const scored = row?.scored ?? 0;
  return { verifiedAchievement: scored > 0 ? rounded(row?.verified_mean) : null, scored };
}

export function institutionRef(row: {
  inst: string | null;
  inst_name: string | null;
  inst_abbr: string | null;
}) {
  return { id: row.inst ?? '', name: row.inst_name ?? '', abbreviation: row.inst_abbr ?? '' };
}

export function byStrategyThenInstitution<T extends AchievementRow | BudgetRow>(rows: T[]) {
  return {
    strategies: rows
      .filter((r) => r.g === 1 && r.strategy !== null)
      .sort((a, b) => strategyOrder(a.strategy) - strategyOrder(b.strategy)),
    institutions: rows
      .filter((r) => r.g === 2 && r.inst !== null)
      .sort((a, b) => (a.inst_name ?? '').localeCompare(b.inst_name ?? '')),
    total: rows.find((r) => r.g === 3),
  };
}

export function absorptionView(a: DomainAbsorption): z.infer<typeof Absorption> {
  return a.computable
    ? { percent: roundPercent(a.raw), overspent: a.overspent, reason: null }
    : { percent: null, overspent: false, reason: a.reason };
}

export function budgetFigures(
  row: BudgetRow | undefined,
  records: RecordFilter,
): z.infer<typeof BudgetFigures> {
  const r = row ?? ({} as Partial<BudgetRow>);
  const withPagu = r.lines_with_pagu ?? 0;
  const attachedLines = r.attached_lines ?? 0;
  return {
    activities: r.activities ?? 0,
    linesWithPagu: withPagu,
    planned: r.planned ?? 0,
    realised: r.realised ?? 0,
    // a line with a pagu and no report adds its pagu and nothing spent (domain budget.ts)
    absorption: absorptionView(
      budgetAbsorption({
        planned: withPagu > 0 ? (r.planned ?? 0) : null,
        realised: (r.lines_realised ?? 0) > 0 ? (r.realised ?? 0) : null,
      }),
    ),
    linesWithoutPagu: r.lines_without_pagu ?? 0,
    realisedWithoutPagu: r.realised_without_pagu ?? 0,
    attached: {
      lines: attachedLines,
      planned: r.attached_planned ?? 0,
      realised: r.attached_realised ?? 0,
      absorption: absorptionView(
        budgetAbsorption({
          planned: attachedLines > 0 ? (r.attached_planned ?? 0) : null,
          realised: (r.attached_realised_lines ?? 0) > 0 ? (r.attached_realised ?? 0) : null,
          attached: attachedLines > 0,
        }),
      ),
    },
    records,
  };
}

export function completenessFigures(
  f: MonitoringFrame,
  n: { expected: number; filed: number; approved: number; overdue: number },
  periodCode?: string,
): z.infer<typeof Completeness> {
  const scope = periodCode ? { periodCode } : f.upTo ? { periodCode: f.upTo.code } : {};
  return {
    expected: n.expected,
    filed: n.filed,
    approved: n.approved,
    missing: n.expected - n.filed,
    overdue: n.overdue,
    completeness: percent(n.filed, n.expected),
    records: {
      filed: baseFilter(f, { ...scope, state: [...FILED_STATES], activeIndicators: true }),
      approved: baseFilter(f, { ...scope, state: ['approved'], activeIndicators: true }),
      missing: baseFilter(f, scope),
    },
  };
}
