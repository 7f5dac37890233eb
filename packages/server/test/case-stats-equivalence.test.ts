import { randomUUID } from 'node:crypto';
import type { CaseStatsQuery, Scope, StatsDimension } from '@sigap/domain';
import { STATS_DIMENSIONS } from '@sigap/domain';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshCaseStats } from '../src/features/case-stats/facts-refresh.js';
import { getCaseStats } from '../src/features/case-stats/get-case-stats.js';
import {
  caseEvents,
  casePeople,
  cases,
  legalSteps,
  victimServices,
} from '../src/features/cases/schema.js';
import { institutionId } from '../src/features/institutions/load-institutions.js';
import { type Db, queryRows } from '../src/platform/db/client.js';
import { emptyRegistry } from './case-stats-fixture.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * The statistics over facts and cells (stats-cells.ts) answer exactly what the reference
 * statement (stats-sql.ts) answers: a generated registry with merged clusters across months and
 * years, rejected and not-a-victim records, unverified ones, events at home and abroad, legal
 * steps and services; random filters (every scope level, provinces, years, from/to on month and
 * year edges, verified only, subsets of breakdowns); and again after writes of every kind, which
 * the triggers list for the next refresh.
 */
let t: TestApp;
let seed = 20_261_202;
const rnd = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
const chance = (p: number) => rnd() < p;

const PLACES = ['53.01', '53.71', '53.71.01', '53', '33.74', '33.01', '31.71', '32.04', '52.02'];
const COUNTRIES = ['MY', 'SA', 'KH', 'TW'];
const STATES = ['verified', 'verified', 'unverified', 'rejected'] as const;
const TYPES = ['forced_labour', 'sexual_exploitation', 'forced_marriage'];
const MODUS = ['abk_perikanan', 'eksploitasi_seksual', 'pekerja_migran_nonprosedural'];
const SERVICES = ['health', 'safe_house', 'legal_aid', 'repatriation'];
const SERVICE_STATES = ['planned', 'in_progress', 'completed', 'cancelled'] as const;
const LEGAL = ['police_report', 'investigation', 'prosecution', 'verdict', 'sentence'];

