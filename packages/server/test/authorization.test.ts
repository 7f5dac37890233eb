import { type Permission, type Role, roleHas } from '@sigap/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ids, listAll, unitIn } from './support/organisations.js';
import { type Client, signInAs } from './support/session.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Who may call which write route: every demo account (one per role, plus regional ones) and a
 * province-scoped administrator, against every write route. Expected outcomes come from the
 * role's permissions and an explicit scope rule per route, not from the code under test.
 */
type Account = { email: string; role: Role; region: string | null };
const ACCOUNTS: Account[] = [
  { email: 'admin@sigap.local', role: 'admin', region: null },
  { email: 'sekretariat@sigap.local', role: 'secretariat', region: null },
  { email: 'pelapor@sigap.local', role: 'reporter', region: null },
  { email: 'petugas@sigap.local', role: 'case_worker', region: '53.71' },
  { email: 'analis@sigap.local', role: 'analyst', region: null },
  { email: 'jateng@sigap.local', role: 'secretariat', region: '33' },
  { email: 'kupang@sigap.local', role: 'reporter', region: '53.01' },
  { email: 'admin.jateng@sigap.local', role: 'admin', region: '33' },
];

/** The scope rules: national only, or anything at or under Jawa Tengah (33). */
const nationalOnly = (a: Account) => a.region === null;
const coversJateng = (a: Account) => a.region === null || a.region === '33';

type Call = { method: 'POST' | 'PATCH'; url: string; body: unknown };
type Route = {
  name: string;
  permission: Permission;
  inScope: (a: Account) => boolean;
  call: (i: number) => Call;
};

let t: TestApp;
const clients = new Map<string, Client>();
const seatIds: string[] = [];
let unit33: string;

const TF33 = () => `/api/task-forces/${ids.taskForce('33')}`;
const DP3A33 = () => ids.institution('DP3A-33');
const pad = (n: number) => String(n).padStart(2, '0');

