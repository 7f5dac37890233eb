import { ApiError, type ErrorCode } from '@sigap/domain';
import { z } from 'zod';
import { currentLang } from '../i18n/index.js';

export type FieldError = { path: string; message: string };

/** An error answered by the API (or a network failure), with the message to show as is. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | 'NETWORK' | 'INVALID_RESPONSE',
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

export function isApiError(e: unknown): e is ApiRequestError {
  return e instanceof ApiRequestError;
}

/**
 * The session's CSRF token. It comes from /api/me and from the sign-in answer; every
 * state-changing request sends it back in a header (the session cookie itself is httpOnly).
 */
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

/** Called when the server says the session is gone, so the app can send the user to sign in. */
let onUnauthenticated: (() => void) | null = null;

export function setUnauthenticatedHandler(handler: () => void) {
  onUnauthenticated = handler;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
type QueryValue = string | number | boolean | null | undefined;
export type QueryParams = Record<string, QueryValue>;

export function withQuery(path: string, params?: QueryParams): string {
  if (!params) return path;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

const NETWORK_MESSAGE = {
  id: 'Tidak dapat terhubung ke server. Periksa koneksi lalu coba lagi.',
  en: 'Cannot reach the server. Check the connection and try again.',
};
const INVALID_MESSAGE = {
  id: 'Jawaban server tidak sesuai format yang diharapkan.',
  en: 'The server answered in an unexpected format.',
};

async function send(method: Method, path: string, body?: unknown): Promise<unknown> {
  const lang = currentLang();
  const headers: Record<string, string> = {
    accept: 'application/json',
    'accept-language': lang,
  };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiRequestError(0, 'NETWORK', NETWORK_MESSAGE[lang]);
  }
  const text = await res.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!res.ok) {
    const parsed = ApiError.safeParse(data);
    if (!parsed.success)
      throw new ApiRequestError(res.status, 'INTERNAL', `${res.status} ${res.statusText}`);
    const { code, message, fields } = parsed.data.error;
    const error = new ApiRequestError(res.status, code as ErrorCode, message, fields ?? []);
    if (res.status === 401 && code === 'UNAUTHENTICATED' && !path.startsWith('/api/auth/'))
      onUnauthenticated?.();
    throw error;
  }
  return data;
}

/** Checks the answer against the shared schema: the contract the server documents. */
function parse<T>(schema: z.ZodType<T>, data: unknown, path: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  console.error(`Unexpected response from ${path}`, result.error.issues);
  throw new ApiRequestError(200, 'INVALID_RESPONSE', INVALID_MESSAGE[currentLang()]);
}

export const api = {
  async get<T>(path: string, schema: z.ZodType<T>, params?: QueryParams): Promise<T> {
    const url = withQuery(path, params);
    return parse(schema, await send('GET', url), url);
  },
  async post<T>(path: string, schema: z.ZodType<T>, body?: unknown): Promise<T> {
    return parse(schema, await send('POST', path, body ?? {}), path);
  },
  async patch<T>(path: string, schema: z.ZodType<T>, body: unknown): Promise<T> {
    return parse(schema, await send('PATCH', path, body), path);
  },
};

/**
 * What a form needs from a write's answer: the record's id (to open it) or nothing. Only that
 * is read, so the view a route answers with can grow without breaking a form.
 */
export const Created = z.object({ id: z.string() });
export const CreatedRegion = z.object({ code: z.string() });
export const Anything = z.unknown();
