import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FieldErrors, listAll, type Page } from './support/organisations.js';
import { type Client, signInAs } from './support/session.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type Region = {
  code: string;
  name: string;
  level: string;
  kind: string | null;
  parentCode: string | null;
  parentName: string | null;
  validTo: string | null;
  childCount: number;
};
type Lineage = { predecessorCode: string; successorCode: string; event: string };
type RegionDetail = Region & { predecessors: Lineage[]; successors: Lineage[] };

let t: TestApp;
let admin: Client;
let kupang: Client;
beforeAll(async () => {
  t = await startTestApp();
  admin = await signInAs(t.app, 'admin@sigap.local');
  kupang = await signInAs(t.app, 'kupang@sigap.local');
});
afterAll(() => t.close());

describe('reading regions', () => {
  it('lists the 38 provinces in code order with their kabupaten/kota counts, for any user', async () => {
    const provinces = await listAll<Region>(kupang, '/api/regions?level=province');
    expect(provinces).toHaveLength(38);
    expect(provinces.map((p) => p.code)).toEqual([...provinces.map((p) => p.code)].sort());
    expect(provinces.find((p) => p.code === '53')).toMatchObject({
      name: 'Nusa Tenggara Timur',
      parentCode: null,
      childCount: 22,
    });
  });

  it('lists children of a parent, tells kabupaten from kota, and pages', async () => {
    const res = await kupang.request('GET', '/api/regions?parentCode=53&pageSize=5&page=5');
    const page = res.json<Page<Region>>();
    expect(page.meta).toEqual({ page: 5, pageSize: 5, total: 22 });
    expect(page.items.map((r) => r.code)).toEqual(['53.21', '53.71']);
    expect(page.items[1]).toMatchObject({ kind: 'kota', parentName: 'Nusa Tenggara Timur' });
    expect(page.items[0]?.kind).toBe('kabupaten');
  });

  it('searches by name (any case) or by code prefix, with wildcards taken literally', async () => {
    const byName = await listAll<Region>(kupang, '/api/regions?q=KUPANG');
    expect(byName.map((r) => r.code)).toEqual(['53.01', '53.71']);
    const byCode = await listAll<Region>(kupang, '/api/regions?q=53.7');
    expect(byCode.map((r) => r.code)).toEqual(['53.71']);
    expect(await listAll(kupang, '/api/regions?q=%25')).toEqual([]);
    expect(await listAll(kupang, '/api/regions?q=_')).toEqual([]);
  });

  it('shows a region with its parent and its lineage (Papua split in 2022)', async () => {
    const papua = (await kupang.request('GET', '/api/regions/91')).json<RegionDetail>();
    expect(papua.successors.map((s) => s.successorCode).sort()).toEqual(['93', '94', '95']);
    const selatan = (await kupang.request('GET', '/api/regions/93')).json<RegionDetail>();
    expect(selatan.predecessors).toEqual([
      expect.objectContaining({ predecessorCode: '91', event: 'split', legalBasis: 'UU 14/2022' }),
    ]);
    const kota = (await kupang.request('GET', '/api/regions/53.71')).json<RegionDetail>();
    expect(kota).toMatchObject({ parentName: 'Nusa Tenggara Timur', level: 'regency' });
  });

  it('answers 404 for an unknown code and 400 for a malformed one', async () => {
    expect((await kupang.request('GET', '/api/regions/99')).status).toBe(404);
    const bad = await kupang.request('GET', '/api/regions/5301');
    expect(bad.status).toBe(400);
    expect(bad.json<FieldErrors>().error.fields?.[0]?.path).toBe('code');
  });
});

