import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs } from './support/session.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { SIGAP_LOGIN_MAX_FAILURES: '3', SIGAP_LOGIN_LOCK_MINUTES: '1' } });
});
afterAll(() => t.close());

describe('sign-in', () => {
  it('signs in with the demo password and answers /api/me', async () => {
    const admin = await signInAs(t.app, 'admin@sigap.local');
    const me = await admin.request('GET', '/api/me');
    expect(me.status).toBe(200);
    const body = me.json<{
      user: {
        email: string;
        role: string;
        institution: { code: string };
        scope: { level: string };
      };
      demo: boolean;
    }>();
    expect(body.user).toMatchObject({
      email: 'admin@sigap.local',
      role: 'admin',
      institution: { code: 'KEMENPPPA' },
      scope: { level: 'national' },
    });
    expect(body.demo).toBe(true);
  });

  it('refuses a wrong password in the requested language and locks after repeated failures', async () => {
    const wrong = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'accept-language': 'en' },
        payload: { email: 'analis@sigap.local', password: 'nope' },
      });
    const first = await wrong();
    expect(first.statusCode).toBe(401);
    expect(first.json().error).toEqual({
      code: 'INVALID_CREDENTIALS',
      message: 'Wrong e-mail or password',
    });
    await wrong();
    expect((await wrong()).statusCode).toBe(423);
    // locked: even the right password is refused until the lock expires
    const right = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'analis@sigap.local', password: 'sigap-demo' },
    });
    expect(right.statusCode).toBe(423);
    expect(right.json().error.message).toMatch(/dikunci/);
  });

  it('does not reveal whether an e-mail exists', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'nobody@sigap.local', password: 'x' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('requires a session for the API and a CSRF token for writes', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/me' })).statusCode).toBe(401);
    const admin = await signInAs(t.app, 'admin@sigap.local');
    const res = await admin.request('POST', '/api/auth/logout-all', undefined, {
      'x-csrf-token': 'forged',
    });
    expect(res.status).toBe(403);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('CSRF_FAILED');
  });

  it('signs out everywhere', async () => {
    const a = await signInAs(t.app, 'pelapor@sigap.local');
    const b = await signInAs(t.app, 'pelapor@sigap.local');
    expect((await a.request('POST', '/api/auth/logout-all')).json()).toEqual({ revoked: 2 });
    expect((await b.request('GET', '/api/me')).status).toBe(401);
  });
});
