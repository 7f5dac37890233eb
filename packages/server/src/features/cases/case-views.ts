import type {
  CaseEventView,
  ConsentView,
  LegalStepView,
  PersonRole,
  PersonView,
  ServiceView,
  VerificationState,
} from '@sigap/domain';
import { asc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { currentInstitutionName } from '../institutions/current-name.js';
import { serviceUnits } from '../service-units/schema.js';
import type { CodeLabels, PlaceNames } from './code-labels.js';
import { sealedFieldsPresent } from './identity-reads.js';
import type { PersonIdentity } from './person-crypto.js';
import { caseEvents, casePeople, consents, legalSteps, victimServices } from './schema.js';

/** Rows behind a case's views; people keep their sealed columns (opened only by identity-reads). */
export async function loadCaseRecords(db: DbOrTx, caseId: string) {
  const [events, people, consentRows, legal, services] = await Promise.all([
    db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.seq)),
    db
      .select()
      .from(casePeople)
      .where(eq(casePeople.caseId, caseId))
      .orderBy(asc(casePeople.role), asc(casePeople.createdAt)),
    db
      .select({ consent: consents })
      .from(consents)
      .innerJoin(casePeople, eq(casePeople.id, consents.personId))
      .where(eq(casePeople.caseId, caseId))
      .orderBy(asc(consents.recordedOn), asc(consents.createdAt)),
    selectLegalSteps(db).where(eq(legalSteps.caseId, caseId)).orderBy(asc(legalSteps.occurredOn)),
    selectServices(db)
      .where(eq(victimServices.caseId, caseId))
      .orderBy(asc(victimServices.createdAt)),
  ]);
  return { events, people, consents: consentRows.map((r) => r.consent), legal, services };
}

export function selectLegalSteps(db: DbOrTx) {
  return db
    .select({
      step: legalSteps,
      institutionName: sql<
        string | null
      >`case when ${legalSteps.institutionId} is null then null else ${currentInstitutionName(legalSteps.institutionId)} end`,
    })
    .from(legalSteps);
}

export function selectServices(db: DbOrTx) {
  return db
    .select({ service: victimServices, unitName: serviceUnits.name })
    .from(victimServices)
    .leftJoin(serviceUnits, eq(serviceUnits.id, victimServices.providerUnitId));
}

type EventRow = typeof caseEvents.$inferSelect;
type PersonRow = typeof casePeople.$inferSelect;
type ConsentRow = typeof consents.$inferSelect;
type LegalRow = Awaited<ReturnType<typeof selectLegalSteps>>[number];
type ServiceRow = Awaited<ReturnType<typeof selectServices>>[number];

const iso = (d: Date | string | null) =>
  d === null ? null : d instanceof Date ? d.toISOString() : new Date(d).toISOString();

export function presentEvent(e: EventRow, labels: CodeLabels, places: PlaceNames): CaseEventView {
  return {
    id: e.id,
    seq: e.seq,
    eventType: labels.of('event_type', e.eventType),
    occurredOn: e.occurredOn,
    regionCode: e.regionCode,
    regionName: places.region(e.regionCode),
    countryCode: e.countryCode,
    countryName: places.country(e.countryCode),
    placeNote: e.placeNote,
  };
}

export function presentConsent(c: ConsentRow, labels: CodeLabels): ConsentView {
  return {
    id: c.id,
    personId: c.personId,
    kind: labels.of('consent_kind', c.kind),
    given: c.given,
    recordedOn: c.recordedOn,
    note: c.note,
    createdAt: iso(c.createdAt) ?? '',
  };
}

/** A person; `identity` only when the caller opened it through readIdentities (audited). */
export function presentPerson(
  p: PersonRow,
  consentRows: ConsentRow[],
  labels: CodeLabels,
  places: PlaceNames,
  identity: PersonIdentity | null,
): PersonView {
  return {
    id: p.id,
    caseId: p.caseId,
    role: p.role as PersonRole,
    clusterId: p.clusterId,
    identity,
    identityFields: sealedFieldsPresent(p),
    ageAtIdentification: p.ageAtIdentification,
    ageSource:
      p.ageAtIdentification === null ? null : p.birthDateEnc !== null ? 'birth_date' : 'stated',
    isMinor: p.isMinor,
    sex: labels.ofNullable('sex', p.sex),
    citizenship: p.citizenship,
    disability: labels.ofNullable('disability', p.disability),
    addressRegionCode: p.addressRegionCode,
    addressRegionName: places.region(p.addressRegionCode),
    traffickingStatus: labels.ofNullable('trafficking_status', p.traffickingStatus),
    statusDecidedBy: labels.ofNullable('status_decided_by', p.statusDecidedBy),
    recruiterRelation: labels.ofNullable('recruiter_relation', p.recruiterRelation),
    perpetratorRoles: labels.all('perpetrator_role', p.perpetratorRoles),
    perpetratorKind: labels.ofNullable('perpetrator_kind', p.perpetratorKind),
    verification: {
      state: p.verificationState as VerificationState,
      reason: p.verificationReason,
      by: p.verifiedBy,
      at: iso(p.verifiedAt),
    },
    consents: consentRows.filter((c) => c.personId === p.id).map((c) => presentConsent(c, labels)),
  };
}

export function presentLegalStep(r: LegalRow, labels: CodeLabels): LegalStepView {
  const s = r.step;
  return {
    id: s.id,
    caseId: s.caseId,
    step: labels.of('legal_step', s.step),
    occurredOn: s.occurredOn,
    institution:
      s.institutionId && r.institutionName
        ? { id: s.institutionId, name: r.institutionName }
        : null,
    referenceNumber: s.referenceNumber,
    details: s.details,
    sentenceMonths: s.sentenceMonths,
    amount: s.amount,
  };
}

export function presentService(r: ServiceRow, labels: CodeLabels, places: PlaceNames): ServiceView {
  const s = r.service;
  return {
    id: s.id,
    caseId: s.caseId,
    personId: s.personId,
    serviceType: labels.of('service_type', s.serviceType),
    providerUnit:
      s.providerUnitId && r.unitName ? { id: s.providerUnitId, name: r.unitName } : null,
    regionCode: s.regionCode,
    regionName: places.region(s.regionCode),
    status: labels.of('service_status', s.status),
    startedOn: s.startedOn,
    endedOn: s.endedOn,
    notes: s.notes,
    createdAt: iso(s.createdAt) ?? '',
    updatedAt: iso(s.updatedAt) ?? '',
  };
}

export { iso };