/** A day of 2021–2024, often the first or last of a month (the edges of the cells). */
function day(): string {
  const y = 2021 + Math.floor(rnd() * 4);
  const m = 1 + Math.floor(rnd() * 12);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const d = chance(0.3) ? pick([1, last]) : 1 + Math.floor(rnd() * last);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

async function generate(db: Db, count: number): Promise<string[]> {
  const people: Array<typeof casePeople.$inferInsert> = [];
  const victims: string[] = [];
  for (let i = 0; i < count; i++) {
    const caseId = randomUUID();
    await db.insert(cases).values({
      id: caseId,
      caseNumber: `UJI-EQ-${process.pid}-${i}-${rnd()}`,
      institutionId: institutionId('KEMENPPPA'),
      regionCode: chance(0.15) ? null : pick(PLACES),
      reportedOn: day(),
      source: 'case_management',
      exploitationTypes: TYPES.filter(() => chance(0.4)),
      modus: MODUS.filter(() => chance(0.3)),
      verificationState: pick(STATES),
    });
    const events = Array.from({ length: Math.floor(rnd() * 4) }, (_, s) => {
      const abroad = chance(0.4);
      return {
        caseId,
        seq: s + 1,
        eventType: pick(['recruitment', 'transit', 'exploitation']),
        regionCode: abroad ? null : pick(PLACES),
        countryCode: abroad ? pick(COUNTRIES) : chance(0.8) ? 'ID' : null,
      };
    });
    if (events.length) await db.insert(caseEvents).values(events);
    const steps = LEGAL.filter(() => chance(0.25)).map((step) => ({
      caseId,
      step,
      occurredOn: day(),
    }));
    if (chance(0.2))
      steps.push({
        caseId,
        step: pick(['restitution_ordered', 'restitution_paid']),
        occurredOn: day(),
        amount: chance(0.7) ? Math.floor(rnd() * 5e7) : null,
      } as never);
    if (steps.length) await db.insert(legalSteps).values(steps);
    for (let k = 0; k < 1 + Math.floor(rnd() * 3); k++) {
      const id = randomUUID();
      const role = chance(0.75) ? 'victim' : pick(['perpetrator', 'witness']);
      const merged = role === 'victim' && victims.length > 0 && chance(0.3);
      people.push({
        id,
        caseId,
        role,
        clusterId: merged ? (pick(victims) as string) : id,
        sex: pick(['female', 'male', 'unknown', null]),
        ageAtIdentification: chance(0.6) ? Math.floor(rnd() * 70) : chance(0.1) ? 130 : null,
        birthYear: chance(0.5) ? 1950 + Math.floor(rnd() * 70) : null,
        citizenship: pick(['ID', 'ID', 'MY', null]),
        addressRegionCode: chance(0.7) ? pick(PLACES) : null,
        traffickingStatus: role === 'victim' ? pick(['actual', 'possible', 'not_victim']) : null,
        verificationState: pick(STATES),
      });
      if (role === 'victim') victims.push(merged ? (people.at(-1)?.clusterId as string) : id);
    }
  }
  for (let i = 0; i < people.length; i += 200)
    await db.insert(casePeople).values(people.slice(i, i + 200));
  const services = people
    .filter((p) => p.role === 'victim')
    .flatMap((p) =>
      SERVICES.filter(() => chance(0.3)).map((serviceType) => ({
        caseId: p.caseId,
        personId: p.id as string,
        serviceType,
        status: pick(SERVICE_STATES),
      })),
    );
  for (let i = 0; i < services.length; i += 200)
    await db.insert(victimServices).values(services.slice(i, i + 200));
  return people.filter((p) => p.role === 'victim').map((p) => p.id as string);
}

const SCOPES: Scope[] = [
  { level: 'national', regionCode: null },
  { level: 'province', regionCode: '53' },
  { level: 'province', regionCode: '33' },
  { level: 'regency', regionCode: '53.71' },
  { level: 'regency', regionCode: '33.01' },
];

function randomQuery(): { scope: Scope; q: CaseStatsQuery } {
  const scope = pick(SCOPES);
  const q: CaseStatsQuery = { verifiedOnly: chance(0.4) };
  if (chance(0.4)) q.year = pick([2021, 2022, 2023, 2024]);
  if (chance(0.4))
    q.from = chance(0.5)
      ? day()
      : `${pick(['2021', '2022', '2023'])}-${pick(['01', '02', '07'])}-01`;
  if (chance(0.4)) q.to = day();
  if (q.from && q.to && q.from > q.to) [q.from, q.to] = [q.to, q.from];
  if (scope.level === 'national' && chance(0.3)) q.province = pick(['53', '33', '31']);
  if (chance(0.3)) q.dimension = STATS_DIMENSIONS.filter(() => chance(0.4)) as StatsDimension[];
  return { scope, q };
}

async function compare(times: number) {
  const db = t.database.db;
  for (let i = 0; i < times; i++) {
    const { scope, q } = randomQuery();
    const fast = await getCaseStats(db, scope, q);
    const reference = await getCaseStats(db, scope, q, { engine: 'reference' });
    expect({ scope, q, answer: fast }).toEqual({ scope, q, answer: reference });
  }
  // every filter left out too: the whole country and one province of it
  for (const scope of SCOPES)
    for (const verifiedOnly of [false, true]) {
      const q = { verifiedOnly };
      expect(await getCaseStats(db, scope, q)).toEqual(
        await getCaseStats(db, scope, q, { engine: 'reference' }),
      );
    }
}

let victimIds: string[] = [];

beforeAll(async () => {
  t = await startTestApp({ demo: false });
  await emptyRegistry(t.database.db);
  victimIds = await generate(t.database.db, 160);
  // refreshed as after a bulk import: analysed, the dirty list truncated
  expect(await refreshCaseStats(t.database.db, 1)).toBe(160);
  const left = await queryRows(t.database.db, sql`select count(*)::int as n from case_stats_dirty`);
  expect(left).toEqual([{ n: 0 }]);
}, 240_000);

afterAll(async () => {
  await t?.close();
});

describe('case statistics over facts and cells', () => {
  it('answers what the reference statement answers, for random filters', async () => {
    await compare(60);
  }, 240_000);

  it('stays equal after merges, verification, edits, deletions and new cases', async () => {
    const db = t.database.db;
    await compare(5);
    // merges (a record joins another cluster) and their undo
    for (const id of victimIds.slice(0, 30))
      await db
        .update(casePeople)
        .set({ clusterId: pick(victimIds) })
        .where(eq(casePeople.id, id));
    await db
      .update(casePeople)
      .set({ clusterId: sql`id` })
      .where(inArray(casePeople.id, victimIds.slice(0, 5)));
    // verification of cases and records, registration days, a service completed, places
    await db.execute(sql`update cases set verification_state = 'verified'
      where id in (select id from cases order by id limit 20)`);
    await db.execute(sql`update cases set reported_on = reported_on + 40
      where id in (select id from cases order by id desc limit 15)`);
    await db.execute(sql`update case_people set verification_state = 'rejected'
      where id in (select id from case_people order by id limit 10)`);
    await db.execute(sql`update victim_services set status = 'completed'
      where id in (select id from victim_services order by id limit 10)`);
    await db.execute(sql`update case_events set region_code = '33.01', country_code = 'ID'
      where id in (select id from case_events order by id limit 10)`);
    await db.execute(sql`update legal_steps set amount = 1000 where step like 'restitution%'`);
    await db.execute(sql`delete from cases where id in (select id from cases order by id limit 5)`);
    await generate(db, 20);
    await compare(40);
  }, 240_000);

  it('counts a merged person once when their records start in a period’s first, partial month', async () => {
    // all records inside [lo, hi), the latest in a whole month: the cells hold this person; the
    // live part of the answer must leave them out
    const db = t.database.db;
    const ids: string[] = [];
    for (const [i, reportedOn] of ['2023-01-20', '2023-03-10', '2022-12-30'].entries()) {
      const caseId = randomUUID();
      await db.insert(cases).values({
        id: caseId,
        caseNumber: `UJI-EQ-EDGE-${process.pid}-${i}`,
        institutionId: institutionId('KEMENPPPA'),
        regionCode: '53.71',
        reportedOn,
        source: 'case_management',
        verificationState: 'verified',
      });
      const id = randomUUID();
      await db.insert(casePeople).values({
        id,
        caseId,
        role: 'victim',
        clusterId: ids[0] ?? id,
        sex: 'female',
        traffickingStatus: 'actual',
        verificationState: 'verified',
      });
      ids.push(id);
      for (const scope of SCOPES.slice(0, 2))
        for (const q of [
          { verifiedOnly: false, year: 2023, from: '2023-01-15' },
          { verifiedOnly: true, from: '2023-01-15', to: '2023-06-30' },
          { verifiedOnly: false, from: '2022-12-31' },
        ])
          expect(await getCaseStats(db, scope, q)).toEqual(
            await getCaseStats(db, scope, q, { engine: 'reference' }),
          );
    }
  }, 240_000);
});
