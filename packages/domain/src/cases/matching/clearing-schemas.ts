import { z } from 'zod';
import { PageQuery } from '../../common/pagination.js';
import { EVIDENCE_FIELDS, EVIDENCE_OUTCOMES } from './evidence.js';

/** Verifikasi dan clearing: the review queue of duplicate candidates, merges and their undoing. */
export const CANDIDATE_STATES = ['open', 'merged', 'not_same'] as const;
export type CandidateState = (typeof CANDIDATE_STATES)[number];

export const MatchEvidenceView = z.object({
  field: z.enum(EVIDENCE_FIELDS),
  outcome: z.enum(EVIDENCE_OUTCOMES),
  /** log2 likelihood ratio: +1 doubles the odds of one person, −1 halves them. */
  weight: z.number(),
  detail: z.object({ id: z.string(), en: z.string() }),
});
export type MatchEvidenceView = z.infer<typeof MatchEvidenceView>;

export const CandidateQuery = PageQuery.omit({ q: true }).extend({
  state: z.enum(CANDIDATE_STATES).default('open'),
  minScore: z.coerce.number().int().min(0).max(100).optional(),
});
export type CandidateQuery = z.infer<typeof CandidateQuery>;

/** One side of a pair without identifying data: enough to tell which records are meant. */
export const CandidatePersonRef = z.object({
  personId: z.uuid(),
  clusterId: z.uuid(),
  caseId: z.uuid(),
  caseNumber: z.string(),
  caseRegionCode: z.string().nullable(),
  institution: z.object({ id: z.uuid(), name: z.string() }),
  sourceSystem: z.string().nullable(),
  reportedOn: z.string(),
});
export type CandidatePersonRef = z.infer<typeof CandidatePersonRef>;

export const CandidateSummary = z.object({
  id: z.uuid(),
  score: z.number().int(),
  state: z.enum(CANDIDATE_STATES),
  a: CandidatePersonRef,
  b: CandidatePersonRef,
  /** The fields that agreed and disagreed, without their values. */
  evidence: z.array(MatchEvidenceView),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type CandidateSummary = z.infer<typeof CandidateSummary>;

export const CandidateEventView = z.object({
  type: z.string(),
  date: z.string().nullable(),
  regionCode: z.string().nullable(),
  countryCode: z.string().nullable(),
});

/** One side of a pair opened for review: identifying fields in clear (the read is audited). */
export const CandidatePersonDetail = CandidatePersonRef.extend({
  name: z.string().nullable(),
  nik: z.string().nullable(),
  passport: z.string().nullable(),
  birthDate: z.string().nullable(),
  address: z.string().nullable(),
  birthYear: z.number().int().nullable(),
  ageAtIdentification: z.number().int().nullable(),
  isMinor: z.boolean().nullable(),
  sex: z.string().nullable(),
  citizenship: z.string().nullable(),
  addressRegionCode: z.string().nullable(),
  verificationState: z.string(),
  /** Records already merged with this one (the whole cluster moves on a merge). */
  clusterSize: z.number().int(),
  events: z.array(CandidateEventView),
});
export type CandidatePersonDetail = z.infer<typeof CandidatePersonDetail>;

export const CandidateDetail = CandidateSummary.extend({
  a: CandidatePersonDetail,
  b: CandidatePersonDetail,
  /** The merge that decided this pair, while it can be undone. */
  mergeId: z.uuid().nullable(),
});
export type CandidateDetail = z.infer<typeof CandidateDetail>;

/** Which record's person stays: the other one's whole cluster joins it. */
export const MergeRequest = z.strictObject({ survivor: z.enum(['a', 'b']).default('a') });
export type MergeRequest = z.infer<typeof MergeRequest>;

export const MergeView = z.object({
  id: z.uuid(),
  candidateId: z.uuid().nullable(),
  survivorClusterId: z.uuid(),
  mergedClusterId: z.uuid(),
  movedPersonIds: z.array(z.uuid()),
  mergedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  mergedAt: z.string(),
  undoneBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  undoneAt: z.string().nullable(),
});
export type MergeView = z.infer<typeof MergeView>;

export const MergeQuery = PageQuery.omit({ q: true }).extend({
  undone: z.enum(['true', 'false']).optional(),
});
export type MergeQuery = z.infer<typeof MergeQuery>;

export const ClearingRunRequest = z.strictObject({
  /** Score from which a pair enters the queue; the default suits most registries. */
  threshold: z.number().int().min(50).max(100).optional(),
});
export type ClearingRunRequest = z.infer<typeof ClearingRunRequest>;

export const ClearingRunResult = z.object({
  /** Victim records read, and those of them inside the run's scope. */
  records: z.number().int(),
  recordsInScope: z.number().int(),
  comparisons: z.number().int(),
  /** Pairs at or above the threshold, new ones among them, and open ones no longer proposed. */
  proposed: z.number().int(),
  created: z.number().int(),
  removed: z.number().int(),
  threshold: z.number().int(),
  durationMs: z.number().int(),
});
export type ClearingRunResult = z.infer<typeof ClearingRunResult>;
