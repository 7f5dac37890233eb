import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FieldErrors, ids, listAll } from './support/organisations.js';
import { type Client, signInAs } from './support/session.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type Institution = {
  id: string;
  code: string;
  name: string;
  abbreviation: string;
  kind: string;
  regionCode: string | null;
  active: boolean;
  successor: { id: string; name: string } | null;
};
type Detail = Institution & {
  names: Array<{ name: string; validFrom: string; validTo: string | null }>;
  predecessors: Array<{ id: string; name: string }>;
  memberships: Array<{
    taskForceId: string;
    taskForceName: string;
    role: string;
    validTo: string | null;
  }>;
};

let t: TestApp;
let admin: Client;
let jateng: Client;
let kupang: Client;
beforeAll(async () => {
  t = await startTestApp();
  admin = await signInAs(t.app, 'admin@sigap.local');
  jateng = await signInAs(t.app, 'jateng@sigap.local');
  kupang = await signInAs(t.app, 'kupang@sigap.local');
});
afterAll(() => t.close());

const newInstitution = (over: Record<string, unknown> = {}) => ({
  code: 'LSM-UJI',
  name: 'Lembaga Uji Coba',
  abbreviation: 'LUC',
  kind: 'civil_society',
  validFrom: '2020-01-01',
  ...over,
});

describe('reading institutions', () => {
  it('lists by today’s name and finds a K/L by a former name', async () => {
    const all = await listAll<Institution>(kupang, '/api/institutions');
    // the database collation decides ties and punctuation; check clearly ordered names only
    const at = (name: string) => all.findIndex((i) => i.name === name);
    const ordered = [
      'Badan Intelijen Negara',
      'Kementerian Sosial',
      'Komisi Perlindungan Anak Indonesia',
      'Tentara Nasional Indonesia',
    ].map(at);
    expect(ordered.every((i) => i >= 0)).toBe(true);
    expect(ordered).toEqual([...ordered].sort((a, b) => a - b));
    const kominfo = await listAll<Institution>(kupang, '/api/institutions?q=kominfo');
    expect(kominfo).toEqual([
      expect.objectContaining({ code: 'KOMINFO', name: 'Kementerian Komunikasi dan Digital' }),
    ]);
  });

  it('filters by kind and status', async () => {
    const coordinating = await listAll<Institution>(
      kupang,
      '/api/institutions?kind=coordinating_ministry',
    );
    expect(coordinating.map((i) => i.code).sort()).toEqual(['KEMENKO_PMK', 'KEMENKO_POLHUKAM']);
    const inactive = await listAll<Institution>(kupang, '/api/institutions?active=false');
    expect(inactive.map((i) => i.code).sort()).toEqual(['KEMENDIKBUD', 'KEMENKUMHAM']);
  });

  it('shows name history, successor, predecessors and task-force seats', async () => {
    const pmk = (
      await kupang.request('GET', `/api/institutions/${ids.institution('KEMENKO_PMK')}`)
    ).json<Detail>();
    expect(pmk.names.map((n) => [n.name, n.validTo])).toEqual([
      ['Kementerian Koordinator Bidang Kesejahteraan Rakyat', '2014-10-27'],
      ['Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan', null],
    ]);
    expect(pmk.memberships.filter((m) => m.role === 'chair')).toHaveLength(3);
    const kumham = (
      await kupang.request('GET', `/api/institutions/${ids.institution('KEMENKUMHAM')}`)
    ).json<Detail>();
    expect(kumham.successor).toEqual({
      id: ids.institution('KEMENKUM'),
      name: 'Kementerian Hukum',
    });
    const kum = (
      await kupang.request('GET', `/api/institutions/${ids.institution('KEMENKUM')}`)
    ).json<Detail>();
    expect(kum.predecessors.map((p) => p.id)).toEqual([ids.institution('KEMENKUMHAM')]);
  });

  it('shows only the seats on task forces the reader may see', async () => {
    const url = `/api/institutions/${ids.institution('DP3A-53')}`;
    const forAdmin = (await admin.request('GET', url)).json<Detail>();
    expect(forAdmin.memberships.length).toBeGreaterThan(0);
    const forJateng = await jateng.request('GET', url);
    expect(forJateng.status).toBe(200);
    expect(forJateng.json<Detail>().memberships).toEqual([]);
  });

  it('answers 404 for an unknown id', async () => {
    const res = await kupang.request(
      'GET',
      '/api/institutions/00000000-0000-4000-8000-000000000000',
    );
    expect(res.status).toBe(404);
  });
});

