import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs } from './support/session.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Walks every registered route, so a route added later without a guard fails here: only the
 * listed routes are public, every other answers 401 without a session, and every write answers
 * 403 without the session's CSRF token.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const PUBLIC = [
  'GET /healthz',
  'GET /api/openapi.json',
  'GET /api/settings',
  'POST /api/auth/login',
  // the suppressed public statistics of victims (issue 4)
  'GET /api/public/case-stats',
  'GET /api/public/case-stats.csv',
  'GET /api/public/case-stats.xlsx',
];
const ZERO_ID = '00000000-0000-4000-8000-000000000000';

function concrete(url: string): string {
  return url.replace(/:code\b/, '11').replace(/:(\w+)/g, ZERO_ID);
}

function apiRoutes() {
  return t.app.registeredRoutes.filter(
    (r) => (r.url.startsWith('/api/') && !r.url.startsWith('/api/docs')) || r.url === '/healthz',
  );
}

describe('every route is guarded', () => {
  it('only the intended routes are public', () => {
    const open = apiRoutes()
      .filter((r) => r.auth === 'public')
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(open).toEqual([...PUBLIC].sort());
  });

  it('every other route answers 401 without a session', async () => {
    const guarded = apiRoutes().filter((r) => r.auth !== 'public');
    expect(guarded.length).toBeGreaterThan(30);
    for (const r of guarded) {
      const res = await t.app.inject({
        method: r.method as 'GET',
        url: concrete(r.url),
        ...(r.method === 'GET' ? {} : { payload: {} }),
      });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
      expect(res.json().error.code, `${r.method} ${r.url}`).toBe('UNAUTHENTICATED');
    }
  });

  it('every write answers 403 without the CSRF token, even for an administrator', async () => {
    const admin = await signInAs(t.app, 'admin@sigap.local');
    const writes = apiRoutes().filter((r) => r.auth !== 'public' && r.method !== 'GET');
    expect(writes.length).toBeGreaterThan(15);
    for (const r of writes) {
      const res = await t.app.inject({
        method: r.method as 'POST',
        url: concrete(r.url),
        headers: { cookie: admin.cookie },
        payload: {},
      });
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(403);
      expect(res.json().error.code, `${r.method} ${r.url}`).toBe('CSRF_FAILED');
    }
  });
});
