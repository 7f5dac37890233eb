import type { App } from '../../src/platform/http/types.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** A signed-in client: keeps the session cookie and sends the CSRF token on writes. */
export type Client = {
  cookie: string;
  csrf: string;
  request(
    method: Method,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; json: <T = Record<string, unknown>>() => T; body: string }>;
};

export async function signInAs(app: App, email: string, password = 'sigap-demo'): Promise<Client> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
  });
  if (res.statusCode !== 200)
    throw new Error(`sign-in as ${email} failed: ${res.statusCode} ${res.body}`);
  const setCookie = res.headers['set-cookie'];
  const raw = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  const cookie = (raw ?? '').split(';')[0] ?? '';
  const body = res.json() as { status: string; me?: { csrfToken: string } };
  return clientFor(app, cookie, body.me?.csrfToken ?? '');
}

export function clientFor(app: App, cookie: string, csrf: string): Client {
  return {
    cookie,
    csrf,
    async request(method, url, body, headers = {}) {
      const res = await app.inject({
        method,
        url,
        headers: { cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': csrf }), ...headers },
        ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
      });
      return { status: res.statusCode, json: <T>() => res.json() as T, body: res.body };
    },
  };
}
