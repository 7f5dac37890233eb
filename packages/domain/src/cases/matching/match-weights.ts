import type { FieldLevel, LevelledField } from './field-levels.js';

/**
 * Weights of the duplicate score, Fellegi–Sunter style: each field's outcome weighs
 * log2(m / u), where m is how often that outcome occurs when two records are the same person and
 * u how often among different people who reached comparison (they already share a blocking key:
 * a name part, a birth year, a region, so u is the rate within such pairs, not in the whole
 * population). The m and u below were set from what institutions' records are known to differ in
 * and checked on the labelled synthetic set (docs/clearing.md); missing values weigh nothing.
 */
const w = (m: number, u: number) => Math.log2(m / u);

export const FIELD_WEIGHTS: { [F in LevelledField]: Record<FieldLevel<F>, number> } = {
  // One digit apart is what a typing slip looks like, but also relatives registered together
  // (twins share the birth-date digits; serials are consecutive), and a batch of passports an
  // agent had issued at one office: so it counts as weak disagreement, never as agreement, and
  // the other fields decide. A conflict (two valid numbers clearly apart) also caps the score.
  nik: {
    missing: 0,
    same: w(0.2, 1e-6),
    slip: w(0.01, 0.02),
    differ: w(0.004, 0.2),
    conflict: w(0.004, 0.2),
  },
  // passports are renewed under a new number: a different one says less than a different NIK
  passport: {
    missing: 0,
    same: w(0.13, 1e-6),
    slip: w(0.01, 0.02),
    differ: w(0.02, 0.06),
    conflict: w(0.02, 0.06),
  },
  birth: {
    missing: 0,
    same: w(0.35, 0.0005),
    slip: w(0.025, 0.003),
    consistent: w(0.5, 0.16),
    sameYear: w(0.004, 0.05),
    nextYear: w(0.012, 0.045),
    differ: w(0.01, 0.6),
  },
  sex: { missing: 0, same: w(0.94, 0.88), differ: w(0.005, 0.09) },
  // "same province, other district" is common among different people (blocks share a province)
  // and happens to one person when one record holds the home and the other the domicile
  origin: {
    missing: 0,
    sameRegency: w(0.58, 0.08),
    provinceOnly: w(0.2, 0.12),
    sameProvince: w(0.1, 0.5),
    differ: w(0.01, 0.14),
  },
  citizenship: { missing: 0, same: w(0.72, 0.7), differ: w(0.005, 0.02) },
  events: {
    missing: 0,
    sameNearDates: w(0.45, 0.007),
    samePlace: w(0.26, 0.066),
    sameFarDates: w(0.005, 0.034),
    differ: w(0.03, 0.62),
  },
};

/**
 * Name evidence: a weight per level of agreement (name-match.ts), more for each further agreeing
 * part, adjusted by the rarity of the agreeing parts, within bounds.
 */
export const NAME_WEIGHTS = {
  exact: w(0.45, 0.06),
  near: w(0.15, 0.007),
  subset: w(0.3, 0.13),
  morePartsBits: 1.5,
  /** A part agreeing with a typing slip counts this share of its rarity. */
  typoShare: 0.7,
  /** Bounds of the rarity adjustment: a rare name adds up to 4 bits, a common one costs up to 2. */
  rarityMax: 4,
  rarityMin: -2,
  extraPart: -0.5,
  conflictPart: w(0.02, 0.8),
  different: w(0.004, 0.13),
  max: 14,
  min: -9,
} as const;

export const FATHER_WEIGHTS = { missing: 0, same: w(0.19, 0.015), differ: w(0.01, 0.18) };

/**
 * The score maps the total weight onto 0–100 with a logistic curve: a total of SCORE_MIDPOINT
 * scores 50, each further bit halves the distance to 100. It orders the queue; it is not a
 * probability (docs/clearing.md shows how often pairs at each score were true duplicates).
 */
export const SCORE_MIDPOINT = 1.5;

/** Pairs at or above this score go to the review queue; nothing is ever merged automatically. */
export const DEFAULT_CANDIDATE_THRESHOLD = 80;

/**
 * The most a pair with conflicting documents (field-levels.ts: two valid NIKs clearly apart, or
 * two passports of one country) can score: just below the default threshold. At the default the
 * pair never reaches the queue, however alike the names and birth dates (namesakes born the same
 * day exist, and a different NIK is what tells them apart); a PIC who lowers the threshold still
 * sees it, with the evidence saying why it was held back.
 */
export const CONFLICT_CAP_SCORE = DEFAULT_CANDIDATE_THRESHOLD - 1;
export const CONFLICT_CAP_WEIGHT =
  SCORE_MIDPOINT + Math.log2(CONFLICT_CAP_SCORE / (100 - CONFLICT_CAP_SCORE));

/** The least total weight that scores `score` once rounded (scoreOfWeight's inverse, 1–100). */
export function weightForScore(score: number): number {
  if (score <= 0) return Number.NEGATIVE_INFINITY;
  return SCORE_MIDPOINT + Math.log2((score - 0.5) / (100.5 - score));
}

export function scoreOfWeight(weight: number): number {
  return Math.round(100 / (1 + 2 ** -(weight - SCORE_MIDPOINT)));
}