describe('changing regions', () => {
  it('adds a kabupaten after a split, with level and parent from the code', async () => {
    const res = await admin.request('POST', '/api/regions', {
      code: '53.22',
      name: 'Kabupaten Pemekaran Uji',
      validFrom: '2026-01-01',
    });
    expect(res.status).toBe(201);
    expect(res.json()).toMatchObject({
      code: '53.22',
      level: 'regency',
      kind: 'kabupaten',
      parentCode: '53',
      parentName: 'Nusa Tenggara Timur',
      validTo: null,
    });
    const again = await admin.request('POST', '/api/regions', {
      code: '53.22',
      name: 'Lagi',
      validFrom: '2026-01-01',
    });
    expect(again.status).toBe(409);
    expect(again.json<FieldErrors>().error.fields?.[0]?.path).toBe('code');
  });

  it('refuses a region whose parent does not exist, or a malformed code, naming the field', async () => {
    const orphan = await admin.request('POST', '/api/regions', {
      code: '99.01',
      name: 'Tanpa Induk',
      validFrom: '2026-01-01',
    });
    expect(orphan.status).toBe(400);
    expect(orphan.json<FieldErrors>().error.fields).toEqual([
      { path: 'code', message: 'Wilayah induk 99 tidak ditemukan' },
    ]);
    const bad = await admin.request(
      'POST',
      '/api/regions',
      { code: '5.3', name: 'X', validFrom: '2026-01-01' },
      { 'accept-language': 'en' },
    );
    expect(bad.status).toBe(400);
    expect(bad.json<FieldErrors>().error.fields?.[0]).toEqual({
      path: 'code',
      message:
        'Region code does not follow the Kemendagri format (PP, PP.KK, PP.KK.CC or PP.KK.CC.DDDD)',
    });
  });

  it('retires a region: gone from the default list, kept in the historic one and in lookups', async () => {
    await admin.request('POST', '/api/regions', {
      code: '53.23',
      name: 'Kabupaten Lama Uji',
      validFrom: '2000-01-01',
    });
    const res = await admin.request('PATCH', '/api/regions/53.23', {
      name: 'Kabupaten Lama Uji (dihapus)',
      validTo: '2020-01-01',
    });
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({
      name: 'Kabupaten Lama Uji (dihapus)',
      validTo: '2020-01-01',
    });
    const now = await listAll<Region>(admin, '/api/regions?parentCode=53');
    expect(now.map((r) => r.code)).not.toContain('53.23');
    const all = await listAll<Region>(admin, '/api/regions?parentCode=53&historic=true');
    expect(all.map((r) => r.code)).toContain('53.23');
    expect((await admin.request('GET', '/api/regions/53.23')).status).toBe(200);
  });

  it('refuses a retirement date before the region began', async () => {
    const res = await admin.request('PATCH', '/api/regions/53.22', { validTo: '2025-01-01' });
    expect(res.status).toBe(400);
    expect(res.json<FieldErrors>().error.fields?.[0]?.path).toBe('validTo');
  });

  it('records lineage between existing regions, once', async () => {
    const body = {
      predecessorCode: '53.01',
      successorCode: '53.22',
      event: 'split',
      effectiveDate: '2026-01-01',
      legalBasis: 'UU Uji 1/2026',
    };
    const res = await admin.request('POST', '/api/regions/lineage', body);
    expect(res.status).toBe(201);
    expect(res.json()).toMatchObject({
      predecessorName: 'Kabupaten Kupang',
      successorName: 'Kabupaten Pemekaran Uji',
    });
    const detail = (await admin.request('GET', '/api/regions/53.22')).json<RegionDetail>();
    expect(detail.predecessors.map((p) => p.predecessorCode)).toEqual(['53.01']);
    expect((await admin.request('POST', '/api/regions/lineage', body)).status).toBe(409);
    const unknown = await admin.request('POST', '/api/regions/lineage', {
      ...body,
      successorCode: '53.99',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.json<FieldErrors>().error.fields?.[0]?.path).toBe('successorCode');
    const self = await admin.request('POST', '/api/regions/lineage', {
      ...body,
      successorCode: '53.01',
    });
    expect(self.status).toBe(400);
  });

  it('audits a change with before and after', async () => {
    const res = await admin.request('GET', '/api/audit?entityType=region&entityId=53.23');
    const entries = res.json<Page<{ action: string; before: unknown; after: unknown }>>().items;
    const update = entries.find((e) => e.action === 'region.updated');
    expect(update?.before).toMatchObject({ name: 'Kabupaten Lama Uji', validTo: null });
    expect(update?.after).toMatchObject({
      name: 'Kabupaten Lama Uji (dihapus)',
      validTo: '2020-01-01',
    });
  });
});
