import { nameParts, normaliseName, phoneticKey } from '@sigap/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/features/demo/seed-demo.js';
import type { Database } from '../src/platform/db/client.js';
import { createFieldCrypto, generateKeyring } from '../src/platform/field-crypto.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { freshDatabase } from './support/test-db.js';

type Row = Record<string, unknown>;
const rowsOf = async (database: Database, q: ReturnType<typeof sql>) =>
  ((await database.db.execute(q)) as unknown as { rows: Row[] }).rows;

let t: TestApp;
const rows = (q: ReturnType<typeof sql>) => rowsOf(t.database, q);
/** `{ key: n }` of a `select key, count(*)::int as n … group by key` query. */
const counts = async (q: ReturnType<typeof sql>) =>
  Object.fromEntries((await rows(q)).map((r) => [String(r.k), Number(r.n)]));

// the whole demo seeded, on a machine other test files share
beforeAll(async () => {
  t = await startTestApp({ cases: true });
}, 300_000);
afterAll(() => t.close());

const SEALED = [
  'name_enc',
  'nik_enc',
  'passport_enc',
  'contact_enc',
  'address_enc',
  'birth_date_enc',
  'name_bidx',
  'name_token_bidx',
  'nik_bidx',
  'passport_bidx',
  'birth_date_bidx',
];

/** Every demo case table, minus what the keyring makes different on each installation. */
async function fingerprint(database: Database) {
  const out: Record<string, unknown> = {};
  for (const [table, drop] of [
    ['cases', ['summary_enc']],
    ['case_events', []],
    ['case_people', SEALED],
    ['consents', []],
    ['legal_steps', []],
    ['victim_services', []],
    ['referrals', []],
  ] as const) {
    const dropped = sql.raw(`array[${[...drop, '-'].map((c) => `'${c}'`).join(',')}]::text[]`);
    const [r] = await rowsOf(
      database,
      sql`select count(*)::int as n, md5(string_agg((to_jsonb(x) - ${dropped})::text, '|' order by x.id)) as h
          from ${sql.identifier(table)} x`,
    );
    out[table] = r;
  }
  return out;
}

