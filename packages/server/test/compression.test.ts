import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signInAs } from './support/session.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let secretariat: Client;
beforeAll(async () => {
  t = await startTestApp();
  secretariat = await signInAs(t.app, 'sekretariat@sigap.local');
});
afterAll(() => t.close());

describe('compressed answers for slow connections', () => {
  it('gzips a large answer for a client that accepts it, also when it comes from the read cache', async () => {
    const url = '/api/regions?level=regency&pageSize=200';
    const plain = await secretariat.request('GET', url);
    expect(plain.status).toBe(200);
    expect(plain.body.length).toBeGreaterThan(2048);
    for (let i = 0; i < 2; i++) {
      const res = await t.app.inject({
        method: 'GET',
        url,
        headers: { cookie: secretariat.cookie, 'accept-encoding': 'gzip' },
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-encoding']).toBe('gzip');
      const body = gunzipSync(res.rawPayload).toString('utf8');
      expect(JSON.parse(body)).toEqual(JSON.parse(plain.body));
      expect(res.rawPayload.length).toBeLessThan(plain.body.length / 3);
    }
  });

  it('leaves small answers and clients that do not ask for it alone', async () => {
    const small = await t.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(small.headers['content-encoding']).toBeUndefined();
    const plain = await secretariat.request('GET', '/api/regions?level=regency&pageSize=200');
    expect(JSON.parse(plain.body).items.length).toBe(200);
  });
});
