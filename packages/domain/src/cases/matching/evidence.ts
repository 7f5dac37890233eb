import type { Bilingual } from '../../common/lang.js';

export const EVIDENCE_FIELDS = [
  'nik',
  'passport',
  'name',
  'father',
  'birth',
  'sex',
  'origin',
  'citizenship',
  'events',
] as const;
export type EvidenceField = (typeof EVIDENCE_FIELDS)[number];

export const EVIDENCE_OUTCOMES = ['match', 'partial', 'mismatch', 'missing'] as const;
export type EvidenceOutcome = (typeof EVIDENCE_OUTCOMES)[number];

/**
 * One line of the reason for a score, readable by the reviewer: what was compared, how it came
 * out, how much it weighed (log2 likelihood ratio: +1 doubles the odds of one person, −1 halves
 * them) and a sentence in Indonesian and English. Never carries the compared values.
 */
export type MatchEvidence = {
  field: EvidenceField;
  outcome: EvidenceOutcome;
  weight: number;
  detail: Bilingual;
};
