import { randomUUID } from 'node:crypto';
import type { MatchEvent, Role } from '@sigap/domain';
import { sql } from 'drizzle-orm';
import { sealIdentity } from '../src/features/cases/person-crypto.js';
import { caseEvents, casePeople, cases } from '../src/features/cases/schema.js';
import { hashPassword } from '../src/features/identity/passwords.js';
import { users } from '../src/features/identity/schema.js';
import { institutionId } from '../src/features/institutions/load-institutions.js';
import type { AppContext } from '../src/platform/context.js';
import { queryRows } from '../src/platform/db/client.js';
import { signInAs } from './support/session.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * A clean registry for the clearing tests: no demo data (its cases would mix with ours), data
 * officers created here, and victims inserted straight into the tables — sealed as the product
 * seals them — rather than through the case API, which is another feature's.
 */
export async function startClearingApp(): Promise<TestApp> {
  // two-factor only for administrators, so the data officers made below sign in with a password
  return startTestApp({ demo: false, env: { SIGAP_2FA_REQUIRED_ROLES: 'admin' } });
}

export async function officer(
  t: TestApp,
  email: string,
  scope: { level: 'national' | 'province' | 'regency'; region: string | null },
  role: Role = 'data_officer',
) {
  await t.database.db.insert(users).values({
    email,
    fullName: email.split('@')[0] ?? email,
    passwordHash: await hashPassword('sigap-test-1'),
    role,
    institutionId: institutionId('KEMENPPPA'),
    scopeLevel: scope.level,
    scopeRegionCode: scope.region,
  });
  return signInAs(t.app, email, 'sigap-test-1');
}

export type VictimInput = {
  institution: string;
  caseRegion: string | null;
  reportedOn?: string;
  name: string;
  sex?: 'female' | 'male';
  birthDate?: string | null;
  age?: number | null;
  nik?: string | null;
  regionCode?: string | null;
  events?: MatchEvent[];
};

let caseSeq = 0;

/** One case with one victim (cluster = own id); answers the ids. */
export async function insertVictim(ctx: AppContext, v: VictimInput) {
  const caseId = randomUUID();
  const personId = randomUUID();
  await ctx.database.db.transaction(async (tx) => {
    await tx.insert(cases).values({
      id: caseId,
      caseNumber: `TPPO-TEST-${String(++caseSeq).padStart(6, '0')}-${caseId.slice(0, 4)}`,
      institutionId: institutionId(v.institution),
      regionCode: v.caseRegion,
      reportedOn: v.reportedOn ?? '2023-06-01',
      source: 'case_management',
      sourceSystem: v.institution.toLowerCase(),
    });
    const events = v.events ?? [];
    if (events.length)
      await tx.insert(caseEvents).values(
        events.map((e, seq) => ({
          caseId,
          seq,
          eventType: e.type,
          occurredOn: e.date,
          regionCode: e.regionCode,
          countryCode: e.countryCode,
        })),
      );
    const birthDate = v.birthDate ?? null;
    await tx.insert(casePeople).values({
      id: personId,
      caseId,
      role: 'victim',
      clusterId: personId,
      ...sealIdentity(ctx.fields, {
        name: v.name,
        nik: v.nik ?? null,
        passport: null,
        contact: null,
        address: 'Dusun Satu RT 01',
        birthDate,
      }),
      birthYear: birthDate ? Number(birthDate.slice(0, 4)) : null,
      ageAtIdentification: v.age ?? null,
      sex: v.sex ?? 'female',
      citizenship: 'ID',
      addressRegionCode: v.regionCode ?? null,
    });
  });
  return { caseId, personId };
}

/** The cluster of each person, by person id. */
export async function clustersOf(ctx: AppContext, ids: string[]): Promise<Map<string, string>> {
  const rows = await queryRows<{ id: string; cluster_id: string }>(
    ctx.database.db,
    sql`select id, cluster_id from case_people where id in (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})`,
  );
  return new Map(rows.map((r) => [r.id, r.cluster_id]));
}

export const malaysia = (date: string): MatchEvent[] => [
  { type: 'recruitment', date: null, regionCode: '53.01', countryCode: 'ID' },
  { type: 'exploitation', date, regionCode: null, countryCode: 'MY' },
];
