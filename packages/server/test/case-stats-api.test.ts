import type { CaseStatsView } from '@sigap/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCase, addPerson, emptyRegistry } from './case-stats-fixture.js';
import { signInAs } from './support/session.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Four cases: Kota Kupang 2023 (verified), Semarang 2024 (unverified, with a victim the data
 * officer merged with one from Kupang), a national institution's 2024 case (verified) and a
 * rejected one. Expected figures are worked out by hand in the comments.
 */
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
  const db = t.database.db;
  const f = t.ctx.fields;
  await emptyRegistry(db);

  const k1 = await addCase(db, {
    regionCode: '53.71',
    reportedOn: '2023-03-01',
    types: ['forced_labour'],
    modus: ['abk_perikanan'],
    events: [
      { type: 'recruitment', on: '2022-05-01', region: '53.01' },
      { type: 'exploitation', on: '2022-08-01', country: 'MY' },
    ],
    legal: [
      { step: 'police_report', on: '2023-03-02' },
      { step: 'investigation', on: '2023-04-01' },
      { step: 'prosecution', on: '2023-06-01' },
      { step: 'restitution_ordered', on: '2023-09-01', amount: 10_000_000 },
    ],
  });
  const v1 = await addPerson(db, f, k1, {
    name: 'Maria Ndun',
    age: 16,
    address: '53.01',
    services: [
      { type: 'health', status: 'completed' },
      { type: 'safe_house', status: 'completed' },
    ],
  });
  await addPerson(db, f, k1, {
    sex: 'male',
    age: 30,
    address: '53.71',
    services: [{ type: 'health', status: 'in_progress' }],
  });
  await addPerson(db, f, k1, { role: 'perpetrator', sex: 'male' });

  const k2 = await addCase(db, {
    regionCode: '33.74',
    reportedOn: '2024-02-10',
    state: 'unverified',
    types: ['sexual_exploitation'],
    modus: ['eksploitasi_seksual'],
    events: [{ type: 'exploitation', on: '2023-12-01', region: '31.71' }],
    legal: [{ step: 'police_report', on: '2024-02-11' }],
  });
  // the same woman, recorded again in Semarang: merged into her Kupang record's cluster
  await addPerson(db, f, k2, {
    sameAs: v1,
    name: 'Maria Ndun',
    age: 17,
    address: '53.01',
    state: 'unverified',
    services: [{ type: 'psychosocial', status: 'planned' }],
  });
  await addPerson(db, f, k2, { age: 22, address: '33.74', state: 'unverified' });

  const k3 = await addCase(db, {
    regionCode: null,
    reportedOn: '2024-05-05',
    types: ['forced_labour'],
    modus: ['online_scam'],
    events: [{ type: 'exploitation', on: '2024-01-01', country: 'KH' }],
    legal: [
      { step: 'verdict', on: '2024-08-01' },
      { step: 'restitution_ordered', on: '2024-08-01', amount: 5_000_000 },
      { step: 'restitution_paid', on: '2024-09-01', amount: 5_000_000 },
    ],
  });
  await addPerson(db, f, k3, {
    sex: 'male',
    age: 25,
    address: '53.71',
    services: [{ type: 'repatriation', status: 'completed' }],
  });
  await addPerson(db, f, k3, { state: 'rejected', address: '53.71' });
  await addPerson(db, f, k3, { status: 'not_victim', address: '53.71' });
  await addPerson(db, f, k3, { role: 'perpetrator', sex: 'female', state: 'verified' });

  const k4 = await addCase(db, {
    regionCode: '53.71',
    reportedOn: '2023-07-07',
    state: 'rejected',
  });
  await addPerson(db, f, k4, { address: '53.71' });
});

afterAll(async () => {
  await t?.close();
});

async function stats(email: string, query = '') {
  const c = await signInAs(t.app, email);
  const res = await c.request('GET', `/api/case-stats${query}`);
  return { status: res.status, body: res.json<CaseStatsView>() };
}

/** Rows of one breakdown as { key: measure }. */
function rowsOf(
  view: CaseStatsView,
  dimension: string,
  measure: 'victims' | 'cases' | 'perpetrators' | 'completed' = 'victims',
) {
  const b = view.breakdowns.find((x) => x.dimension === dimension);
  if (!b) throw new Error(`no breakdown ${dimension}`);
  return Object.fromEntries(b.rows.map((r) => [r.key ?? 'unknown', r[measure]]));
}

