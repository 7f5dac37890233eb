import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../src/features/identity/schema.js';
import { totpCodeAt } from '../src/features/identity/totp.js';
import { clientFor, signInAs } from './support/session.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** A production-like installation: demo accounts, but two-factor enforced by configuration. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({
    demoFlag: false,
    env: { SIGAP_2FA_REQUIRED_ROLES: 'admin,case_worker' },
  });
});
afterAll(() => t.close());

async function loginRaw(email: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password: 'sigap-demo' },
  });
  const cookie = String(res.headers['set-cookie']).split(';')[0] ?? '';
  return { res, cookie };
}

describe('two-factor sign-in', () => {
  it('holds a role that requires it at enrolment until an authenticator is set up', async () => {
    const worker = await signInAs(t.app, 'petugas@sigap.local');
    const me = await worker.request('GET', '/api/me');
    expect(me.status).toBe(200);
    expect(me.json<{ twoFactor: unknown }>().twoFactor).toEqual({
      enabled: false,
      required: true,
      enrolmentPending: true,
    });
    // everything else is refused until enrolment is done
    const blocked = await worker.request('GET', '/api/reference/strategies');
    expect(blocked.status).toBe(403);
    expect(blocked.json<{ error: { code: string } }>().error.code).toBe(
      'TWO_FACTOR_ENROLMENT_REQUIRED',
    );

    const setup = (await worker.request('POST', '/api/auth/totp/setup')).json<{
      secret: string;
      otpauthUrl: string;
    }>();
    expect(setup.otpauthUrl).toMatch(/^otpauth:\/\/totp\/Sigap:/);
    const wrong = await worker.request('POST', '/api/auth/totp/enable', { code: '000000' });
    expect(wrong.status).toBe(400);
    const ok = await worker.request('POST', '/api/auth/totp/enable', {
      code: totpCodeAt(setup.secret, Date.now()),
    });
    expect(ok.status).toBe(200);
    expect((await worker.request('GET', '/api/reference/strategies')).status).toBe(200);

    // the secret is stored encrypted, never in clear
    const [row] = await t.database.db
      .select()
      .from(users)
      .where(eq(users.email, 'petugas@sigap.local'));
    expect(row?.totpSecretEnc).toMatch(/^v1:/);
    expect(row?.totpSecretEnc).not.toContain(setup.secret);

    // the next sign-in asks for a code; the session is useless until it is given
    const { res, cookie } = await loginRaw('petugas@sigap.local');
    const step = res.json<{ status: string; csrfToken: string }>();
    expect(step.status).toBe('totp_required');
    const pending = clientFor(t.app, cookie, '');
    expect(
      (await pending.request('GET', '/api/me')).json<{ error: { code: string } }>().error.code,
    ).toBe('TWO_FACTOR_REQUIRED');
    const code = totpCodeAt(setup.secret, Date.now() + 30_000);
    const verified = await t.app.inject({
      method: 'POST',
      url: '/api/auth/totp/verify',
      headers: { cookie, 'x-csrf-token': step.csrfToken },
      payload: { code },
    });
    expect(verified.statusCode).toBe(200);
    const me2 = verified.json<{ user: { email: string }; csrfToken: string }>();
    expect(me2.user.email).toBe('petugas@sigap.local');

    // a code cannot be used twice
    const again = await loginRaw('petugas@sigap.local');
    const replay = await t.app.inject({
      method: 'POST',
      url: '/api/auth/totp/verify',
      headers: {
        cookie: again.cookie,
        'x-csrf-token': again.res.json<{ csrfToken: string }>().csrfToken,
      },
      payload: { code },
    });
    expect(replay.statusCode).toBe(400);

    // a role that requires it cannot turn it off
    const off = await clientFor(t.app, cookie, me2.csrfToken).request(
      'POST',
      '/api/auth/totp/disable',
      { password: 'sigap-demo' },
    );
    expect(off.status).toBe(403);
  });

  it('does not force roles outside the configured list', async () => {
    const analyst = await signInAs(t.app, 'analis@sigap.local');
    const me = (await analyst.request('GET', '/api/me')).json<{
      twoFactor: { required: boolean; enrolmentPending: boolean };
    }>();
    expect(me.twoFactor).toMatchObject({ required: false, enrolmentPending: false });
  });

  it('an administrator can clear a lost authenticator', async () => {
    // the admin must enrol first (admin is in the required list)
    const admin = await signInAs(t.app, 'admin@sigap.local');
    const setup = (await admin.request('POST', '/api/auth/totp/setup')).json<{ secret: string }>();
    await admin.request('POST', '/api/auth/totp/enable', {
      code: totpCodeAt(setup.secret, Date.now() - 30_000),
    });
    const [worker] = await t.database.db
      .select()
      .from(users)
      .where(eq(users.email, 'petugas@sigap.local'));
    const res = await admin.request('POST', `/api/users/${worker?.id}/reset-2fa`);
    expect(res.status).toBe(200);
    const [after] = await t.database.db
      .select()
      .from(users)
      .where(eq(users.email, 'petugas@sigap.local'));
    expect(after).toMatchObject({ totpEnabled: false, totpSecretEnc: null });
  });
});