const ROUTES: Route[] = [
  {
    name: 'POST /api/regions',
    permission: 'regions.manage',
    inScope: nationalOnly,
    call: (i) => ({
      method: 'POST',
      url: '/api/regions',
      body: { code: `33.${80 + i}`, name: `Kabupaten Uji ${i}`, validFrom: '2026-01-01' },
    }),
  },
  {
    name: 'PATCH /api/regions/:code',
    permission: 'regions.manage',
    inScope: nationalOnly,
    call: () => ({ method: 'PATCH', url: '/api/regions/33.74', body: { name: 'Kota Semarang' } }),
  },
  {
    name: 'POST /api/regions/lineage',
    permission: 'regions.manage',
    inScope: nationalOnly,
    call: (i) => ({
      method: 'POST',
      url: '/api/regions/lineage',
      body: {
        predecessorCode: '33.01',
        successorCode: `33.${pad(10 + i)}`,
        event: 'split',
        effectiveDate: '2026-01-01',
        legalBasis: 'UU Uji',
      },
    }),
  },
  {
    name: 'POST /api/institutions',
    permission: 'institutions.manage',
    inScope: coversJateng,
    call: (i) => ({
      method: 'POST',
      url: '/api/institutions',
      body: {
        code: `AUTHZ-${i}`,
        name: `Badan Uji ${i}`,
        abbreviation: `BU${i}`,
        kind: 'regional_government',
        regionCode: '33',
        validFrom: '2020-01-01',
      },
    }),
  },
  {
    name: 'PATCH /api/institutions/:id (regional body)',
    permission: 'institutions.manage',
    inScope: coversJateng,
    call: () => ({ method: 'PATCH', url: `/api/institutions/${DP3A33()}`, body: { active: true } }),
  },
  {
    name: 'PATCH /api/institutions/:id (national K/L)',
    permission: 'institutions.manage',
    inScope: nationalOnly,
    call: () => ({
      method: 'PATCH',
      url: `/api/institutions/${ids.institution('KPAI')}`,
      body: { active: true },
    }),
  },
  {
    name: 'POST /api/institutions/:id/names',
    permission: 'institutions.manage',
    inScope: coversJateng,
    // accounts run in order, so each allowed rename starts after the previous one
    call: (i) => ({
      method: 'POST',
      url: `/api/institutions/${DP3A33()}/names`,
      body: {
        name: `DP3A Jawa Tengah ${i}`,
        abbreviation: 'DP3A',
        validFrom: `2030-${pad(i + 1)}-01`,
      },
    }),
  },
  {
    name: 'POST /api/task-forces',
    permission: 'taskForces.manage',
    inScope: coversJateng,
    call: (i) => ({
      method: 'POST',
      url: '/api/task-forces',
      body: {
        level: 'regency',
        regionCode: `33.${pad(3 + i)}`,
        name: `Gugus Tugas Uji ${i}`,
        legalBasisNumber: 'Perbup Uji',
        legalBasisDate: '2026-01-01',
      },
    }),
  },
  {
    name: 'PATCH /api/task-forces/:id (province)',
    permission: 'taskForces.manage',
    inScope: coversJateng,
    call: () => ({ method: 'PATCH', url: TF33(), body: { legalBasisTitle: 'Uji' } }),
  },
  {
    name: 'PATCH /api/task-forces/:id (national)',
    permission: 'taskForces.manage',
    inScope: nationalOnly,
    call: () => ({
      method: 'PATCH',
      url: `/api/task-forces/${ids.nationalTaskForce}`,
      body: { legalBasisDate: '2023-08-10' },
    }),
  },
  {
    name: 'POST /api/task-forces/:id/sub-task-forces',
    permission: 'taskForces.manage',
    inScope: coversJateng,
    call: (i) => ({
      method: 'POST',
      url: `${TF33()}/sub-task-forces`,
      body: { name: `Sub Uji ${i}` },
    }),
  },
  {
    name: 'POST /api/task-forces/:id/memberships',
    permission: 'taskForces.manage',
    inScope: coversJateng,
    call: () => ({
      method: 'POST',
      url: `${TF33()}/memberships`,
      body: {
        institutionId: DP3A33(),
        role: 'member',
        legalBasis: 'Pergub Uji',
        validFrom: '2026-01-01',
      },
    }),
  },
  {
    name: 'POST /api/task-forces/:id/memberships/:membershipId/end',
    permission: 'taskForces.manage',
    inScope: coversJateng,
    call: (i) => ({
      method: 'POST',
      url: `${TF33()}/memberships/${seatIds[i]}/end`,
      body: { validTo: '2026-12-31' },
    }),
  },
  {
    name: 'POST /api/service-units',
    permission: 'serviceUnits.manage',
    inScope: coversJateng,
    call: (i) => ({
      method: 'POST',
      url: '/api/service-units',
      body: { name: `Unit Uji ${i}`, kind: 'p2tp2a', regionCode: '33.74' },
    }),
  },
  {
    name: 'PATCH /api/service-units/:id',
    permission: 'serviceUnits.manage',
    inScope: coversJateng,
    call: (i) => ({ method: 'PATCH', url: `/api/service-units/${unit33}`, body: { capacity: i } }),
  },
];

beforeAll(async () => {
  t = await startTestApp();
  const admin = await signInAs(t.app, 'admin@sigap.local');
  const created = await admin.request('POST', '/api/users', {
    email: 'admin.jateng@sigap.local',
    fullName: 'Admin Provinsi Uji',
    role: 'admin',
    institutionId: DP3A33(),
    scopeLevel: 'province',
    scopeRegionCode: '33',
    password: 'provinsi-uji-2026',
    mustChangePassword: false,
  });
  if (created.status !== 201) throw new Error(created.body);
  for (const a of ACCOUNTS)
    clients.set(
      a.email,
      await signInAs(
        t.app,
        a.email,
        a.email === 'admin.jateng@sigap.local' ? 'provinsi-uji-2026' : undefined,
      ),
    );
  for (const _ of ACCOUNTS) {
    const seat = await admin.request('POST', `${TF33()}/memberships`, {
      institutionId: DP3A33(),
      role: 'member',
      legalBasis: 'Pergub Uji',
      validFrom: '2026-01-01',
    });
    seatIds.push(seat.json<{ id: string }>().id);
  }
  unit33 = await unitIn(admin, '33.74');
});
afterAll(() => t.close());