describe('GET /api/case-stats', () => {
  it('counts cases, unique victims (a merged person once) and perpetrators nationally', async () => {
    const { status, body } = await stats('admin@sigap.local');
    expect(status).toBe(200);
    // cases 1–3 (the rejected case never counts); victims: Maria (two records), the man of
    // case 1, the Semarang woman, the man of case 3; the rejected and "not a victim" records do not
    expect(body.totals).toEqual({ cases: 3, victims: 4, perpetrators: 2 });
    // Maria is described by her most recent record (Semarang, 2024)
    expect(rowsOf(body, 'year')).toEqual({ '2023': 1, '2024': 3 });
    expect(rowsOf(body, 'year', 'cases')).toEqual({ '2023': 1, '2024': 2 });
    expect(rowsOf(body, 'sex')).toEqual({ female: 2, male: 2 });
    expect(rowsOf(body, 'sex', 'perpetrators')).toEqual({ female: 1, male: 1 });
    expect(rowsOf(body, 'originProvince')).toEqual({ '53': 3, '33': 1 });
    expect(rowsOf(body, 'originRegency')).toEqual({ '53.01': 1, '53.71': 2, '33.74': 1 });
    expect(rowsOf(body, 'countryOfExploitation')).toEqual({ ID: 2, MY: 1, KH: 1 });
    expect(rowsOf(body, 'destination')).toEqual({ '31': 2, MY: 1, KH: 1 });
    expect(rowsOf(body, 'ageCtdc')).toEqual({ '9--17': 1, '21--23': 1, '24--26': 1, '30--38': 1 });
    expect(rowsOf(body, 'ageSimfoni')).toEqual({ '13-17': 1, '18-24': 1, '25-44': 2 });
    expect(rowsOf(body, 'exploitationType')).toEqual({ forced_labour: 2, sexual_exploitation: 2 });
    expect(rowsOf(body, 'exploitationType', 'cases')).toEqual({
      forced_labour: 2,
      sexual_exploitation: 1,
    });
    expect(rowsOf(body, 'modus', 'cases')).toEqual({
      abk_perikanan: 1,
      eksploitasi_seksual: 1,
      online_scam: 1,
    });
    expect(rowsOf(body, 'legalOutcome', 'cases')).toEqual({
      police_report: 3,
      investigation: 2,
      prosecution: 2,
      verdict: 1,
      restitution_ordered: 2,
      restitution_paid: 1,
    });
    const legal = body.breakdowns.find((b) => b.dimension === 'legalOutcome');
    expect(legal?.rows.find((r) => r.key === 'restitution_ordered')?.amount).toBe(15_000_000);
    expect(legal?.rows.find((r) => r.key === 'restitution_paid')?.amount).toBe(5_000_000);
    // Maria's Kupang services are done but her Semarang one is planned: still open
    expect(rowsOf(body, 'serviceCompletion')).toEqual({ open: 2, completed: 1, none: 1 });
    expect(rowsOf(body, 'serviceType')).toEqual({
      health: 2,
      safe_house: 1,
      psychosocial: 1,
      repatriation: 1,
    });
    expect(rowsOf(body, 'serviceType', 'completed')).toEqual({
      health: 1,
      safe_house: 1,
      psychosocial: 0,
      repatriation: 1,
    });
  });

  it('labels every value in Indonesian and English from the picklists and regions', async () => {
    const { body } = await stats('analis@sigap.local', '?dimension=sex,originProvince');
    expect(body.breakdowns.map((b) => b.dimension)).toEqual(['sex', 'originProvince']);
    const sex = body.breakdowns[0]?.rows.find((r) => r.key === 'female');
    expect(sex?.label).toEqual({ id: 'Perempuan', en: 'Female' });
    const ntt = body.breakdowns[1]?.rows.find((r) => r.key === '53');
    expect(ntt?.label.id).toMatch(/Nusa Tenggara Timur/i);
  });

  it('counts verified records only when asked', async () => {
    const { body } = await stats('admin@sigap.local', '?verifiedOnly=true&dimension=year');
    expect(body.totals).toEqual({ cases: 2, victims: 3, perpetrators: 2 });
    // Maria's verified record is the Kupang one of 2023
    expect(rowsOf(body, 'year')).toEqual({ '2023': 2, '2024': 1 });
  });

  it('filters by year and dates of registration', async () => {
    const y = await stats('admin@sigap.local', '?year=2023&dimension=year');
    expect(y.body.totals.cases).toBe(1);
    expect(y.body.totals.victims).toBe(2);
    const range = await stats('admin@sigap.local', '?from=2024-01-01&to=2024-03-01&dimension=sex');
    expect(range.body.totals).toEqual({ cases: 1, victims: 2, perpetrators: 0 });
  });

  it('gives each user the statistics of the cases touching their region only', async () => {
    // Kota Kupang: its own case, and the national case whose victim lives there
    const kota = await stats('petugas@sigap.local', '?dimension=sex');
    expect(kota.status).toBe(200);
    expect(kota.body.scope).toEqual({ level: 'regency', regionCode: '53.71' });
    expect(kota.body.totals).toEqual({ cases: 2, victims: 3, perpetrators: 2 });
    // Kabupaten Kupang: the recruitment there and Maria's home (both cases she is in)
    const kab = await stats('kupang@sigap.local', '?dimension=sex');
    expect(kab.body.totals.cases).toBe(2);
    expect(kab.body.totals.victims).toBe(3);
    // Central Java sees the Semarang case only
    const jateng = await stats('jateng@sigap.local', '?dimension=sex');
    expect(jateng.body.totals).toEqual({ cases: 1, victims: 2, perpetrators: 0 });
  });

  it('narrows to a province inside the scope and refuses one outside it', async () => {
    const all = await stats('admin@sigap.local', '?province=33&dimension=sex');
    expect(all.body.totals.cases).toBe(1);
    const own = await stats('petugas@sigap.local', '?province=53&dimension=sex');
    expect(own.status).toBe(200);
    expect(own.body.totals.cases).toBe(2);
    const other = await stats('jateng@sigap.local', '?province=53');
    expect(other.status).toBe(403);
  });

  it('rejects bad filters in the user’s language, naming the field', async () => {
    const c = await signInAs(t.app, 'admin@sigap.local');
    type Err = { error: { code: string; fields?: Array<{ path: string; message: string }> } };
    const res = await c.request('GET', '/api/case-stats?dimension=sex,shoeSize', undefined, {
      'accept-language': 'id',
    });
    expect(res.status).toBe(400);
    const field = res.json<Err>().error.fields?.[0];
    expect(field?.path).toMatch(/^dimension/);
    expect(field?.message).toContain('Harus salah satu dari');
    const dates = await c.request(
      'GET',
      '/api/case-stats?from=2024-05-01&to=2024-01-01',
      undefined,
      {
        'accept-language': 'en',
      },
    );
    expect(dates.status).toBe(400);
    expect(dates.json<Err>().error.fields?.[0]).toEqual({
      path: 'to',
      message: 'The end date must be after the start date',
    });
    const jateng = await signInAs(t.app, 'jateng@sigap.local');
    const outside = await jateng.request('GET', '/api/case-stats?province=53', undefined, {
      'accept-language': 'id',
    });
    expect(outside.json<Err>().error.fields?.[0]?.path).toBe('province');
  });

  it('needs a sign-in and the statistics permission', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/case-stats' });
    expect(res.statusCode).toBe(401);
  });

  it('forgets a cached answer when a case changes', async () => {
    const before = await stats('analis@sigap.local', '?dimension=year');
    const k = await addCase(t.database.db, { regionCode: '53.71', reportedOn: '2023-10-10' });
    await addPerson(t.database.db, t.ctx.fields, k, { age: 40 });
    // the change notification reaches the cache asynchronously
    let after = before;
    for (let i = 0; i < 50 && after.body.totals.victims === before.body.totals.victims; i++) {
      await new Promise((r) => setTimeout(r, 20));
      after = await stats('analis@sigap.local', '?dimension=year');
    }
    expect(after.body.totals.victims).toBe(before.body.totals.victims + 1);
  });
});
