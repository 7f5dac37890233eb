import type { FieldCrypto } from '../../platform/field-crypto.js';
import { stableId } from '../../platform/stable-id.js';
import { sealIdentity } from '../cases/person-crypto.js';
import type {
  caseEvents,
  casePeople,
  cases,
  consents,
  legalSteps,
  referrals,
  victimServices,
} from '../cases/schema.js';
import { institutionId } from '../institutions/load-institutions.js';
import { DEMO_CASES_AS_OF } from './demo-cases-data.js';
import { type DemoCase, type DemoPerson, earlier, plusDays } from './seed-cases-model.js';

/**
 * The generated registry as table rows: identifying fields sealed under the installation's
 * field keyring (with their blind indexes), everything else in clear, stable ids throughout.
 * Each person is its own cluster: duplicates are left for the PIC data to find and merge.
 */
export type CaseRows = {
  cases: Array<typeof cases.$inferInsert>;
  events: Array<typeof caseEvents.$inferInsert>;
  people: Array<typeof casePeople.$inferInsert>;
  consents: Array<typeof consents.$inferInsert>;
  legal: Array<typeof legalSteps.$inferInsert>;
  services: Array<typeof victimServices.$inferInsert>;
  referrals: Array<typeof referrals.$inferInsert>;
};

export const demoCaseId = (key: string) => stableId(`demo-case:${key}`);

/**
 * Ids of a case's rows, derived from the case's stable id (its last twelve hex digits replaced by
 * the kind of row and its number): as stable as stableId, without a SHA-256 for each of the
 * 50,000 rows.
 */
const CHILD = { person: 1, event: 2, consent: 3, legal: 4, service: 5, referral: 6 } as const;
const childId = (caseId: string, kind: keyof typeof CHILD, n: number) =>
  `${caseId.slice(0, 24)}${CHILD[kind]}${n.toString(16).padStart(11, '0')}`;

/** Office hours in Indonesia (02:00 UTC is 09:00 WIB), so timestamps fall on the recorded day. */
const at = (iso: string) => new Date(`${iso}T02:00:00Z`);
const atOrNull = (iso: string | null) => (iso ? at(iso) : null);

/** `TPPO-<year>-<000123>`, numbered per year in order of reporting. */
export function caseNumbers(all: DemoCase[]): Map<string, string> {
  const sorted = [...all].sort(
    (a, b) => a.reportedOn.localeCompare(b.reportedOn) || a.key.localeCompare(b.key),
  );
  const perYear = new Map<string, number>();
  const numbers = new Map<string, string>();
  for (const c of sorted) {
    const year = c.reportedOn.slice(0, 4);
    const n = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, n);
    numbers.set(c.key, `TPPO-${year}-${String(n).padStart(6, '0')}`);
  }
  return numbers;
}

