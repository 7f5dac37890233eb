import { z } from 'zod';
import type { Bilingual } from '../common/lang.js';
import {
  type Achievement,
  computed,
  DEFAULT_ACHIEVEMENT_CAP,
  notComputable,
} from './achievement.js';

/**
 * Scoring the supporting evidence (bukti dukung) of a report, after RANHAM (Perpres 53/2021),
 * whose verifiers score the data dukung of every action with a rubric (domain.md §4). Each
 * criterion is scored 0–3; the total is the share of the maximum, 0–100. The four criteria are
 * ours: RANHAM's own rubric text was not available, so they follow what a verifier checks.
 */
export const RUBRIC_MAX_LEVEL = 3;

export const RUBRIC_CRITERIA = ['relevance', 'completeness', 'validity', 'timeliness'] as const;
export type RubricCriterion = (typeof RUBRIC_CRITERIA)[number];

export const RUBRIC_CRITERION_LABELS: Record<
  RubricCriterion,
  { label: Bilingual; question: Bilingual }
> = {
  relevance: {
    label: { id: 'Relevansi', en: 'Relevance' },
    question: {
      id: 'Apakah bukti dukung berkaitan langsung dengan aksi dan indikator yang dilaporkan?',
      en: 'Does the evidence relate directly to the reported action and indicator?',
    },
  },
  completeness: {
    label: { id: 'Kelengkapan', en: 'Completeness' },
    question: {
      id: 'Apakah bukti dukung mencakup seluruh realisasi yang diklaim?',
      en: 'Does the evidence cover all of the claimed realisation?',
    },
  },
  validity: {
    label: { id: 'Keabsahan', en: 'Validity' },
    question: {
      id: 'Apakah dokumen resmi, bertanggal, dan diterbitkan atau disahkan instansi pelapor?',
      en: 'Is the document official, dated, and issued or endorsed by the reporting institution?',
    },
  },
  timeliness: {
    label: { id: 'Ketepatan waktu', en: 'Timeliness' },
    question: {
      id: 'Apakah kegiatan dalam bukti dukung terjadi dalam periode pelaporan?',
      en: 'Did the evidenced activity take place within the reporting period?',
    },
  },
};

/** What each level means, the same for every criterion so verifiers score alike. */
export const RUBRIC_LEVEL_LABELS: ReadonlyArray<Bilingual> = [
  { id: '0 — tidak ada', en: '0 — none' },
  { id: '1 — kurang', en: '1 — weak' },
  { id: '2 — cukup', en: '2 — partial' },
  { id: '3 — memadai', en: '3 — full' },
];

const Level = z.number().int().min(0).max(RUBRIC_MAX_LEVEL);

/** A verifier's score of one report's evidence. */
export const EvidenceScoreInput = z.strictObject({
  relevance: Level,
  completeness: Level,
  validity: Level,
  timeliness: Level,
  note: z.string().trim().max(2000).nullable().default(null),
});
export type EvidenceScoreInput = z.infer<typeof EvidenceScoreInput>;

/** The rubric total, 0–100: the sum of the levels over the maximum (12). */
export function rubricScore(scores: Record<RubricCriterion, number>): number {
  let sum = 0;
  for (const c of RUBRIC_CRITERIA) {
    const v = scores[c];
    if (!Number.isInteger(v) || v < 0 || v > RUBRIC_MAX_LEVEL)
      throw new RangeError(`${c} must be a whole number 0–${RUBRIC_MAX_LEVEL}, not ${v}`);
    sum += v;
  }
  return (sum * 100) / (RUBRIC_CRITERIA.length * RUBRIC_MAX_LEVEL);
}

/**
 * How the score feeds achievement: verified achievement = claimed achievement × score / 100.
 * Linear, so the rule is easy to explain to a reporter ("your evidence scored 75, so 75 % of your
 * claim counts") and a claim without any evidence counts for nothing, which is the point of
 * scoring evidence at all. The dashboard shows both: claimed (from the figures) and verified.
 * An unscored report has no verified figure yet, rather than counting as 0 or as 100.
 */
export function verifiedAchievement(
  claimed: Achievement,
  evidenceScore: number | null,
  options: { cap?: number } = {},
): Achievement {
  if (!claimed.computable) return claimed;
  if (evidenceScore === null) return notComputable('evidence_not_scored');
  if (!(evidenceScore >= 0 && evidenceScore <= 100))
    throw new RangeError(`evidence score must lie in 0–100, not ${evidenceScore}`);
  const cap = options.cap ?? DEFAULT_ACHIEVEMENT_CAP;
  return computed((claimed.raw * evidenceScore) / 100, 'evidence_weighted', cap);
}

/**
 * A year's evidence score, as RANHAM computes it: the mean of the year's period scores (B04, B08,
 * B12). Null entries (not scored yet) are left out; the caller passes 0 for a period whose
 * report is missing, because no report means no evidence. Null when nothing is scored.
 */
export function annualEvidenceScore(periodScores: ReadonlyArray<number | null>): number | null {
  const scored = periodScores.filter((s): s is number => s !== null);
  if (scored.length === 0) return null;
  return scored.reduce((a, b) => a + b, 0) / scored.length;
}
