import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/features/demo/seed-demo.js';
import { serviceUnits } from '../src/features/service-units/schema.js';
import { loadNationalTaskForce } from '../src/features/task-forces/load-national-task-force.js';
import {
  subTaskForces,
  taskForceMemberships,
  taskForces,
} from '../src/features/task-forces/schema.js';
import { type FieldErrors, ids, listAll, today } from './support/organisations.js';
import { type Client, signInAs } from './support/session.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type TaskForce = {
  id: string;
  level: string;
  regionCode: string | null;
  name: string;
  active: boolean;
};
type Seat = {
  id: string;
  institution: { code: string; name: string };
  role: string;
  position: string | null;
  legalBasis: string;
  validFrom: string;
  validTo: string | null;
};
type Detail = TaskForce & {
  subTaskForces: Array<{
    id: string;
    strategyCode: string | null;
    coordinator: { id: string } | null;
  }>;
  memberships: Seat[];
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

const national = () => `/api/task-forces/${ids.nationalTaskForce}`;
const seatsOn = async (date: string) =>
  (await kupang.request('GET', `${national()}?asOf=${date}`)).json<Detail>().memberships;
const codesOf = (seats: Seat[]) => seats.map((s) => s.institution.code);

describe('the national task force over time', () => {
  it('as of 2010 has the Perpres 69/2008 composition, under the names of the time', async () => {
    const seats = await seatsOn('2010-01-01');
    expect(new Set(seats.map((s) => s.legalBasis))).toEqual(new Set(['Perpres 69/2008']));
    expect(seats[0]).toMatchObject({
      role: 'chair',
      institution: {
        code: 'KEMENKO_PMK',
        name: 'Kementerian Koordinator Bidang Kesejahteraan Rakyat',
      },
    });
    expect(seats[1]).toMatchObject({ role: 'daily_chair', institution: { code: 'KEMENPPPA' } });
    expect(codesOf(seats)).not.toContain('TNI');
    expect(seats.length).toBeGreaterThanOrEqual(17);
  });

  it('in 2022 has the Perpres 22/2021 composition', async () => {
    const seats = await seatsOn('2022-06-01');
    expect(new Set(seats.map((s) => s.legalBasis))).toEqual(new Set(['Perpres 22/2021']));
    expect(seats.find((s) => s.role === 'daily_chair')?.institution.code).toBe('KEMENPPPA');
  });

  it('today has the Perpres 49/2023 composition: two chairs, Kapolri as daily chair', async () => {
    const seats = await seatsOn(today());
    expect(seats.every((s) => s.legalBasis.startsWith('Perpres 49/2023'))).toBe(true);
    const lead = seats.slice(0, 4).map((s) => [s.role, s.institution.code, s.position]);
    expect(lead).toEqual([
      ['chair', 'KEMENKO_POLHUKAM', 'Ketua I'],
      ['chair', 'KEMENKO_PMK', 'Ketua II'],
      ['daily_chair', 'POLRI', 'Ketua Harian (Kapolri)'],
      ['secretariat', 'POLRI', 'Sekretariat (unit kerja Polri)'],
    ]);
    for (const added of ['TNI', 'PPATK', 'KKP', 'BP2MI', 'KEMENPPPA'])
      expect(codesOf(seats)).toContain(added);
    // ministries dissolved in 2024 hand their seat to their successors
    expect(codesOf(seats)).toContain('KEMENDIKDASMEN');
    expect(codesOf(seats)).not.toContain('KEMENDIKBUD');
  });

  it('without a date lists every seat ever held, newest first', async () => {
    const all = (await kupang.request('GET', national())).json<Detail>().memberships;
    const starts = all.map((s) => s.validFrom);
    expect(starts).toEqual([...starts].sort().reverse());
    expect(all.length).toBeGreaterThan((await seatsOn(today())).length);
  });

  it('has one sub-task-force per RAN strategy with its coordinator', async () => {
    const tf = (await kupang.request('GET', national())).json<Detail>();
    expect(tf.subTaskForces.map((s) => s.strategyCode)).toEqual([
      'pencegahan',
      'rehabilitasi_kesehatan',
      'rehabilitasi_sosial',
      'norma_hukum',
      'penegakan_hukum',
      'koordinasi',
    ]);
    expect(tf.subTaskForces[4]?.coordinator?.id).toBe(ids.institution('POLRI'));
  });

  it('refuses a malformed date', async () => {
    expect((await kupang.request('GET', `${national()}?asOf=2010-13-01`)).status).toBe(400);
  });
});

describe('listing and reading by scope', () => {
  it('a kabupaten user sees the national, provincial and own task force only', async () => {
    const seen = await listAll<TaskForce>(kupang, '/api/task-forces');
    expect(seen.map((tf) => tf.regionCode)).toEqual([null, '53', '53.01']);
  });

  it('a province user sees the national task force, the province and its kabupaten/kota', async () => {
    const seen = await listAll<TaskForce>(jateng, '/api/task-forces');
    expect(seen[0]?.regionCode).toBeNull();
    expect(seen.slice(1).every((tf) => tf.regionCode?.startsWith('33'))).toBe(true);
    expect(seen.length).toBeGreaterThanOrEqual(5);
  });

  it('filters by region prefix, level and name', async () => {
    const ntt = await listAll<TaskForce>(admin, '/api/task-forces?regionCode=53');
    expect(ntt.map((tf) => tf.regionCode)).toEqual(['53', '53.01', '53.02', '53.04', '53.71']);
    const provinces = await listAll<TaskForce>(admin, '/api/task-forces?level=province');
    expect(provinces).toHaveLength(8);
    const kupangs = await listAll<TaskForce>(admin, '/api/task-forces?q=kupang');
    expect(kupangs.map((tf) => tf.regionCode)).toEqual(['53.01', '53.71']);
  });

  it('answers 404 for a task force outside the reader’s sight', async () => {
    const other = await kupang.request('GET', `/api/task-forces/${ids.taskForce('53.71')}`);
    expect(other.status).toBe(404);
    expect((await kupang.request('GET', `/api/task-forces/${ids.taskForce('53')}`)).status).toBe(
      200,
    );
  });
});

describe('managing task forces', () => {
  const newTaskForce = (over: Record<string, unknown> = {}) => ({
    level: 'regency',
    regionCode: '33.03',
    name: 'Gugus Tugas PP TPPO Kabupaten Purbalingga',
    legalBasisNumber: 'Peraturan Bupati Uji Nomor 1 Tahun 2026',
    legalBasisDate: '2026-01-05',
    ...over,
  });

  it('a province secretariat forms a kabupaten task force; a second active one is refused', async () => {
    const res = await jateng.request('POST', '/api/task-forces', newTaskForce());
    expect(res.status).toBe(201);
    expect(res.json<Detail>()).toMatchObject({
      regionCode: '33.03',
      memberships: [],
      subTaskForces: [],
    });
    const dup = await jateng.request('POST', '/api/task-forces', newTaskForce());
    expect(dup.status).toBe(409);
    expect(dup.json<FieldErrors>().error.fields?.[0]?.path).toBe('regionCode');
  });

  it('checks that the level matches the region and that the region exists', async () => {
    const mismatch = await jateng.request(
      'POST',
      '/api/task-forces',
      newTaskForce({ level: 'province' }),
    );
    expect(mismatch.status).toBe(400);
    expect(mismatch.json<FieldErrors>().error.fields?.[0]?.path).toBe('regionCode');
    const national = await admin.request(
      'POST',
      '/api/task-forces',
      newTaskForce({ level: 'national' }),
    );
    expect(national.status).toBe(400);
    const missing = await jateng.request(
      'POST',
      '/api/task-forces',
      newTaskForce({ regionCode: '33.99' }),
    );
    expect(missing.status).toBe(400);
    expect(missing.json<FieldErrors>().error.fields?.[0]?.path).toBe('regionCode');
  });

  it('refuses regions outside the secretariat’s scope and the national task force', async () => {
    const ntt = await jateng.request(
      'POST',
      '/api/task-forces',
      newTaskForce({ regionCode: '53.05' }),
    );
    expect(ntt.status).toBe(403);
    const nat = await jateng.request(
      'POST',
      '/api/task-forces',
      newTaskForce({ level: 'national', regionCode: null }),
    );
    expect(nat.status).toBe(403);
    expect((await jateng.request('PATCH', national(), { name: 'X' })).status).toBe(403);
    // another province's task force is not even visible
    expect(
      (await jateng.request('PATCH', `/api/task-forces/${ids.taskForce('53')}`, { name: 'X' }))
        .status,
    ).toBe(404);
  });

  it('updates, audits the change, and keeps one active task force per region', async () => {
    const url = `/api/task-forces/${ids.taskForce('33.74')}`;
    const res = await jateng.request('PATCH', url, {
      legalBasisTitle: 'Judul Baru',
      active: false,
    });
    expect(res.status).toBe(200);
    expect(res.json<Detail>()).toMatchObject({ legalBasisTitle: 'Judul Baru', active: false });
    const replacement = await jateng.request(
      'POST',
      '/api/task-forces',
      newTaskForce({ regionCode: '33.74', name: 'Gugus Tugas Baru Kota Semarang' }),
    );
    expect(replacement.status).toBe(201);
    const reactivate = await jateng.request('PATCH', url, { active: true });
    expect(reactivate.status).toBe(409);
    const audit = await admin.request(
      'GET',
      `/api/audit?entityType=task_force&entityId=${ids.taskForce('33.74')}`,
    );
    const entry = audit.json<{
      items: Array<{ action: string; before: unknown; after: unknown }>;
    }>().items[0];
    expect(entry).toMatchObject({
      action: 'task_force.updated',
      before: { active: true },
      after: { active: false, legalBasisTitle: 'Judul Baru' },
    });
  });

  it('adds sub-task-forces and seats, checking what they point at', async () => {
    const tf = `/api/task-forces/${ids.taskForce('33')}`;
    const badCoordinator = await jateng.request('POST', `${tf}/sub-task-forces`, {
      name: 'Sub Uji',
      coordinatorInstitutionId: '00000000-0000-4000-8000-000000000000',
    });
    expect(badCoordinator.status).toBe(400);
    const sub = await jateng.request('POST', `${tf}/sub-task-forces`, {
      name: 'Sub Gugus Tugas Rehabilitasi Kesehatan',
      strategyCode: 'rehabilitasi_kesehatan',
      coordinatorInstitutionId: ids.institution('KEMENKES'),
    });
    expect(sub.status).toBe(201);
    const subId = sub.json<{ id: string }>().id;
    const seat = {
      institutionId: ids.institution('KEMENKES'),
      role: 'sub_task_force_coordinator',
      subTaskForceId: subId,
      legalBasis: 'Peraturan Gubernur Uji',
      validFrom: '2026-01-01',
    };
    const added = await jateng.request('POST', `${tf}/memberships`, seat);
    expect(added.status).toBe(201);
    expect(added.json<Seat>()).toMatchObject({ institution: { code: 'KEMENKES' }, validTo: null });
    const foreignSub = (await admin.request('GET', national())).json<Detail>().subTaskForces[0]?.id;
    const wrongSub = await jateng.request('POST', `${tf}/memberships`, {
      ...seat,
      subTaskForceId: foreignSub,
    });
    expect(wrongSub.status).toBe(400);
    expect(wrongSub.json<FieldErrors>().error.fields?.[0]?.path).toBe('subTaskForceId');
    const noInst = await jateng.request('POST', `${tf}/memberships`, {
      ...seat,
      institutionId: '00000000-0000-4000-8000-000000000000',
    });
    expect(noInst.json<FieldErrors>().error.fields?.[0]?.path).toBe('institutionId');
    const backwards = await jateng.request('POST', `${tf}/memberships`, {
      ...seat,
      validTo: '2025-01-01',
    });
    expect(backwards.status).toBe(400);
    expect(backwards.json<FieldErrors>().error.fields?.[0]).toEqual({
      path: 'validTo',
      message: 'Tanggal berakhir harus sesudah tanggal mulai',
    });
  });

  it('ends a seat after it began, once, and only on its own task force', async () => {
    const tf = `/api/task-forces/${ids.taskForce('33')}`;
    const seat = (await jateng.request('GET', tf)).json<Detail>().memberships[0];
    if (!seat) throw new Error('demo task force has no seats');
    const end = `${tf}/memberships/${seat.id}/end`;
    expect((await jateng.request('POST', end, { validTo: seat.validFrom })).status).toBe(400);
    const ok = await jateng.request('POST', end, { validTo: '2026-06-30' });
    expect(ok.status).toBe(200);
    expect(ok.json<Seat>().validTo).toBe('2026-06-30');
    expect((await jateng.request('POST', end, { validTo: '2026-07-30' })).status).toBe(409);
    const elsewhere = `/api/task-forces/${ids.taskForce('33.74')}/memberships/${seat.id}/end`;
    expect((await jateng.request('POST', elsewhere, { validTo: '2026-07-30' })).status).toBe(404);
  });
});

describe('reference and demo data', () => {
  it('loads again without adding or changing anything', async () => {
    const db = t.database.db;
    const counts = async () =>
      Promise.all(
        [taskForces, subTaskForces, taskForceMemberships, serviceUnits].map(async (table) => {
          const [row] = await db.select({ n: count() }).from(table);
          return row?.n;
        }),
      );
    const before = await counts();
    await db.transaction((tx) => loadNationalTaskForce(tx));
    await seedDemo(t.database);
    expect(await counts()).toEqual(before);
  });
});
