import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { institutionId } from '../src/features/institutions/load-institutions.js';
import { progressReports } from '../src/features/reporting/schema.js';
import type { FieldErrors, Page } from './support/organisations.js';
import {
  currentQuarter,
  type FixturePlan,
  insertPlan,
  thisYear as Y,
} from './support/plan-fixture.js';
import { type Client, signInAs } from './support/session.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type Summary = { id: string; state: string; institution: { code: string }; plan: { id: string } };
type Report = Summary & { actions: string[] };

let t: TestApp;
let c: Record<'pelapor' | 'sekretariat' | 'analis' | 'jateng' | 'kupang' | 'admin', Client>;
let ran: FixturePlan;
let radKupang: FixturePlan;
const ids: Record<string, string> = {};

/** A report row as another institution would have filed it (no such user in the demo). */
async function insertReport(
  plan: FixturePlan,
  activity: string,
  institution: string,
  strategy: string,
  regionCode: string | null,
) {
  const [row] = await t.database.db
    .insert(progressReports)
    .values({
      planId: plan.id,
      activityId: plan.activity(activity),
      indicatorId: plan.indicator(activity, 'I1'),
      institutionId: institutionId(institution),
      regionCode,
      strategyCode: strategy as 'pencegahan',
      periodCode: currentQuarter,
      year: Y,
      state: 'submitted',
      realisedValue: 5,
      narrative: 'Pelatihan tenaga kesehatan',
    })
    .returning({ id: progressReports.id });
  if (!row) throw new Error('no row');
  return row.id;
}

beforeAll(async () => {
  t = await startTestApp();
  const names = ['pelapor', 'sekretariat', 'analis', 'jateng', 'kupang', 'admin'] as const;
  const clients = await Promise.all(names.map((u) => signInAs(t.app, `${u}@sigap.local`)));
  c = Object.fromEntries(names.map((n, i) => [n, clients[i]])) as typeof c;
  ran = await insertPlan(t.database.db, {
    startYear: Y,
    endYear: Y,
    activities: [
      { code: 'A1', responsible: 'KEMENSOS', indicators: [{ code: 'I1', targets: { [Y]: 10 } }] },
      // social rehabilitation: its national sub-task-force is coordinated by Kemensos
      {
        code: 'A2',
        strategy: 'rehabilitasi_sosial',
        responsible: 'KEMENKES',
        indicators: [{ code: 'I1', targets: { [Y]: 10 } }],
      },
      {
        code: 'A3',
        strategy: 'rehabilitasi_sosial',
        responsible: 'KEMENSOS',
        indicators: [{ code: 'I1', targets: { [Y]: 10 } }],
      },
    ],
  });
  radKupang = await insertPlan(t.database.db, {
    kind: 'rad',
    regionCode: '53.01',
    startYear: Y,
    endYear: Y,
    activities: [
      { code: 'R1', responsible: 'DINSOS-53-01', indicators: [{ code: 'I1', targets: {} }] },
    ],
  });
  const filed = async (client: Client, plan: FixturePlan, activity: string) =>
    (
      await client.request('POST', '/api/reports', {
        indicatorId: plan.indicator(activity, 'I1'),
        periodCode: currentQuarter,
      })
    ).json<Report>().id;
  ids.ranKemensos = await filed(c.pelapor, ran, 'A1');
  ids.ranKemensosRehab = await filed(c.pelapor, ran, 'A3');
  ids.ranKemenkes = await insertReport(ran, 'A2', 'KEMENKES', 'rehabilitasi_sosial', null);
  ids.radKupang = await filed(c.kupang, radKupang, 'R1');
});
afterAll(() => t.close());

const get = (client: Client, id: string | undefined) => client.request('GET', `/api/reports/${id}`);
const listed = async (client: Client, query: string) =>
  (await client.request('GET', `/api/reports?${query}`)).json<Page<Summary>>();

