import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FieldErrors, ids, listAll, type Page, unitIn } from './support/organisations.js';
import { type Client, signInAs } from './support/session.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type Unit = {
  id: string;
  name: string;
  kind: string;
  regionCode: string;
  regionName: string;
  institution: { id: string; name: string } | null;
  address: string | null;
  phone: string | null;
  capacity: number | null;
  active: boolean;
};

let t: TestApp;
let admin: Client;
let jateng: Client;
let kupang: Client;
let petugas: Client;
beforeAll(async () => {
  t = await startTestApp();
  admin = await signInAs(t.app, 'admin@sigap.local');
  jateng = await signInAs(t.app, 'jateng@sigap.local');
  kupang = await signInAs(t.app, 'kupang@sigap.local');
  petugas = await signInAs(t.app, 'petugas@sigap.local');
});
afterAll(() => t.close());

const newUnit = (over: Record<string, unknown> = {}) => ({
  name: 'Rumah Aman Uji',
  kind: 'rumah_aman',
  regionCode: '33.74',
  institutionId: ids.institution('DP3A-33-74'),
  address: 'Jl. Uji No. 1',
  phone: '0000-1',
  capacity: 8,
  ...over,
});

describe('demo service units', () => {
  it('has about forty units of every kind, in regions with and without a task force', async () => {
    const all = await listAll<Unit>(admin, '/api/service-units');
    expect(all.length).toBeGreaterThanOrEqual(40);
    const kinds = new Set(all.map((u) => u.kind));
    for (const k of ['uptd_ppa', 'p2tp2a', 'ppt', 'rptc', 'rpsa', 'rumah_aman'])
      expect(kinds).toContain(k);
    expect(all.every((u) => u.address?.includes('(alamat demo)'))).toBe(true);
  });

  it('filters by kind, region prefix, status and text, and pages', async () => {
    const safe = await listAll<Unit>(admin, '/api/service-units?kind=rumah_aman&regionCode=53');
    expect(safe.length).toBeGreaterThanOrEqual(2);
    expect(safe.every((u) => u.kind === 'rumah_aman' && u.regionCode.startsWith('53'))).toBe(true);
    const inactive = await listAll<Unit>(admin, '/api/service-units?active=false');
    expect(inactive.map((u) => u.name)).toEqual(['P2TP2A Kota Kupang']);
    const bhayangkara = await listAll<Unit>(admin, '/api/service-units?q=bhayangkara');
    expect(bhayangkara.every((u) => u.kind === 'ppt')).toBe(true);
    const page = (await admin.request('GET', '/api/service-units?pageSize=5&page=2')).json<
      Page<Unit>
    >();
    expect(page.items).toHaveLength(5);
    expect(page.meta.total).toBeGreaterThanOrEqual(40);
  });
});

describe('scope', () => {
  it('a kabupaten user lists only units of their kabupaten', async () => {
    const seen = await listAll<Unit>(kupang, '/api/service-units');
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((u) => u.regionCode === '53.01' || u.regionCode.startsWith('53.01.'))).toBe(
      true,
    );
    // asking for another region's units by filter gives nothing, not an error
    expect(await listAll(kupang, '/api/service-units?regionCode=53.71')).toEqual([]);
    const kota = await listAll<Unit>(petugas, '/api/service-units');
    expect(kota.every((u) => u.regionCode === '53.71')).toBe(true);
  });

  it('a unit outside the reader’s scope answers 404, as if it did not exist', async () => {
    const inKota = await unitIn(admin, '53.71');
    const inJateng = await unitIn(admin, '33.74');
    expect((await kupang.request('GET', `/api/service-units/${inKota}`)).status).toBe(404);
    expect((await kupang.request('GET', `/api/service-units/${inJateng}`)).status).toBe(404);
    expect((await petugas.request('GET', `/api/service-units/${inKota}`)).status).toBe(200);
  });
});

describe('managing units', () => {
  it('stores text exactly as typed', async () => {
    const name = `'; drop table users; --`;
    const address = '<script>alert(1)</script>';
    const res = await jateng.request('POST', '/api/service-units', newUnit({ name, address }));
    expect(res.status).toBe(201);
    const unit = res.json<Unit>();
    expect(unit).toMatchObject({ name, address, regionName: 'Kota Semarang', capacity: 8 });
    const again = (await jateng.request('GET', `/api/service-units/${unit.id}`)).json<Unit>();
    expect([again.name, again.address]).toEqual([name, address]);
  });

  it('a province secretariat manages units in its province, not elsewhere', async () => {
    expect(
      (await jateng.request('POST', '/api/service-units', newUnit({ regionCode: '53.71' }))).status,
    ).toBe(403);
    const created = (
      await jateng.request('POST', '/api/service-units', newUnit({ name: 'Pindah' }))
    ).json<Unit>();
    const move = await jateng.request('PATCH', `/api/service-units/${created.id}`, {
      regionCode: '53.71',
    });
    expect(move.status).toBe(403);
    const inNtt = await unitIn(admin, '53.71');
    expect(
      (await jateng.request('PATCH', `/api/service-units/${inNtt}`, { capacity: 1 })).status,
    ).toBe(404);
    const missing = await jateng.request(
      'POST',
      '/api/service-units',
      newUnit({ regionCode: '33.99' }),
    );
    expect(missing.status).toBe(400);
    expect(missing.json<FieldErrors>().error.fields?.[0]?.path).toBe('regionCode');
  });

  it('validates input, naming the field in the requested language', async () => {
    const id = await jateng.request('POST', '/api/service-units', newUnit({ kind: 'hotel' }));
    expect(id.status).toBe(400);
    expect(id.json<FieldErrors>().error.fields?.[0]?.path).toBe('kind');
    expect(id.json<FieldErrors>().error.fields?.[0]?.message).toMatch(/^Harus salah satu dari/);
    const en = await jateng.request('POST', '/api/service-units', newUnit({ capacity: -1 }), {
      'accept-language': 'en',
    });
    expect(en.json<FieldErrors>().error.fields).toEqual([
      { path: 'capacity', message: 'Must be at least 0' },
    ]);
    const extra = await jateng.request('POST', '/api/service-units', newUnit({ secret: true }));
    expect(extra.status).toBe(400);
    const noInst = await jateng.request(
      'POST',
      '/api/service-units',
      newUnit({ institutionId: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(noInst.json<FieldErrors>().error.fields?.[0]?.path).toBe('institutionId');
  });

  it('audits an update with before and after', async () => {
    const unit = await unitIn(admin, '33.01');
    const res = await jateng.request('PATCH', `/api/service-units/${unit}`, {
      capacity: 99,
      active: false,
    });
    expect(res.status).toBe(200);
    expect(res.json<Unit>()).toMatchObject({ capacity: 99, active: false });
    const audit = await admin.request('GET', `/api/audit?entityType=service_unit&entityId=${unit}`);
    const [entry] = audit.json<{
      items: Array<{ action: string; actorEmail: string; before: Unit; after: Unit }>;
    }>().items;
    expect(entry).toMatchObject({
      action: 'service_unit.updated',
      actorEmail: 'jateng@sigap.local',
    });
    expect(entry?.before.active).toBe(true);
    expect(entry?.after).toMatchObject({ capacity: 99, active: false });
  });
});
