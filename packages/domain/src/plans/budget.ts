import type { Bilingual } from '../common/lang.js';

/**
 * Budget absorption (penyerapan anggaran): realised spending against the planned ceiling (pagu),
 * in percent, as Bappenas e-Monev reports it. Amounts are whole rupiah; national totals stay far
 * below 2^53, so plain numbers are exact.
 *
 * Much of the RAN has no pagu of its own: the budget is "melekat" (attached), i.e. spent from the
 * institution's regular allocation (domain.md §1). Such lines have no ratio, and the reason says
 * so instead of showing 0 % or dividing by zero.
 */
export const BUDGET_SOURCES = ['apbn', 'apbd', 'other'] as const;
export type BudgetSource = (typeof BUDGET_SOURCES)[number];

export const BUDGET_SOURCE_LABELS: Record<BudgetSource, Bilingual> = {
  apbn: { id: 'APBN', en: 'State budget (APBN)' },
  apbd: { id: 'APBD', en: 'Regional budget (APBD)' },
  other: { id: 'Sumber lain yang sah', en: 'Other lawful source' },
};

export const NO_ABSORPTION_REASONS = [
  'attached_budget',
  'no_pagu',
  'no_realisation',
  'negative_value',
] as const;
export type NoAbsorptionReason = (typeof NO_ABSORPTION_REASONS)[number];

export const NO_ABSORPTION_MESSAGES: Record<NoAbsorptionReason, Bilingual> = {
  attached_budget: {
    id: 'Anggaran melekat pada alokasi instansi; tidak ada pagu tersendiri',
    en: "The budget is attached to the institution's own allocation; there is no separate ceiling",
  },
  no_pagu: { id: 'Pagu anggaran tidak ada (0 atau kosong)', en: 'No budget ceiling (0 or empty)' },
  no_realisation: { id: 'Realisasi anggaran belum diisi', en: 'No realised budget reported' },
  negative_value: {
    id: 'Anggaran tidak boleh negatif',
    en: 'Budget amounts may not be negative',
  },
};

export type Absorption =
  | { computable: true; raw: number; capped: number; overspent: boolean }
  | { computable: false; reason: NoAbsorptionReason; message: Bilingual };

function noAbsorption(reason: NoAbsorptionReason): Absorption {
  return { computable: false, reason, message: NO_ABSORPTION_MESSAGES[reason] };
}

/**
 * Absorption of one budget line. Spending above the pagu is kept in `raw` and flagged, because
 * an auditor wants to see it; `capped` stops at 100 for averages.
 */
export function budgetAbsorption(input: {
  planned: number | null | undefined;
  realised: number | null | undefined;
  attached?: boolean;
}): Absorption {
  const { planned, realised } = input;
  if ((planned ?? 0) < 0 || (realised ?? 0) < 0) return noAbsorption('negative_value');
  if (planned === null || planned === undefined || planned === 0)
    return noAbsorption(input.attached ? 'attached_budget' : 'no_pagu');
  if (realised === null || realised === undefined) return noAbsorption('no_realisation');
  const raw = (realised * 100) / planned;
  return { computable: true, raw, capped: Math.min(raw, 100), overspent: realised > planned };
}

export type BudgetTotals = {
  /** Sum of the pagu of the lines that have one. */
  planned: number;
  /** Sum of realised spending on those same lines: spending on lines without pagu is not absorption. */
  realised: number;
  /** Realised spending reported on lines without a pagu (attached budgets), shown apart. */
  realisedWithoutPagu: number;
  absorption: Absorption;
  linesWithPagu: number;
  linesWithoutPagu: number;
};

/**
 * Absorption of many lines is total realised over total pagu, not the mean of the ratios: a
 * Rp 10 million workshop must not weigh as much as a Rp 5 billion shelter programme. A line with
 * a pagu but no report adds its pagu and nothing spent: unreported money is unabsorbed money.
 */
export function totalAbsorption(
  lines: ReadonlyArray<{ planned: number | null; realised: number | null; attached?: boolean }>,
): BudgetTotals {
  let planned = 0;
  let realised = 0;
  let realisedWithoutPagu = 0;
  let withPagu = 0;
  let anyRealised = false;
  for (const line of lines) {
    if ((line.planned ?? 0) < 0 || (line.realised ?? 0) < 0)
      throw new RangeError('budget amounts may not be negative');
    if (line.planned) {
      withPagu++;
      planned += line.planned;
      if (line.realised !== null) {
        realised += line.realised;
        anyRealised = true;
      }
    } else {
      realisedWithoutPagu += line.realised ?? 0;
    }
  }
  const allAttached = lines.length > 0 && lines.every((l) => l.attached && !l.planned);
  return {
    planned,
    realised,
    realisedWithoutPagu,
    absorption: budgetAbsorption({
      planned: withPagu > 0 ? planned : null,
      realised: anyRealised ? realised : null,
      attached: allAttached,
    }),
    linesWithPagu: withPagu,
    linesWithoutPagu: lines.length - withPagu,
  };
}
