import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signInAs } from './support/session.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let verifier: Client;
beforeAll(async () => {
  t = await startTestApp({ env: { SIGAP_EVIDENCE_MAX_BYTES: '2097152' } });
  verifier = await signInAs(t.app, 'sekretariat@sigap.local');
});
afterAll(() => t.close());

type Page = { items: Array<{ id: string; submittedAt: string | null }>; meta: { total: number } };

describe('the verification queue', () => {
  it('lists the longest-waiting reports first with sort=oldest, across pages', async () => {
    const url = (page: number) =>
      `/api/reports?state=submitted,verified&sort=oldest&pageSize=5&page=${page}`;
    const first = (await verifier.request('GET', url(1))).json<Page>();
    const second = (await verifier.request('GET', url(2))).json<Page>();
    expect(first.meta.total).toBeGreaterThan(5);
    const times = [...first.items, ...second.items].map((r) => r.submittedAt ?? '');
    expect(times.every((s) => s !== '')).toBe(true);
    expect(times).toEqual([...times].sort());
    // the default is newest period first, which puts a different report on top
    const newest = (
      await verifier.request('GET', '/api/reports?state=submitted,verified&pageSize=5')
    ).json<Page>();
    expect(newest.items[0]?.id).not.toBe(first.items[0]?.id);
  });

  it('refuses an unknown order', async () => {
    expect((await verifier.request('GET', '/api/reports?sort=random')).status).toBe(400);
  });
});

describe('public settings', () => {
  it('tell the upload form the largest evidence file the server accepts', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/settings' });
    expect(res.json()).toEqual({ demo: true, evidenceMaxBytes: 2_097_152 });
  });
});
