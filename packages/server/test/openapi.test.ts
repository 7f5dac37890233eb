import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ demo: false });
});
afterAll(() => t.close());

describe('OpenAPI', () => {
  it('is a valid OpenAPI 3.1 document that documents every route', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ openapi: string; paths: Record<string, Record<string, unknown>> }>();
    expect(doc.openapi).toBe('3.1.0');
    const validator = new Validator();
    const result = await validator.validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);

    const documented = new Set(
      Object.entries(doc.paths).flatMap(([p, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
      ),
    );
    const api = t.app.registeredRoutes.filter(
      (r) =>
        (r.url.startsWith('/api/') || r.url === '/healthz') &&
        !r.hidden &&
        !r.url.startsWith('/api/docs'),
    );
    expect(api.length).toBeGreaterThan(15);
    for (const r of api)
      expect(documented, `${r.method} ${r.url}`).toContain(
        `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`,
      );
  });

  it('serves an API reference page', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/html/);
  });

  it('reports health with the database kind and migration', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.json()).toEqual({
      status: 'ok',
      db: process.env.SIGAP_TEST_DB === 'postgres' ? 'postgres' : 'pglite',
      migration: expect.stringMatching(/^\d{4}_/),
    });
  });
});
