import type { Bilingual } from '../common/lang.js';

/**
 * Achievement (capaian) of an indicator: how far the realisation (realisasi) reaches the target
 * for the year, in percent. Domain.md §4: without a direction the percentage is wrong for half
 * the indicators, so every indicator carries one:
 *
 * - `higher_is_better` (e.g. officers trained): raw = realised / target × 100.
 * - `lower_is_better` (e.g. repeat victims):
 *   - baseline known and above the target (a planned reduction): raw = (baseline − realised) /
 *     (baseline − target) × 100, the share of the planned reduction achieved; it is negative when
 *     things got worse than the baseline.
 *   - otherwise (no baseline, or the target only holds the line): raw = (2 × target − realised) /
 *     target × 100, the negative-polarity formula of government performance reports (LKjIP). It
 *     is linear and finite at realised = 0 (200 %), where target / realised would be infinite.
 *   - target 0 ("zero cases"): 100 when realised is 0, else 0; no ratio exists.
 * - `yes_no` (e.g. "Perpres revised"): target and realised are 1 (yes) or 0 (no); 100 or 0. A
 *   target of 0 means nothing was due that year.
 * - `target_attainment` (a milestone, e.g. "RAD adopted in 34 provinces"): min(realised / target,
 *   1) × 100; going past a milestone earns nothing more, so even the raw figure stops at 100.
 *
 * Raw figures keep over-achievement (150 % is worth seeing); aggregation uses the capped figure,
 * clamped to [0, cap], so one indicator at 900 % cannot hide three at 20 %.
 */
export const INDICATOR_DIRECTIONS = [
  'higher_is_better',
  'lower_is_better',
  'yes_no',
  'target_attainment',
] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

export const INDICATOR_DIRECTION_LABELS: Record<IndicatorDirection, Bilingual> = {
  higher_is_better: { id: 'Semakin tinggi semakin baik', en: 'Higher is better' },
  lower_is_better: { id: 'Semakin rendah semakin baik', en: 'Lower is better' },
  yes_no: { id: 'Ya/Tidak', en: 'Yes/no' },
  target_attainment: { id: 'Ketercapaian target', en: 'Target attainment' },
};

export const ACHIEVEMENT_METHODS = [
  'ratio',
  'reduction_from_baseline',
  'negative_polarity',
  'zero_tolerance',
  'binary',
  'attainment',
  'evidence_weighted',
] as const;
export type AchievementMethod = (typeof ACHIEVEMENT_METHODS)[number];

/** Why no percentage exists. Each is something a reporter or planner can fix. */
export const NOT_COMPUTABLE_REASONS = [
  'no_target',
  'zero_target',
  'no_realisation',
  'negative_value',
  'not_a_number',
  'not_yes_no',
  'evidence_not_scored',
] as const;
export type NotComputableReason = (typeof NOT_COMPUTABLE_REASONS)[number];

export const NOT_COMPUTABLE_MESSAGES: Record<NotComputableReason, Bilingual> = {
  no_target: { id: 'Target tahun ini belum ditetapkan', en: 'No target is set for this year' },
  zero_target: {
    id: 'Target tahun ini 0, sehingga capaian tidak dapat dihitung',
    en: 'The target for this year is 0, so achievement cannot be computed',
  },
  no_realisation: { id: 'Realisasi belum diisi', en: 'No realised value has been reported' },
  negative_value: {
    id: 'Target, baseline dan realisasi tidak boleh negatif',
    en: 'Target, baseline and realised value may not be negative',
  },
  not_a_number: { id: 'Nilai bukan angka yang sah', en: 'A value is not a valid number' },
  not_yes_no: {
    id: 'Indikator ya/tidak hanya menerima 1 (ya) atau 0 (tidak)',
    en: 'A yes/no indicator only takes 1 (yes) or 0 (no)',
  },
  evidence_not_scored: {
    id: 'Bukti dukung belum dinilai verifikator',
    en: 'The evidence has not been scored by a verifier yet',
  },
};

export type Achievement =
  | { computable: true; raw: number; capped: number; method: AchievementMethod }
  | { computable: false; reason: NotComputableReason; message: Bilingual };

/** The default cap for aggregation; schemes that reward over-achievement may allow up to 200. */
export const DEFAULT_ACHIEVEMENT_CAP = 100;
export const MAX_ACHIEVEMENT_CAP = 200;

