import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DrillView } from '../src/features/monitoring/drill-schemas.js';
import type { DashboardView } from '../src/features/monitoring/schemas.js';
import { type Fixture, insertMonitoringFixture, YEAR } from './monitoring-fixture.js';
import { type Client, signInAs } from './support/session.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Who sees which plan and which figures: national users everything; a province secretariat the
 * RAN and the RADs of its province and its kabupaten/kota; a reporter its own institution's
 * figures, except on a RAD of its own region, which it files for as the regional task force.
 */
let t: TestApp;
let fx: Fixture;
const as: Record<string, Client> = {};
beforeAll(async () => {
  t = await startTestApp();
  fx = await insertMonitoringFixture(t.database.db);
  for (const who of ['sekretariat', 'analis', 'jateng', 'kupang', 'pelapor', 'petugas'])
    as[who] = await signInAs(t.app, `${who}@sigap.local`);
});
afterAll(() => t.close());

async function get(who: string, plan: string, extra = '') {
  const client = as[who];
  if (!client) throw new Error(`no client ${who}`);
  return client.request(
    'GET',
    `/api/monitoring/dashboard?planId=${fx.plan[plan]}&year=${YEAR}${extra}`,
  );
}
async function view(who: string, plan: string, extra = '') {
  const res = await get(who, plan, extra);
  expect(res.status, res.body).toBe(200);
  return res.json<DashboardView>();
}
const regionCodes = (d: DashboardView) => d.achievement.byRegion.map((r) => r.regionCode);

describe('national users', () => {
  it('the secretariat and the analyst see every plan and every province', async () => {
    for (const who of ['sekretariat', 'analis']) {
      const d = await view(who, 'ran');
      expect(d.totals.achievement.indicators).toBe(5);
      expect(d.filters.ownInstitutionOnly).toBe(false);
      expect(regionCodes(d)).toEqual(expect.arrayContaining([null, '33', '35', '53']));
    }
    expect((await get('sekretariat', 'rad5301')).status).toBe(200);
  });

  it('a case worker has no monitoring permission', async () => {
    expect((await get('petugas', 'ran')).status).toBe(403);
  });
});

describe('a province secretariat (Jawa Tengah)', () => {
  it('sees the RAN, with only its own province among the regions', async () => {
    const d = await view('jateng', 'ran');
    expect(d.totals.achievement.indicators).toBe(5);
    expect(regionCodes(d)).toEqual([null, '33']);
    expect(d.achievement.byRegion[1]).toMatchObject({ plans: 2, indicators: 2, achievement: 90 });
  });

  it('sees its RAD with each kabupaten/kota under it, those without a RAD included', async () => {
    const d = await view('jateng', 'rad33');
    const rows = d.achievement.byRegion;
    expect(rows[0]).toMatchObject({ regionCode: '33', plans: 1, indicators: 1, achievement: 80 });
    expect(rows.find((r) => r.regionCode === '33.74')).toMatchObject({
      plans: 1,
      achievement: 100,
      level: 'regency',
      records: { planId: fx.plan.rad3374 },
    });
    expect(rows.find((r) => r.regionCode === '33.01')).toMatchObject({ plans: 0, light: 'grey' });
    expect(rows.every((r) => r.regionCode === '33' || r.regionCode?.startsWith('33.'))).toBe(true);
    expect(
      (await view('jateng', 'rad33', '&regionCode=33.74')).achievement.byRegion.map(
        (r) => r.regionCode,
      ),
    ).toEqual(['33.74']);
  });

  it('does not see another province’s plans (404) nor may name its regions (403)', async () => {
    expect((await get('jateng', 'rad5301')).status).toBe(404);
    const region = await get('jateng', 'ran', '&regionCode=53');
    expect(region.status).toBe(403);
    expect(
      region.json<{ error: { fields: Array<{ path: string }> } }>().error.fields[0]?.path,
    ).toBe('regionCode');
  });
});

describe('a district reporter (Kemensos, Kabupaten Kupang)', () => {
  it('sees its own institution’s figures on the RAN', async () => {
    const d = await view('kupang', 'ran');
    expect(d.filters).toMatchObject({
      ownInstitutionOnly: true,
      institutionId: fx.institution.KEMENSOS,
    });
    expect(d.totals.achievement).toMatchObject({
      indicators: 2,
      measured: 1,
      achievement: 90,
      light: 'green',
    });
    expect(d.achievement.byInstitution.map((i) => i.institution.abbreviation)).toEqual([
      'Kemensos',
    ]);
    expect(d.totals.completeness).toMatchObject({ expected: 4, filed: 2, missing: 2 });
    expect(d.overdue.items.every((o) => o.institution.id === fx.institution.KEMENSOS)).toBe(true);
    expect(regionCodes(d)).toEqual([null, '53']);
  });

  it('may not ask for another institution’s figures', async () => {
    const res = await get('kupang', 'ran', `&institutionId=${fx.institution.POLRI}`);
    expect(res.status).toBe(403);
    expect(res.json<{ error: { fields: Array<{ path: string }> } }>().error.fields[0]?.path).toBe(
      'institutionId',
    );
  });

  it('sees its own region’s RAD whole, and not Jawa Tengah’s', async () => {
    const d = await view('kupang', 'rad5301');
    expect(d.filters.ownInstitutionOnly).toBe(false);
    expect(d.totals.achievement).toMatchObject({ indicators: 1, achievement: 50 });
    expect((await get('kupang', 'rad33')).status).toBe(404);
  });

  it('drills only into its own institution’s activities', async () => {
    const drill = (q: string) =>
      as.kupang?.request('GET', `/api/monitoring/drill?planId=${fx.plan.ran}&year=${YEAR}${q}`);
    const all = await drill('');
    expect(
      all?.json<DrillView>().strategies.flatMap((s) => s.activities.map((a) => a.code)),
    ).toEqual(['A1', 'A4']);
    expect((await drill(`&activityId=${fx.activity.A2}`))?.status).toBe(404);
  });
});

describe('a national reporter (Kemensos)', () => {
  it('sees its institution’s figures on RADs too', async () => {
    const d = await view('pelapor', 'rad33');
    expect(d.filters.ownInstitutionOnly).toBe(true);
    expect(d.totals.achievement.indicators).toBe(0);
    expect((await view('pelapor', 'rad5301')).totals.achievement.indicators).toBe(1);
  });
});
