import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activity,
  type Detail,
  detail,
  END,
  inst,
  radDoc,
  ranDoc,
  START,
} from './support/plan-fixtures.js';
import { type Client, signInAs } from './support/session.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let admin: Client;
let jateng: Client;
let kupang: Client;
let ranId: string;
beforeAll(async () => {
  t = await startTestApp();
  admin = await signInAs(t.app, 'admin@sigap.local');
  jateng = await signInAs(t.app, 'jateng@sigap.local');
  kupang = await signInAs(t.app, 'kupang@sigap.local');
  const res = await admin.request('POST', '/api/plans', { ...ranDoc(), note: 'Perpres 1/2035' });
  expect(res.status, res.body).toBe(201);
  ranId = res.json<Detail>().id;
});
afterAll(() => t.close());

describe('scope', () => {
  let rad33: string;
  let rad3301: string;
  let rad53: string;
  beforeAll(async () => {
    const ran111 = activity(await detail(admin, ranId), '1.1.1').id;
    const create = async (c: Client, region: string) => {
      const res = await c.request('POST', '/api/plans', radDoc(region, ran111, inst('KEMENPPPA')));
      expect(res.status, res.body).toBe(201);
      return res.json<Detail>().id;
    };
    rad33 = await create(jateng, '33');
    rad3301 = await create(jateng, '33.01');
    rad53 = await create(admin, '53');
  });

  it('a province sees the RAN, its RAD and its kabupaten/kota RADs, not another province’s', async () => {
    const res = await jateng.request('GET', `/api/plans?year=${START}&pageSize=50`);
    const items = res.json<{
      items: Array<{ id: string; regionCode: string | null; regionName: string | null }>;
    }>().items;
    expect(items.map((p) => p.regionCode)).toEqual([null, '33', '33.01']);
    expect(items[1]?.regionName).toBe('Jawa Tengah');
    expect((await jateng.request('GET', `/api/plans/${rad53}`)).status).toBe(404);
    expect((await jateng.request('GET', `/api/plans/${rad53}/revisions`)).status).toBe(404);
    // a kabupaten sees its province's RAD (it implements it) but not Jawa Tengah's
    const k = await kupang.request('GET', `/api/plans?year=${END}`);
    expect(k.json<{ items: Array<{ id: string }> }>().items.map((p) => p.id)).toEqual([
      ranId,
      rad53,
    ]);
    expect((await kupang.request('GET', `/api/plans/${rad33}`)).status).toBe(404);
    const only = await admin.request('GET', `/api/plans?kind=rad&regionCode=33&year=${START}`);
    expect(only.json<{ items: Array<{ id: string }> }>().items.map((p) => p.id)).toEqual([
      rad33,
      rad3301,
    ]);
  });

  it('only a secretariat creates plans, and a regional one only RADs of its scope', async () => {
    const ran111 = activity(await detail(admin, ranId), '1.1.1').id;
    const doc = { ...radDoc('53.01', ran111, inst('KEMENPPPA')), startYear: 2040, endYear: 2040 };
    doc.programs.forEach((p) => {
      for (const a of p.activities) for (const i of a.indicators) i.targets = {};
    });
    expect((await kupang.request('POST', '/api/plans', doc)).status).toBe(403);
    const other = await jateng.request('POST', '/api/plans', doc, { 'accept-language': 'en' });
    expect(other.status).toBe(403);
    expect(other.json<{ error: { message: string } }>().error.message).toBe(
      'The RAD of region 53.01 is outside your scope',
    );
    const revise = await jateng.request('PUT', `/api/plans/${ranId}/matrix`, ranDoc());
    expect(revise.status).toBe(403);
  });

  it('shows which RAN activities each RAD covers and which regions have none', async () => {
    const d = await detail(admin, ranId);
    const res = await jateng.request('GET', `/api/plans/alignment?ranPlanId=${ranId}`);
    expect(res.status, res.body).toBe(200);
    const a = res.json<{
      ranActivities: Array<{ id: string; code: string }>;
      regions: Array<{
        code: string;
        rads: Array<{ id: string }>;
        coveredActivityIds: string[];
        notCoveredActivityIds: string[];
      }>;
      withoutRad: Array<{ code: string; level: string }>;
    }>();
    expect(a.ranActivities.map((x) => x.code)).toEqual(['1.1.1', '1.1.2', '5.1.1']);
    const id = (code: string) => activity(d, code).id;
    expect(
      a.regions.map((r) => [
        r.code,
        r.rads.map((x) => x.id),
        r.coveredActivityIds,
        r.notCoveredActivityIds,
      ]),
    ).toEqual([
      ['33', [rad33], [id('1.1.1')], [id('1.1.2'), id('5.1.1')]],
      ['33.01', [rad3301], [id('1.1.1')], [id('1.1.2'), id('5.1.1')]],
    ]);
    // Jawa Tengah has 35 kabupaten/kota; one has a RAD
    expect(a.withoutRad).toHaveLength(34);
    expect(a.withoutRad.every((r) => r.code.startsWith('33.') && r.level === 'regency')).toBe(true);
    expect(a.withoutRad.map((r) => r.code)).not.toContain('33.01');
    const national = await admin.request('GET', `/api/plans/alignment?ranPlanId=${ranId}`);
    const n = national.json<typeof a>();
    expect(n.regions.filter((r) => r.rads.length > 0).map((r) => r.code)).toEqual([
      '33',
      '33.01',
      '53',
    ]);
    expect(n.regions.filter((r) => r.code.length === 2)).toHaveLength(38);
    expect(n.withoutRad.map((r) => r.code)).toContain('11');
    expect(n.withoutRad.map((r) => r.code)).not.toContain('53');
  });
});