describe('demo case registry', () => {
  it('holds several thousand cases over 2019–2025, the usual provinces, modus and destinations', async () => {
    const years = await counts(
      sql`select extract(year from reported_on)::int as k, count(*)::int as n from cases group by 1`,
    );
    const total = Object.values(years).reduce((s, n) => s + n, 0);
    expect(total).toBeGreaterThan(2500);
    expect(total).toBeLessThan(4000);
    expect(Object.keys(years).sort()).toEqual([
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
    ]);
    for (const n of Object.values(years)) expect(n).toBeGreaterThan(total * 0.05);

    const modus = await counts(sql`select modus[1] as k, count(*)::int as n from cases group by 1`);
    const ranked = Object.entries(modus).sort((a, b) => b[1] - a[1]);
    expect(ranked[0]?.[0]).toBe('pmi_nonprosedural');
    for (const m of [
      'online_scam',
      'abk_perikanan',
      'eksploitasi_seksual',
      'pengantin_pesanan',
      'organ_ginjal',
    ])
      expect(modus[m]).toBeGreaterThan(0);
    const scam = await counts(
      sql`select extract(year from reported_on)::int as k, count(*)::int as n from cases where 'online_scam' = any(modus) group by 1`,
    );
    expect(scam['2019'] ?? 0).toBe(0);
    expect(scam['2023'] ?? 0).toBeGreaterThan(2 * (scam['2021'] ?? 0));
    const organ = await counts(
      sql`select extract(year from c.reported_on)::int || ' ' || e.country_code as k, count(distinct c.id)::int as n
          from cases c join case_events e on e.case_id = c.id and e.event_type = 'exploitation'
          where 'organ_ginjal' = any(c.modus) group by 1`,
    );
    expect(Object.keys(organ).every((k) => /^202[34] KH$/.test(k))).toBe(true);

    const countries = await counts(
      sql`select country_code as k, count(*)::int as n from case_events where event_type = 'exploitation' group by 1`,
    );
    for (const c of ['MY', 'SA', 'AE', 'TW', 'HK', 'SG', 'KH', 'MM', 'LA', 'VN', 'PH', 'CN'])
      expect(countries[c], c).toBeGreaterThan(0);
    const abroad = Object.entries(countries).filter(([c]) => c !== 'ID');
    expect(abroad.sort((a, b) => b[1] - a[1])[0]?.[0]).toBe('MY');
    const domestic = await counts(
      sql`select left(region_code, 2) as k, count(*)::int as n from case_events
          where event_type = 'exploitation' and country_code = 'ID' group by 1`,
    );
    for (const p of ['21', '31', '51', '65']) expect(domestic[p], p).toBeGreaterThan(0);

    const origins = await counts(
      sql`select left(region_code, 2) as k, count(*)::int as n from case_events where event_type = 'recruitment' group by 1`,
    );
    const top = Object.entries(origins)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([p]) => p);
    expect(top).toContain('53');
    expect(top).toContain('52');
    expect(Object.keys(origins).length).toBeGreaterThanOrEqual(10);
    // every place is a known region or country
    const [unknown] = await rows(
      sql`select count(*)::int as n from case_events e
          where (e.region_code is not null and not exists (select 1 from regions r where r.code = e.region_code))
             or not exists (select 1 from countries k where k.code = e.country_code)`,
    );
    expect(unknown?.n).toBe(0);
  });

  it('is recorded by the usual institutions, in the scopes the demo accounts try out', async () => {
    const by = await counts(
      sql`select case when i.code like 'DP3A-%' then 'DP3A' else i.code end as k, count(*)::int as n
          from cases c join institutions i on i.id = c.institution_id group by 1`,
    );
    for (const code of ['POLRI', 'KEMENSOS', 'KEMLU', 'BP2MI', 'KEMENPPPA', 'DP3A'])
      expect(by[code], code).toBeGreaterThan(50);
    const sources = await counts(sql`select source as k, count(*)::int as n from cases group by 1`);
    expect(Object.keys(sources).sort()).toEqual(
      ['case_management', 'hotline', 'import', 'police_report', 'repatriation'].sort(),
    );
    const statuses = await counts(
      sql`select status as k, count(*)::int as n from cases group by 1`,
    );
    expect(Object.keys(statuses).sort()).toEqual([
      'active',
      'closed',
      'closed_referred',
      'follow_up',
    ]);

    const regions = await counts(
      sql`select region_code as k, count(*)::int as n from cases where region_code in ('53', '53.71', '53.01') group by 1`,
    );
    expect(regions['53.71']).toBeGreaterThanOrEqual(15);
    expect(regions['53.01']).toBeGreaterThanOrEqual(5);
    expect(regions['53']).toBeGreaterThanOrEqual(10);
    const officers = await rows(
      sql`select email, scope_level, scope_region_code from users where role = 'data_officer' order by email`,
    );
    expect(officers).toEqual([
      { email: 'pic@sigap.local', scope_level: 'province', scope_region_code: '53' },
      { email: 'picdata@sigap.local', scope_level: 'national', scope_region_code: null },
    ]);

    const verified = await counts(
      sql`select extract(year from reported_on)::int as k,
                 (100 * avg((verification_state = 'verified')::int))::int as n from cases group by 1`,
    );
    expect(verified['2019']).toBeGreaterThan(75);
    expect(verified['2025']).toBeLessThan(35);
    const [rejected] = await rows(
      sql`select count(*)::int as n from cases where verification_state = 'rejected' and verification_reason is not null and verified_by is not null`,
    );
    expect(Number(rejected?.n)).toBeGreaterThan(10);
  });

  it('has victims of both sexes, a share of minors, birth dates for most, perpetrators of both kinds', async () => {
    const [v] = await rows(
      sql`select count(*)::int as n, avg(is_minor::int)::float as minors,
                 avg((birth_date_enc is not null)::int)::float as dated,
                 avg((sex = 'female')::int)::float as women,
                 count(*) filter (where age_at_identification is null)::int as ageless
          from case_people where role = 'victim'`,
    );
    expect(Number(v?.n)).toBeGreaterThan(3000);
    expect(Number(v?.minors)).toBeGreaterThan(0.15);
    expect(Number(v?.minors)).toBeLessThan(0.35);
    expect(Number(v?.dated)).toBeGreaterThan(0.5);
    expect(Number(v?.dated)).toBeLessThan(0.75);
    expect(Number(v?.women)).toBeGreaterThan(0.45);
    expect(Number(v?.women)).toBeLessThan(0.8);
    expect(v?.ageless).toBe(0);
    const kinds = await counts(
      sql`select perpetrator_kind as k, count(*)::int as n from case_people where role = 'perpetrator' group by 1`,
    );
    expect(kinds.individual).toBeGreaterThan(kinds.corporate ?? 0);
    expect(kinds.corporate).toBeGreaterThan(50);
    const [unmerged] = await rows(
      sql`select count(*)::int as n from case_people where cluster_id <> id`,
    );
    expect(unmerged?.n).toBe(0);
  });

  it('follows events in order, legal steps to verdicts and restitution', async () => {
    const [disorder] = await rows(
      sql`select count(*)::int as n from case_events a join case_events b on a.case_id = b.case_id and a.seq < b.seq
          where b.occurred_on < a.occurred_on or (b.event_type = 'recruitment')
             or (a.event_type = 'exploitation')`,
    );
    expect(disorder?.n).toBe(0);
    const steps = await counts(
      sql`select step as k, count(*)::int as n from legal_steps group by 1`,
    );
    expect(steps.police_report).toBeGreaterThan(steps.investigation ?? 0);
    expect(steps.investigation).toBeGreaterThan(steps.prosecution ?? 0);
    expect(steps.prosecution).toBeGreaterThan(steps.verdict ?? 0);
    expect(steps.sentence).toBe(steps.verdict);
    expect(steps.restitution_ordered).toBeGreaterThan(steps.restitution_paid ?? 0);
    expect(steps.restitution_paid).toBeGreaterThan(0);
    const [sentences] = await rows(
      sql`select min(sentence_months)::int as lo, max(sentence_months)::int as hi from legal_steps where step = 'sentence'`,
    );
    expect(Number(sentences?.lo)).toBeGreaterThanOrEqual(36); // UU 21/2007: 3 to 15 years
    expect(Number(sentences?.hi)).toBeLessThanOrEqual(180);
  });

  it('gives services in every status at every stage, with some victims complete and many open', async () => {
    const statuses = await counts(
      sql`select status as k, count(*)::int as n from victim_services group by 1`,
    );
    expect(Object.keys(statuses).sort()).toEqual([
      'cancelled',
      'completed',
      'in_progress',
      'planned',
    ]);
    const types = await counts(
      sql`select service_type as k, count(*)::int as n from victim_services group by 1`,
    );
    expect(Object.keys(types).length).toBe(10);
    const [road] = await rows(
      sql`select count(*) filter (where open = 0)::int as complete, count(*) filter (where open > 0)::int as open
          from (select person_id, count(*) filter (where status in ('planned', 'in_progress')) as open
                from victim_services group by person_id) x`,
    );
    expect(Number(road?.complete)).toBeGreaterThan(500);
    expect(Number(road?.open)).toBeGreaterThan(500);
    const [dates] = await rows(
      sql`select count(*)::int as n from victim_services
          where (status = 'completed' and (ended_on is null or ended_on < started_on))
             or (status = 'planned' and started_on is not null)`,
    );
    expect(dates?.n).toBe(0);
  });

  it('refers victims home in every referral status, each resting on a sharing consent', async () => {
    const statuses = await counts(
      sql`select status as k, count(*)::int as n from referrals group by 1`,
    );
    expect(Object.keys(statuses).sort()).toEqual(['accepted', 'completed', 'declined', 'sent']);
    const [bad] = await rows(
      sql`select count(*)::int as n from referrals r left join consents c on c.id = r.consent_id
          where c.kind is distinct from 'share_for_referral' or not c.given or c.person_id <> r.person_id
             or (r.status = 'declined') <> (r.decline_reason is not null)
             or (r.status = 'sent') <> (r.responded_at is null)`,
    );
    expect(bad?.n).toBe(0);
    const [kupang] = await rows(
      sql`select count(*)::int as n from referrals where to_region_code = '53.71' and status = 'sent'`,
    );
    expect(Number(kupang?.n)).toBeGreaterThan(0);
  });

  it('seals identifying fields under the application keyring, with no plain name anywhere in the row', async () => {
    const people = await rows(
      sql`select p.name_enc, p.name_bidx, p.birth_date_enc, to_jsonb(p)::text as whole from case_people p
          where p.name_enc is not null order by p.id limit 400`,
    );
    expect(people.length).toBe(400);
    const fields = t.ctx.fields;
    for (const p of people) {
      expect(String(p.name_enc).startsWith(`${fields.keyId}:`)).toBe(true);
      const name = fields.open(String(p.name_enc));
      expect(p.name_bidx).toBe(fields.blindIndex('name', normaliseName(name)));
      if (p.birth_date_enc)
        expect(fields.open(String(p.birth_date_enc))).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const part of nameParts(name).filter((x) => x.length >= 5))
        expect(String(p.whole).toLowerCase()).not.toContain(part);
    }
  });

  it('records a few hundred victims again by two other institutions, with variations, unmerged', async () => {
    const victims = await rows(
      sql`select p.id, p.name_enc, p.sex, left(p.address_region_code, 2) as province, c.institution_id,
                 (select e.country_code from case_events e where e.case_id = c.id and e.event_type = 'exploitation') as country
          from case_people p join cases c on c.id = p.case_id where p.role = 'victim'`,
    );
    const groups = new Map<string, { names: Set<string>; institutions: Set<unknown> }>();
    for (const v of victims) {
      const name = t.ctx.fields.open(String(v.name_enc));
      const sound = nameParts(name).map(phoneticKey).sort().join(' ');
      const key = [sound, v.sex, v.province, v.country].join('|');
      const g = groups.get(key) ?? { names: new Set(), institutions: new Set() };
      g.names.add(name);
      g.institutions.add(v.institution_id);
      groups.set(key, g);
    }
    const triples = [...groups.values()].filter((g) => g.institutions.size >= 3);
    expect(triples.length).toBeGreaterThan(40);
    // spelled differently by at least one institution in many of them
    expect(triples.filter((g) => g.names.size > 1).length).toBeGreaterThan(triples.length * 0.3);
  });

  it('has its statistics facts built by the seed, so the first statistics page answers at once', async () => {
    const [pending] = await rows(sql`select count(*)::int as n from case_stats_dirty`);
    expect(pending?.n).toBe(0);
    const [facts] = await rows(
      sql`select count(*)::int as n from case_stats_cases where case_id in (select id from cases)`,
    );
    const [counted] = await rows(
      sql`select count(*)::int as n from cases where verification_state <> 'rejected'`,
    );
    expect(facts?.n).toBe(counted?.n);
    expect(Number(facts?.n)).toBeGreaterThan(2000);
  });

  it('is deterministic and seeds once: another installation gets the same registry under its own keys', async () => {
    const seeded = await fingerprint(t.database);
    const other = await freshDatabase();
    try {
      await seedDemo(other, () => {}, undefined, createFieldCrypto(generateKeyring()));
      expect(await fingerprint(other)).toEqual(seeded);
      const [a] = await rowsOf(other, sql`select name_bidx from case_people order by id limit 1`);
      const [b] = await rows(sql`select name_bidx from case_people order by id limit 1`);
      expect(a?.name_bidx).not.toBe(b?.name_bidx);
    } finally {
      await other.close();
    }
    await seedDemo(t.database, () => {}, undefined, t.ctx.fields);
    expect(await fingerprint(t.database)).toEqual(seeded);
  }, 300_000);
});
