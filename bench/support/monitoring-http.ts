// Signing in through the real API (as bench/api.ts does: enrolling an authenticator when the
// role demands two-factor sign-in) and timing one GET from request to the last byte of the body.
import { totpCodeAt } from '../../packages/server/src/features/identity/totp.js';

async function call(
  base: string,
  method: 'GET' | 'POST',
  url: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<{ status: number; json: unknown; setCookie: string[] }> {
  const res = await fetch(`${base}${url}`, {
    method,
    headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, json, setCookie: res.headers.getSetCookie() };
}

function field(obj: unknown, ...keys: string[]): unknown {
  let cur = obj;
  for (const k of keys)
    cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[k] : undefined;
  return cur;
}

/** Signs in and returns the session cookie header of a `full` session. */
export async function signIn(
  base: string,
  email: string,
  password = 'sigap-demo',
): Promise<string> {
  const login = await call(base, 'POST', '/api/auth/login', {}, { email, password });
  const cookie = login.setCookie.find((c) => c.startsWith('sigap_session='))?.split(';')[0];
  if (login.status !== 200 || !cookie)
    throw new Error(`sign-in as ${email} failed: ${login.status} ${JSON.stringify(login.json)}`);
  const csrf = field(login.json, 'me', 'csrfToken');
  if (typeof csrf !== 'string') throw new Error('sign-in answered without a CSRF token');
  const headers = { cookie, 'x-csrf-token': csrf };
  if (field(login.json, 'me', 'twoFactor', 'enrolmentPending') === true) {
    const setup = await call(base, 'POST', '/api/auth/totp/setup', headers);
    const secret = field(setup.json, 'secret');
    if (setup.status !== 200 || typeof secret !== 'string')
      throw new Error(`two-factor setup failed: ${setup.status} ${JSON.stringify(setup.json)}`);
    const enable = await call(base, 'POST', '/api/auth/totp/enable', headers, {
      code: totpCodeAt(secret, Date.now()),
    });
    if (enable.status !== 200)
      throw new Error(
        `two-factor enrolment failed: ${enable.status} ${JSON.stringify(enable.json)}`,
      );
  }
  return cookie;
}

/** One GET, timed to the end of the body; any answer but 200 fails the bench. */
export async function timedGet(
  base: string,
  url: string,
  cookie: string,
): Promise<{ ms: number; bytes: number }> {
  const t0 = performance.now();
  const res = await fetch(`${base}${url}`, { headers: { cookie } });
  const body = await res.arrayBuffer();
  const ms = performance.now() - t0;
  if (res.status !== 200)
    throw new Error(
      `GET ${url}: ${res.status} ${Buffer.from(body).toString('utf8').slice(0, 500)}`,
    );
  return { ms, bytes: body.byteLength };
}