export function caseRows(
  all: DemoCase[],
  fields: FieldCrypto,
  userIds: Map<string, string>,
): CaseRows {
  const rows: CaseRows = {
    cases: [],
    events: [],
    people: [],
    consents: [],
    legal: [],
    services: [],
    referrals: [],
  };
  const numbers = caseNumbers(all);
  const institutionIds = new Map<string, string>();
  const institution = (code: string) => {
    const known = institutionIds.get(code);
    if (known) return known;
    const id = institutionId(code);
    institutionIds.set(code, id);
    return id;
  };
  const user = (email: string | null) => (email ? (userIds.get(email) ?? null) : null);
  for (const c of all) {
    const caseId = demoCaseId(c.key);
    const created = at(c.reportedOn);
    const decided = c.verification.state !== 'unverified';
    const verifiedOn = earlier(plusDays(c.reportedOn, 30), DEMO_CASES_AS_OF);
    const verification = {
      verificationState: c.verification.state,
      verificationReason: c.verification.reason,
      verifiedBy: decided ? user(c.verifier) : null,
      verifiedAt: decided ? at(verifiedOn) : null,
    };
    rows.cases.push({
      id: caseId,
      caseNumber: numbers.get(c.key) ?? c.key,
      institutionId: institution(c.institution),
      serviceUnitId: c.unitId,
      regionCode: c.region,
      reportedOn: c.reportedOn,
      source: c.source,
      status: c.status,
      closureReason: null,
      exploitationTypes: [...c.exploitation],
      modus: [c.modus],
      meansOfControl: c.means,
      summaryEnc: fields.seal(c.summary),
      verificationState: verification.verificationState,
      verificationReason: verification.verificationReason,
      verifiedBy: verification.verifiedBy,
      verifiedAt: verification.verifiedAt,
      sourceSystem: c.sourceSystem,
      sourceRecordId: c.sourceRecordId,
      createdAt: created,
      updatedAt: created,
    });
    for (const [seq, e] of c.events.entries())
      rows.events.push({
        id: childId(caseId, 'event', seq),
        caseId,
        seq: seq + 1,
        eventType: e.type,
        occurredOn: e.on,
        regionCode: e.region,
        countryCode: e.country,
        placeNote: null,
      });
    for (const [j, l] of c.legal.entries())
      rows.legal.push({
        id: childId(caseId, 'legal', j),
        caseId,
        step: l.step,
        occurredOn: l.on,
        institutionId: institution(l.institution),
        referenceNumber: l.reference,
        details: null,
        sentenceMonths: l.sentenceMonths,
        amount: l.amount,
        createdAt: at(l.on),
      });
    const personRow = (p: DemoPerson, i: number) => {
      const id = childId(caseId, 'person', i);
      // explicit properties, not spreads: rows of one shape are read fastest by bulkInsert
      const sealed = sealIdentity(fields, p.identity);
      rows.people.push({
        id,
        caseId,
        role: p.role,
        clusterId: id,
        nameEnc: sealed.nameEnc,
        nikEnc: sealed.nikEnc,
        passportEnc: sealed.passportEnc,
        contactEnc: sealed.contactEnc,
        addressEnc: sealed.addressEnc,
        birthDateEnc: sealed.birthDateEnc,
        nameBidx: sealed.nameBidx,
        nameTokenBidx: sealed.nameTokenBidx,
        nikBidx: sealed.nikBidx,
        passportBidx: sealed.passportBidx,
        birthDateBidx: sealed.birthDateBidx,
        birthYear: p.birthYear,
        ageAtIdentification: p.age,
        isMinor: p.minor,
        sex: p.sex,
        citizenship: p.citizenship,
        disability: p.disability,
        addressRegionCode: p.homeRegion,
        traffickingStatus: p.traffickingStatus,
        statusDecidedBy: p.decidedBy,
        recruiterRelation: p.relation,
        perpetratorRoles: p.perpetratorRoles,
        perpetratorKind: p.perpetratorKind,
        verificationState: verification.verificationState,
        verificationReason: verification.verificationReason,
        verifiedBy: verification.verifiedBy,
        verifiedAt: verification.verifiedAt,
        sourceRecordId: p.sourceRecordId,
        createdAt: created,
        updatedAt: created,
      });
      return id;
    };
    c.victims.forEach((v, i) => {
      const personId = personRow(v, i);
      const consentIds = v.consents.map((k, j) => {
        const id = childId(caseId, 'consent', i * 16 + j);
        rows.consents.push({
          id,
          personId,
          kind: k.kind,
          given: k.given,
          recordedOn: k.on,
          note: null,
          recordedBy: null,
          createdAt: at(k.on),
        });
        return id;
      });
      for (const [j, s] of v.services.entries())
        rows.services.push({
          id: childId(caseId, 'service', i * 64 + j),
          caseId,
          personId,
          serviceType: s.type,
          providerUnitId: s.unitId,
          regionCode: s.region,
          status: s.status,
          startedOn: s.startedOn,
          endedOn: s.endedOn,
          notes: null,
          createdBy: null,
          createdAt: created,
          updatedAt: atOrNull(s.endedOn ?? s.startedOn) ?? created,
        });
      const r = v.referral;
      if (r)
        rows.referrals.push({
          id: childId(caseId, 'referral', i),
          caseId,
          personId,
          fromUnitId: r.fromUnitId,
          toUnitId: r.toUnitId,
          fromRegionCode: r.fromRegion,
          toRegionCode: r.toRegion,
          serviceTypes: r.services,
          reason: r.reason,
          status: r.status,
          declineReason: r.declineReason,
          consentId: consentIds[r.consent] ?? null,
          sentBy: null,
          sentAt: at(r.sentOn),
          respondedBy: user(r.responder),
          respondedAt: atOrNull(r.respondedOn),
          completedAt: atOrNull(r.completedOn),
        });
    });
    for (const [i, p] of c.others.entries()) personRow(p, c.victims.length + i);
  }
  return rows;
}
