import type { CandidatePersonRef, CandidateSummary, MatchEvidenceView, Scope } from '@sigap/domain';
import { type SQL, sql } from 'drizzle-orm';
import { currentInstitutionName } from '../institutions/current-name.js';
import { caseRegionInScope } from './candidate-scope.js';

/**
 * The select shared by the queue and the detail: a candidate with both records' case, source and
 * institution — nothing identifying. `dc` is the candidate, `pa`/`pb` the people, `ca`/`cb`
 * their cases.
 */
const side = (p: string, c: string) => {
  const P = sql.raw(p);
  const C = sql.raw(c);
  return sql`${P}.id as ${sql.raw(`${p}_id`)}, ${P}.cluster_id as ${sql.raw(`${p}_cluster`)},
    ${C}.id as ${sql.raw(`${p}_case`)}, ${C}.case_number as ${sql.raw(`${p}_case_number`)},
    ${C}.region_code as ${sql.raw(`${p}_region`)}, ${C}.institution_id as ${sql.raw(`${p}_inst`)},
    ${currentInstitutionName(sql.raw(`${c}.institution_id`))} as ${sql.raw(`${p}_inst_name`)},
    ${C}.source_system as ${sql.raw(`${p}_source`)},
    ${C}.reported_on::text as ${sql.raw(`${p}_reported`)}`;
};

export const CANDIDATE_SELECT = sql`select dc.id, dc.score, dc.state, dc.evidence,
    dc.created_at, dc.decided_at, ${side('pa', 'ca')}, ${side('pb', 'cb')}`;

export const CANDIDATE_FROM = sql`from duplicate_candidates dc
    join case_people pa on pa.id = dc.person_a join cases ca on ca.id = pa.case_id
    join case_people pb on pb.id = dc.person_b join cases cb on cb.id = pb.case_id`;

/** At least one of the two records' cases in the scope. */
export function eitherInScope(scope: Scope): SQL {
  if (scope.level === 'national') return sql`true`;
  return sql`(${caseRegionInScope(sql`ca.region_code`, scope)} or ${caseRegionInScope(sql`cb.region_code`, scope)})`;
}

type SideRow = {
  [K in `${'pa' | 'pb'}_${'id' | 'cluster' | 'case' | 'case_number' | 'inst' | 'inst_name' | 'reported'}`]: string;
} & { [K in `${'pa' | 'pb'}_${'region' | 'source'}`]: string | null };

export type CandidateRow = SideRow & {
  id: string;
  score: number;
  state: CandidateSummary['state'];
  evidence: MatchEvidenceView[];
  created_at: Date | string;
  decided_at: Date | string | null;
};

const iso = (v: Date | string | null) =>
  v === null ? null : v instanceof Date ? v.toISOString() : new Date(v).toISOString();

function refOf(r: CandidateRow, p: 'pa' | 'pb'): CandidatePersonRef {
  return {
    personId: r[`${p}_id`],
    clusterId: r[`${p}_cluster`],
    caseId: r[`${p}_case`],
    caseNumber: r[`${p}_case_number`],
    caseRegionCode: r[`${p}_region`],
    institution: { id: r[`${p}_inst`], name: r[`${p}_inst_name`] },
    sourceSystem: r[`${p}_source`],
    reportedOn: r[`${p}_reported`],
  };
}

export function presentCandidate(r: CandidateRow): CandidateSummary {
  return {
    id: r.id,
    score: r.score,
    state: r.state,
    a: refOf(r, 'pa'),
    b: refOf(r, 'pb'),
    evidence: r.evidence,
    createdAt: iso(r.created_at) as string,
    decidedAt: iso(r.decided_at),
  };
}