describe('changing institutions', () => {
  it('registers an institution, stores names exactly as typed, refuses a duplicate code', async () => {
    const name = `'; drop table users; -- <script>alert(1)</script>`;
    const res = await admin.request('POST', '/api/institutions', newInstitution({ name }));
    expect(res.status).toBe(201);
    const created = res.json<Detail>();
    expect(created).toMatchObject({ code: 'LSM-UJI', name, abbreviation: 'LUC', active: true });
    expect(
      (await admin.request('GET', `/api/institutions/${created.id}`)).json<Detail>().name,
    ).toBe(name);
    const dup = await admin.request('POST', '/api/institutions', newInstitution());
    expect(dup.status).toBe(409);
    expect(dup.json<FieldErrors>().error.fields).toEqual([
      { path: 'code', message: 'Kode sudah dipakai instansi lain' },
    ]);
  });

  it('names the invalid field in Indonesian by default and in English on request', async () => {
    const body = newInstitution({ code: 'lower case' });
    const id = await admin.request('POST', '/api/institutions', body);
    expect(id.status).toBe(400);
    expect(id.json<FieldErrors>().error.fields).toEqual([
      { path: 'code', message: 'Kode hanya boleh huruf besar, angka, - dan _' },
    ]);
    const en = await admin.request('POST', '/api/institutions', body, { 'accept-language': 'en' });
    expect(en.json<FieldErrors>().error.fields).toEqual([
      { path: 'code', message: 'Code may only contain capital letters, digits, - and _' },
    ]);
    const unknown = await admin.request(
      'POST',
      '/api/institutions',
      newInstitution({ code: 'X-1', boss: 'x' }),
    );
    expect(unknown.status).toBe(400);
    expect(unknown.json<FieldErrors>().error.fields?.[0]?.message).toMatch(/boss/);
  });

  it('sets a successor but refuses itself and cycles', async () => {
    const a = (
      await admin.request('POST', '/api/institutions', newInstitution({ code: 'CYC-A' }))
    ).json<Detail>();
    const b = (
      await admin.request('POST', '/api/institutions', newInstitution({ code: 'CYC-B' }))
    ).json<Detail>();
    const self = await admin.request('PATCH', `/api/institutions/${a.id}`, { successorId: a.id });
    expect(self.status).toBe(400);
    expect(self.json<FieldErrors>().error.fields?.[0]?.path).toBe('successorId');
    const ok = await admin.request('PATCH', `/api/institutions/${a.id}`, {
      successorId: b.id,
      active: false,
    });
    expect(ok.status).toBe(200);
    expect(ok.json<Detail>()).toMatchObject({ active: false, successor: { id: b.id } });
    const cycle = await admin.request('PATCH', `/api/institutions/${b.id}`, { successorId: a.id });
    expect(cycle.status).toBe(400);
    const audit = await admin.request(
      'GET',
      `/api/audit?entityType=institution&entityId=${a.id}&action=institution.updated`,
    );
    const [entry] = audit.json<{ items: Array<{ before: unknown; after: unknown }> }>().items;
    expect(entry?.before).toMatchObject({ active: true, successorId: null });
    expect(entry?.after).toMatchObject({ active: false, successorId: b.id });
  });

  it('renames: the current name ends the day the new one starts', async () => {
    const inst = (
      await admin.request('POST', '/api/institutions', newInstitution({ code: 'REN-1' }))
    ).json<Detail>();
    const early = await admin.request('POST', `/api/institutions/${inst.id}/names`, {
      name: 'Terlalu Awal',
      abbreviation: 'TA',
      validFrom: '2020-01-01',
    });
    expect(early.status).toBe(400);
    expect(early.json<FieldErrors>().error.fields?.[0]?.path).toBe('validFrom');
    const res = await admin.request('POST', `/api/institutions/${inst.id}/names`, {
      name: 'Lembaga Uji Coba Baru',
      abbreviation: 'LUCB',
      validFrom: '2024-10-21',
      legalBasis: 'Perpres Uji 1/2024',
    });
    expect(res.status).toBe(201);
    const renamed = res.json<Detail>();
    expect(renamed.name).toBe('Lembaga Uji Coba Baru');
    expect(renamed.names.map((n) => [n.name, n.validFrom, n.validTo])).toEqual([
      ['Lembaga Uji Coba', '2020-01-01', '2024-10-21'],
      ['Lembaga Uji Coba Baru', '2024-10-21', null],
    ]);
  });

  it('a province secretariat manages bodies of its province only', async () => {
    const own = await jateng.request(
      'POST',
      '/api/institutions',
      newInstitution({ code: 'DINAS-33-UJI', kind: 'regional_government', regionCode: '33.74' }),
    );
    expect(own.status).toBe(201);
    const other = await jateng.request(
      'POST',
      '/api/institutions',
      newInstitution({ code: 'DINAS-53-UJI', kind: 'regional_government', regionCode: '53' }),
    );
    expect(other.status).toBe(403);
    const national = await jateng.request(
      'POST',
      '/api/institutions',
      newInstitution({ code: 'NAS-UJI' }),
    );
    expect(national.status).toBe(403);
    const kpai = await jateng.request('PATCH', `/api/institutions/${ids.institution('KPAI')}`, {
      active: false,
    });
    expect(kpai.status).toBe(403);
    const dp3a = await jateng.request('PATCH', `/api/institutions/${ids.institution('DP3A-33')}`, {
      active: true,
    });
    expect(dp3a.status).toBe(200);
  });
});