describe('who sees which report', () => {
  it('keeps a RAD report from users outside its region and institution: 404, not 403', async () => {
    for (const user of ['pelapor', 'jateng'] as const) {
      const res = await get(c[user], ids.radKupang);
      expect(res.status, user).toBe(404);
      expect(res.json<FieldErrors>().error.message, user).toBe('Laporan tidak ditemukan');
      const act = await c[user].request('POST', `/api/reports/${ids.radKupang}/transitions`, {
        action: 'submit',
      });
      expect(act.status, user).toBe(404);
    }
    for (const user of ['kupang', 'analis', 'sekretariat'] as const)
      expect((await get(c[user], ids.radKupang)).status, user).toBe(200);
  });

  it('lists by the same rule', async () => {
    expect((await listed(c.pelapor, `planId=${radKupang.id}`)).meta.total).toBe(0);
    expect((await listed(c.jateng, `planId=${radKupang.id}`)).meta.total).toBe(0);
    expect((await listed(c.kupang, `planId=${radKupang.id}`)).items.map((r) => r.id)).toEqual([
      ids.radKupang,
    ]);
    // RAN reports: a reporter sees its own institution's (and, as coordinator, its strategy's)
    const kupangRan = await listed(c.kupang, `planId=${ran.id}`);
    expect(kupangRan.items.map((r) => r.institution.code).sort()).toEqual(['KEMENSOS', 'KEMENSOS']);
    const pelaporRan = await listed(c.pelapor, `planId=${ran.id}`);
    expect(pelaporRan.meta.total).toBe(3);
    // secretariats and analysts see the whole RAN
    expect((await listed(c.jateng, `planId=${ran.id}`)).meta.total).toBe(3);
    expect((await listed(c.analis, `planId=${ran.id}`)).meta.total).toBe(3);
  });

  it('filters by state, institution, strategy and region', async () => {
    const kemenkes = institutionId('KEMENKES');
    expect(
      (await listed(c.analis, `planId=${ran.id}&state=submitted`)).items.map((r) => r.id),
    ).toEqual([ids.ranKemenkes]);
    expect((await listed(c.analis, `planId=${ran.id}&institutionId=${kemenkes}`)).meta.total).toBe(
      1,
    );
    expect(
      (await listed(c.analis, `planId=${ran.id}&strategy=rehabilitasi_sosial`)).meta.total,
    ).toBe(2);
    const rad = `planId=${radKupang.id}&periodCode=${currentQuarter}`;
    expect((await listed(c.analis, `${rad}&regionCode=53`)).items.map((r) => r.id)).toEqual([
      ids.radKupang,
    ]);
    expect((await listed(c.analis, `${rad}&regionCode=53.02`)).meta.total).toBe(0);
    expect((await listed(c.analis, `indicatorId=${ran.indicator('A1', 'I1')}`)).meta.total).toBe(1);
    // text search: activity or indicator code and title
    expect((await listed(c.analis, `planId=${ran.id}&q=aksi%20a2`)).items.map((r) => r.id)).toEqual(
      [ids.ranKemenkes],
    );
  });
});

describe('who verifies', () => {
  it('a regional secretariat reads the RAN but does not verify it', async () => {
    const res = await get(c.jateng, ids.ranKemenkes);
    expect(res.status).toBe(200);
    expect(res.json<Report>().actions).toEqual([]);
    const verify = await c.jateng.request('POST', `/api/reports/${ids.ranKemenkes}/transitions`, {
      action: 'verify',
    });
    expect(verify.status).toBe(403);
  });

  it("the sub-task-force coordinator verifies other institutions' reports of its strategy", async () => {
    const res = await get(c.pelapor, ids.ranKemenkes);
    expect(res.json<Report>().actions).toEqual(['return', 'verify']);
    const verify = await c.pelapor.request('POST', `/api/reports/${ids.ranKemenkes}/transitions`, {
      action: 'verify',
    });
    expect(verify.status).toBe(200);
    expect(verify.json<Report>().state).toBe('verified');
  });

  it('but not its own institution’s', async () => {
    await c.pelapor.request('PATCH', `/api/reports/${ids.ranKemensosRehab}`, {
      version: 1,
      realisedValue: 4,
      narrative: 'Layanan rehabilitasi sosial',
    });
    const submitted = await c.pelapor.request(
      'POST',
      `/api/reports/${ids.ranKemensosRehab}/transitions`,
      { action: 'submit' },
    );
    expect(submitted.json<Report>()).toMatchObject({ state: 'submitted', actions: [] });
    const verify = await c.pelapor.request(
      'POST',
      `/api/reports/${ids.ranKemensosRehab}/transitions`,
      { action: 'verify' },
    );
    expect(verify.status).toBe(403);
  });

  it('a draft RAD report awaits its reporter; another province cannot even score it', async () => {
    expect((await get(c.sekretariat, ids.radKupang)).json<Report>().actions).toEqual([]);
    const draftActions = (await get(c.kupang, ids.radKupang)).json<Report>().actions;
    expect(draftActions).toEqual(['submit']);
    const score = await c.jateng.request('PUT', `/api/reports/${ids.radKupang}/evidence-score`, {
      relevance: 1,
      completeness: 1,
      validity: 1,
      timeliness: 1,
    });
    expect(score.status).toBe(404);
  });
});
