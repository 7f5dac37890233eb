import type { CandidateDetail, CandidatePersonDetail } from '@sigap/domain';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { queryRows } from '../../platform/db/client.js';
import type { AuthContext } from '../../platform/http/types.js';
import type { Actor } from '../audit/audit-log.js';
import { readIdentities, type SealedPerson } from '../cases/identity-reads.js';
import { getCandidateInScope } from './candidate-access.js';
import { presentCandidate } from './candidate-rows.js';

type PersonRow = {
  id: string;
  case_id: string;
  name_enc: string | null;
  nik_enc: string | null;
  passport_enc: string | null;
  address_enc: string | null;
  birth_date_enc: string | null;
  birth_year: number | null;
  age_at_identification: number | null;
  is_minor: boolean | null;
  sex: string | null;
  citizenship: string | null;
  address_region_code: string | null;
  verification_state: string;
  cluster_size: number;
};

type EventRow = {
  case_id: string;
  type: string;
  date: string | null;
  region_code: string | null;
  country_code: string | null;
};

/**
 * A pair side by side for the PIC's decision: both records with their identifying fields opened,
 * their cases' events, the size of each record's cluster and the evidence of the score. Opening
 * the fields is an identity read: one audit entry names both people and the fields that held a
 * value, written before the answer leaves.
 */
export async function getCandidate(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  id: string,
): Promise<CandidateDetail> {
  const db = ctx.database.db;
  const summary = presentCandidate(await getCandidateInScope(db, auth, id));
  const ids = [summary.a.personId, summary.b.personId];
  const people = await queryRows<PersonRow>(
    db,
    sql`select p.id, p.case_id, p.name_enc, p.nik_enc, p.passport_enc, p.address_enc,
          p.birth_date_enc, p.birth_year, p.age_at_identification, p.is_minor, p.sex, p.citizenship,
          p.address_region_code, p.verification_state,
          (select count(*)::int from case_people m where m.cluster_id = p.cluster_id) as cluster_size
        from case_people p where p.id in (${ids[0]}, ${ids[1]})`,
  );
  const events = await queryRows<EventRow>(
    db,
    sql`select case_id, event_type as type, occurred_on::text as date, region_code, country_code
        from case_events where case_id in (${summary.a.caseId}, ${summary.b.caseId})
        order by case_id, seq`,
  );
  const sealed = (p: PersonRow): SealedPerson => ({
    id: p.id,
    caseId: p.case_id,
    nameEnc: p.name_enc,
    nikEnc: p.nik_enc,
    passportEnc: p.passport_enc,
    // contact details are not needed to judge a pair: never opened here
    contactEnc: null,
    addressEnc: p.address_enc,
    birthDateEnc: p.birth_date_enc,
  });
  const rows = [summary.a, summary.b].map((ref) => {
    const p = people.find((row) => row.id === ref.personId);
    if (!p) throw new Error(`candidate ${id} names a missing person ${ref.personId}`);
    return { ref, p };
  });
  // the read is audited under the pair, before anything leaves
  const identities = await readIdentities(db, ctx.fields, actor, {
    people: rows.map(({ p }) => sealed(p)),
    purpose: 'clearing.review',
    access: 'verifier',
    entity: { type: 'duplicate_candidate', id },
  });
  const opened = new Map<string, CandidatePersonDetail>();
  for (const { ref, p } of rows) {
    const identity = identities.people.get(p.id);
    if (!identity) throw new Error(`person ${p.id} was not opened`);
    opened.set(ref.personId, {
      ...ref,
      name: identity.name,
      nik: identity.nik,
      passport: identity.passport,
      birthDate: identity.birthDate,
      address: identity.address,
      birthYear: p.birth_year,
      ageAtIdentification: p.age_at_identification,
      isMinor: p.is_minor,
      sex: p.sex,
      citizenship: p.citizenship,
      addressRegionCode: p.address_region_code,
      verificationState: p.verification_state,
      clusterSize: p.cluster_size,
      events: events
        .filter((e) => e.case_id === ref.caseId)
        .map((e) => ({
          type: e.type,
          date: e.date,
          regionCode: e.region_code,
          countryCode: e.country_code,
        })),
    });
  }
  const [merge] = await queryRows<{ id: string }>(
    db,
    sql`select id from person_merges where candidate_id = ${id} and undone_at is null
        order by merged_at desc limit 1`,
  );
  return {
    ...summary,
    a: opened.get(summary.a.personId) as CandidatePersonDetail,
    b: opened.get(summary.b.personId) as CandidatePersonDetail,
    mergeId: merge?.id ?? null,
  };
}
