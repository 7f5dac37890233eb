import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signInAs } from './support/session.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let admin: Client;
let institutionId: string;
beforeAll(async () => {
  t = await startTestApp({ env: { SIGAP_BODY_LIMIT_BYTES: '4096' } });
  admin = await signInAs(t.app, 'admin@sigap.local');
  const me = (await admin.request('GET', '/api/me')).json<{
    user: { institution: { id: string } };
  }>();
  institutionId = me.user.institution.id;
});
afterAll(() => t.close());

const newUser = (over: Record<string, unknown> = {}) => ({
  email: `u${Math.random().toString(36).slice(2, 8)}@sigap.local`,
  fullName: 'Pengguna Uji',
  role: 'analyst',
  institutionId,
  scopeLevel: 'national',
  password: 'rahasia-12345',
  ...over,
});

async function userCount(): Promise<number> {
  return (await admin.request('GET', '/api/users?pageSize=1')).json<{ meta: { total: number } }>()
    .meta.total;
}

describe('bad input', () => {
  it('answers malformed JSON with 400 and changes nothing', async () => {
    const before = await userCount();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: {
        cookie: admin.cookie,
        'x-csrf-token': admin.csrf,
        'content-type': 'application/json',
      },
      payload: '{"email": "a@b.id", ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      error: { code: 'MALFORMED_JSON', message: 'Isi permintaan bukan JSON yang sah' },
    });
    expect(await userCount()).toBe(before);
  });

  it('answers an oversized body with 413', async () => {
    const res = await admin.request('POST', '/api/users', newUser({ fullName: 'x'.repeat(5000) }), {
      'accept-language': 'en',
    });
    expect(res.status).toBe(413);
    expect(res.json<{ error: { code: string; message: string } }>().error).toEqual({
      code: 'BODY_TOO_LARGE',
      message: 'The request body is too large',
    });
  });

  it('answers a non-JSON content type with 415', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'text/plain' },
      payload: 'email=a&password=b',
    });
    expect(res.statusCode).toBe(415);
  });

  it('refuses unknown fields and wrong types, naming each field', async () => {
    const before = await userCount();
    const res = await admin.request(
      'POST',
      '/api/users',
      newUser({ isSuperuser: true, role: 42 }),
      { 'accept-language': 'en' },
    );
    expect(res.status).toBe(400);
    const fields = res.json<{ error: { fields: Array<{ path: string; message: string }> } }>().error
      .fields;
    expect(fields).toContainEqual({
      path: 'role',
      message: expect.stringMatching(/^Must be one of/),
    });
    expect(fields).toContainEqual({ path: '(body)', message: 'Unknown field(s): isSuperuser' });
    expect(await userCount()).toBe(before);
  });

  it('stores text that looks like SQL or HTML exactly as typed', async () => {
    const nasty = `'; drop table users; -- <script>alert("x")</script> & "quotes"`;
    const created = await admin.request('POST', '/api/users', newUser({ fullName: nasty }));
    expect(created.status).toBe(201);
    const id = created.json<{ id: string }>().id;
    const read = await admin.request('GET', `/api/users/${id}`);
    expect(read.json<{ fullName: string }>().fullName).toBe(nasty);
    expect(read.body).not.toContain('<script>alert');
    expect(JSON.parse(read.body).fullName).toBe(nasty);
    const search = await admin.request('GET', `/api/users?q=${encodeURIComponent("'; drop")}`);
    expect(search.json<{ items: unknown[] }>().items).toHaveLength(1);
    expect((await admin.request('GET', '/api/users?pageSize=1')).status).toBe(200);
  });

  it('never sends a stack trace', async () => {
    const res = await admin.request('GET', '/api/users/not-a-uuid');
    expect(res.status).toBe(400);
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
    const unknown = await admin.request('GET', '/api/does-not-exist');
    expect(unknown.status).toBe(404);
    expect(unknown.json()).toEqual({
      error: { code: 'NOT_FOUND', message: 'Data tidak ditemukan' },
    });
  });

  it('caps page sizes', async () => {
    const res = await admin.request('GET', '/api/users?pageSize=100000');
    expect(res.status).toBe(400);
    expect(res.json<{ error: { fields: Array<{ path: string }> } }>().error.fields[0]?.path).toBe(
      'pageSize',
    );
  });
});
