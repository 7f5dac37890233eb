import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { sealIdentity } from '../src/features/cases/person-crypto.js';
import {
  caseEvents,
  casePeople,
  cases,
  legalSteps,
  victimServices,
} from '../src/features/cases/schema.js';
import { institutionId } from '../src/features/institutions/load-institutions.js';
import type { Db } from '../src/platform/db/client.js';
import type { FieldCrypto } from '../src/platform/field-crypto.js';

/**
 * Writes case registry rows straight into the tables, the way the registry stores them (names
 * sealed, quasi-identifiers in clear), so statistics tests do not depend on the case API.
 */
export type CaseSpec = {
  regionCode: string | null;
  reportedOn: string;
  state?: 'unverified' | 'verified' | 'rejected';
  source?: string;
  types?: string[];
  modus?: string[];
  means?: string[];
  events?: Array<{
    type: 'recruitment' | 'transit' | 'exploitation';
    on?: string;
    region?: string;
    country?: string;
  }>;
  legal?: Array<{ step: string; on: string; amount?: number }>;
};

export type PersonSpec = {
  role?: 'victim' | 'perpetrator' | 'witness';
  /** Another person's id: this record was merged into that person's cluster. */
  sameAs?: string;
  name?: string;
  sex?: 'female' | 'male' | 'unknown' | null;
  age?: number | null;
  birthYear?: number | null;
  citizenship?: string | null;
  address?: string | null;
  state?: 'unverified' | 'verified' | 'rejected';
  status?: 'possible' | 'actual' | 'not_victim';
  recruiter?: string | null;
  services?: Array<{ type: string; status: 'planned' | 'in_progress' | 'completed' | 'cancelled' }>;
};

let serial = 0;

export async function addCase(db: Db, spec: CaseSpec): Promise<string> {
  serial += 1;
  const [row] = await db
    .insert(cases)
    .values({
      caseNumber: `UJI-STAT-${process.pid}-${serial}`,
      institutionId: institutionId('KEMENPPPA'),
      regionCode: spec.regionCode,
      reportedOn: spec.reportedOn,
      source: spec.source ?? 'case_management',
      exploitationTypes: spec.types ?? [],
      modus: spec.modus ?? [],
      meansOfControl: spec.means ?? [],
      verificationState: spec.state ?? 'verified',
    })
    .returning({ id: cases.id });
  const id = row?.id as string;
  if (spec.events?.length)
    await db.insert(caseEvents).values(
      spec.events.map((e, i) => ({
        caseId: id,
        seq: i + 1,
        eventType: e.type,
        occurredOn: e.on ?? null,
        regionCode: e.region ?? null,
        countryCode: e.country ?? (e.region ? 'ID' : null),
      })),
    );
  if (spec.legal?.length)
    await db.insert(legalSteps).values(
      spec.legal.map((l) => ({
        caseId: id,
        step: l.step,
        occurredOn: l.on,
        amount: l.amount ?? null,
      })),
    );
  return id;
}

/** A person in a case; returns the record's id (its own cluster unless `sameAs`). */
export async function addPerson(
  db: Db,
  fields: FieldCrypto,
  caseId: string,
  p: PersonSpec,
): Promise<string> {
  const id = randomUUID();
  let cluster: string = id;
  if (p.sameAs) {
    const [other] = await db
      .select({ cluster: casePeople.clusterId })
      .from(casePeople)
      .where(eq(casePeople.id, p.sameAs));
    cluster = other?.cluster as string;
  }
  await db.insert(casePeople).values({
    id,
    caseId,
    role: p.role ?? 'victim',
    clusterId: cluster,
    ...sealIdentity(fields, {
      name: p.name ?? `Korban Uji ${id.slice(0, 4)}`,
      nik: null,
      passport: null,
      contact: null,
      address: null,
      birthDate: null,
    }),
    sex: p.sex === undefined ? 'female' : p.sex,
    ageAtIdentification: p.age ?? null,
    birthYear: p.birthYear ?? null,
    isMinor: p.age == null ? null : p.age < 18,
    citizenship: p.citizenship === undefined ? 'ID' : p.citizenship,
    addressRegionCode: p.address ?? null,
    traffickingStatus: p.role && p.role !== 'victim' ? null : (p.status ?? 'actual'),
    recruiterRelation: p.recruiter ?? null,
    verificationState: p.state ?? 'verified',
  });
  if (p.services?.length)
    await db
      .insert(victimServices)
      .values(
        p.services.map((s) => ({ caseId, personId: id, serviceType: s.type, status: s.status })),
      );
  return id;
}

/** Starts from an empty registry whatever the demo seed holds. */
export async function emptyRegistry(db: Db) {
  await db.delete(cases);
}