describe('write routes, for every role and scope', () => {
  for (const route of ROUTES)
    it(route.name, async () => {
      const outcomes: string[] = [];
      const expected: string[] = [];
      for (const [i, account] of ACCOUNTS.entries()) {
        const client = clients.get(account.email);
        if (!client) throw new Error(`not signed in: ${account.email}`);
        const { method, url, body } = route.call(i);
        const res = await client.request(method, url, body);
        const allowed = roleHas(account.role, route.permission) && route.inScope(account);
        outcomes.push(
          `${account.email}: ${res.status >= 200 && res.status < 300 ? 'ok' : res.status}`,
        );
        expected.push(`${account.email}: ${allowed ? 'ok' : 403}`);
      }
      expect(outcomes).toEqual(expected);
    });

  it('every write route is in the table', () => {
    const writes = t.app.registeredRoutes.filter(
      (r) =>
        (r.method === 'POST' || r.method === 'PATCH') &&
        /^\/api\/(regions|institutions|task-forces|service-units)/.test(r.url),
    );
    const covered = new Set(ROUTES.map((r) => r.name.split(' (')[0]));
    for (const w of writes)
      expect(covered, `${w.method} ${w.url}`).toContain(`${w.method} ${w.url}`);
  });

  it('refuses writes without a session', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/service-units', payload: {} });
    expect(res.statusCode).toBe(401);
  });
});

describe('reading across scopes', () => {
  const client = (email: string) => {
    const c = clients.get(email);
    if (!c) throw new Error(`not signed in: ${email}`);
    return c;
  };

  it('the national task force is visible to every account', async () => {
    for (const a of ACCOUNTS) {
      const c = client(a.email);
      const list = await listAll<{ id: string }>(c, '/api/task-forces?level=national');
      expect(
        list.map((tf) => tf.id),
        a.email,
      ).toEqual([ids.nationalTaskForce]);
      expect((await c.request('GET', `/api/task-forces/${ids.nationalTaskForce}`)).status).toBe(
        200,
      );
    }
  });

  it('kupang@ (53.01) cannot list or read units or task forces of Kota Kupang or Jawa Tengah', async () => {
    const kupang = client('kupang@sigap.local');
    const admin = client('admin@sigap.local');
    for (const region of ['53.71', '33', '33.74']) {
      expect(await listAll(kupang, `/api/service-units?regionCode=${region}`)).toEqual([]);
      expect(await listAll(kupang, `/api/task-forces?regionCode=${region}`)).toEqual([]);
      const tf = await kupang.request('GET', `/api/task-forces/${ids.taskForce(region)}`);
      expect(tf.status, `task force ${region}`).toBe(404);
    }
    for (const region of ['53.71', '33.74']) {
      const unit = await unitIn(admin, region);
      expect((await kupang.request('GET', `/api/service-units/${unit}`)).status).toBe(404);
    }
  });

  it('jateng@ (33) manages units in 33.xx but not in 53.xx', async () => {
    const jateng = client('jateng@sigap.local');
    const unit = { name: 'Unit Lintas Wilayah', kind: 'rumah_aman' };
    for (const [regionCode, status] of [
      ['33.01', 201],
      ['33.74', 201],
      ['53.01', 403],
      ['53', 403],
      ['12.71', 403],
    ] as const)
      expect(
        (await jateng.request('POST', '/api/service-units', { ...unit, regionCode })).status,
        regionCode,
      ).toBe(status);
  });
});