export function notComputable(reason: NotComputableReason): Achievement {
  return { computable: false, reason, message: NOT_COMPUTABLE_MESSAGES[reason] };
}

function checkCap(cap: number): void {
  if (!(cap >= 100 && cap <= MAX_ACHIEVEMENT_CAP))
    throw new RangeError(`achievement cap must lie in 100–${MAX_ACHIEVEMENT_CAP}, not ${cap}`);
}

export function computed(raw: number, method: AchievementMethod, cap: number): Achievement {
  checkCap(cap);
  return { computable: true, raw, capped: Math.min(Math.max(raw, 0), cap), method };
}

export type IndicatorFigures = {
  direction: IndicatorDirection;
  /** The target for the report's year; null or absent when the plan sets none. */
  target: number | null | undefined;
  baseline?: number | null;
  realised: number | null | undefined;
};

export function achievement(
  figures: IndicatorFigures,
  options: { cap?: number } = {},
): Achievement {
  const cap = options.cap ?? DEFAULT_ACHIEVEMENT_CAP;
  checkCap(cap);
  const { direction, target, realised } = figures;
  const baseline = figures.baseline ?? null;
  if (target === null || target === undefined) return notComputable('no_target');
  if (realised === null || realised === undefined) return notComputable('no_realisation');
  if (![target, realised, baseline ?? 0].every(Number.isFinite))
    return notComputable('not_a_number');
  if (target < 0 || realised < 0 || (baseline !== null && baseline < 0))
    return notComputable('negative_value');

  // multiply before dividing: 7 × 100 / 100 is 7, while 7 / 100 × 100 is 7.000000000000001
  switch (direction) {
    case 'higher_is_better':
      if (target === 0) return notComputable('zero_target');
      return computed((realised * 100) / target, 'ratio', cap);
    case 'target_attainment':
      if (target === 0) return notComputable('zero_target');
      return computed(Math.min((realised * 100) / target, 100), 'attainment', cap);
    case 'yes_no':
      if (!isYesNo(target) || !isYesNo(realised)) return notComputable('not_yes_no');
      if (target === 0) return notComputable('zero_target');
      return computed(realised === 1 ? 100 : 0, 'binary', cap);
    case 'lower_is_better':
      if (baseline !== null && baseline > target)
        return computed(
          ((baseline - realised) * 100) / (baseline - target),
          'reduction_from_baseline',
          cap,
        );
      if (target === 0) return computed(realised === 0 ? 100 : 0, 'zero_tolerance', cap);
      return computed(((2 * target - realised) * 100) / target, 'negative_polarity', cap);
  }
}

function isYesNo(v: number): boolean {
  return v === 0 || v === 1;
}

/** Rounds a percentage for display and storage of snapshots; one decimal is what users read. */
export function roundPercent(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round((value + Number.EPSILON) * f) / f;
}

export type AchievementSummary = {
  /** Weighted mean of the capped figures of the computable items; null when there are none. */
  mean: number | null;
  total: number;
  computable: number;
  notComputable: number;
  /** How many items fell out for each reason, so a dashboard can say "3 without realisation". */
  byReason: Partial<Record<NotComputableReason, number>>;
};

/**
 * Mean achievement of a set (the indicators of an activity, the activities of a strategy). Items
 * without a figure are left out of the mean but counted, so a strategy with one reported
 * indicator out of ten does not pass for complete. Weights (default 1) let a caller weigh
 * indicators, e.g. by planned budget; items of weight 0 count but do not move the mean.
 */
export function summariseAchievements(
  items: ReadonlyArray<Achievement | { achievement: Achievement; weight?: number }>,
): AchievementSummary {
  let sum = 0;
  let weights = 0;
  let ok = 0;
  const byReason: Partial<Record<NotComputableReason, number>> = {};
  for (const item of items) {
    const a = 'achievement' in item ? item.achievement : item;
    const weight = 'achievement' in item ? (item.weight ?? 1) : 1;
    if (!(weight >= 0 && Number.isFinite(weight)))
      throw new RangeError(`weight must be a finite number ≥ 0, not ${weight}`);
    if (!a.computable) {
      byReason[a.reason] = (byReason[a.reason] ?? 0) + 1;
      continue;
    }
    ok++;
    sum += a.capped * weight;
    weights += weight;
  }
  return {
    mean: weights > 0 ? sum / weights : null,
    total: items.length,
    computable: ok,
    notComputable: items.length - ok,
    byReason,
  };
}
