import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signInAs } from './support/session.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let admin: Client;
let kemensosId: string;
beforeAll(async () => {
  t = await startTestApp();
  admin = await signInAs(t.app, 'admin@sigap.local');
  const pelapor = (await admin.request('GET', '/api/users?q=pelapor@')).json<{
    items: Array<{ institution: { id: string } }>;
  }>();
  kemensosId = pelapor.items[0]?.institution.id ?? '';
});
afterAll(() => t.close());

describe('user administration', () => {
  it('an administrator creates a user who then signs in and must change the password', async () => {
    const res = await admin.request('POST', '/api/users', {
      email: 'Siti.Rahma@Kemensos.go.id',
      fullName: 'Siti Rahma',
      role: 'reporter',
      institutionId: kemensosId,
      scopeLevel: 'province',
      scopeRegionCode: '53',
      password: 'sementara-2026',
    });
    expect(res.status).toBe(201);
    expect(res.json()).toMatchObject({
      email: 'siti.rahma@kemensos.go.id',
      mustChangePassword: true,
      scope: { level: 'province', regionCode: '53', regionName: 'Nusa Tenggara Timur' },
    });

    const siti = await signInAs(t.app, 'siti.rahma@kemensos.go.id', 'sementara-2026');
    expect(
      (await siti.request('GET', '/api/me')).json<{ user: { mustChangePassword: boolean } }>().user
        .mustChangePassword,
    ).toBe(true);
    const weak = await siti.request('POST', '/api/auth/password', {
      currentPassword: 'sementara-2026',
      newPassword: 'short',
    });
    expect(weak.status).toBe(400);
    const changed = await siti.request('POST', '/api/auth/password', {
      currentPassword: 'sementara-2026',
      newPassword: 'kupang-aman-2026',
    });
    expect(changed.status).toBe(200);
    await expect(signInAs(t.app, 'siti.rahma@kemensos.go.id', 'sementara-2026')).rejects.toThrow(
      /401/,
    );
    const again = await signInAs(t.app, 'siti.rahma@kemensos.go.id', 'kupang-aman-2026');
    expect(
      (await again.request('GET', '/api/me')).json<{ user: { mustChangePassword: boolean } }>().user
        .mustChangePassword,
    ).toBe(false);
  });

  it('refuses a duplicate e-mail, naming the field', async () => {
    const res = await admin.request('POST', '/api/users', {
      email: 'ADMIN@sigap.local',
      fullName: 'Dup',
      role: 'analyst',
      institutionId: kemensosId,
      scopeLevel: 'national',
      password: 'abcdefgh1234',
    });
    expect(res.status).toBe(409);
    expect(res.json<{ error: { fields: unknown[] } }>().error.fields).toEqual([
      { path: 'email', message: 'E-mail sudah dipakai pengguna lain' },
    ]);
  });

  it('a reset password ends the user’s sessions and lifts a lock-out', async () => {
    const analyst = await signInAs(t.app, 'analis@sigap.local');
    const id = (await analyst.request('GET', '/api/me')).json<{ user: { id: string } }>().user.id;
    const reset = await admin.request('POST', `/api/users/${id}/reset-password`, {
      newPassword: 'baru-sekali-99',
    });
    expect(reset.status).toBe(200);
    expect((await analyst.request('GET', '/api/me')).status).toBe(401);
    await signInAs(t.app, 'analis@sigap.local', 'baru-sekali-99');
  });

  it('administrators cannot lock themselves out', async () => {
    const me = (await admin.request('GET', '/api/me')).json<{ user: { id: string } }>();
    const res = await admin.request('PATCH', `/api/users/${me.user.id}`, { active: false });
    expect(res.status).toBe(403);
  });

  it('a deactivated user cannot sign in', async () => {
    const list = (await admin.request('GET', '/api/users?q=kupang@')).json<{
      items: Array<{ id: string }>;
    }>();
    const id = list.items[0]?.id;
    expect((await admin.request('PATCH', `/api/users/${id}`, { active: false })).status).toBe(200);
    await expect(signInAs(t.app, 'kupang@sigap.local')).rejects.toThrow(/401/);
    expect((await admin.request('PATCH', `/api/users/${id}`, { active: true })).status).toBe(200);
  });

  it('a province secretariat sees only users of its own province and cannot manage users', async () => {
    const jateng = await signInAs(t.app, 'jateng@sigap.local');
    const list = (await jateng.request('GET', '/api/users?pageSize=100')).json<{
      items: Array<{ scope: { regionCode: string | null } }>;
    }>();
    expect(list.items.length).toBeGreaterThan(0);
    for (const u of list.items) expect(u.scope.regionCode?.startsWith('33')).toBe(true);
    const create = await jateng.request('POST', '/api/users', {
      email: 'x@jateng.go.id',
      fullName: 'X',
      role: 'reporter',
      institutionId: kemensosId,
      scopeLevel: 'province',
      scopeRegionCode: '33',
      password: 'abcdefgh1234',
    });
    expect(create.status).toBe(403);
    const admins = (await admin.request('GET', '/api/users?q=admin@')).json<{
      items: Array<{ id: string }>;
    }>();
    expect((await jateng.request('GET', `/api/users/${admins.items[0]?.id}`)).status).toBe(403);
  });
});
