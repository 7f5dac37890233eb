import { timingSafeEqual } from 'node:crypto';
import { langFromAcceptLanguage, roleHas } from '@sigap/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { authFromRow } from '../../features/identity/session-auth.js';
import { currentSession, SESSION_COOKIE } from '../../features/identity/sessions.js';
import type { AppContext } from '../context.js';
import { errorBody, statusOf } from './errors.js';
import { AUTH_STAGES, type AuthStage } from './types.js';

export const UNSAFE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A browser sends Origin on cross-site requests; refuse writes that come from another site. */
function sameOrigin(req: FastifyRequest): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

/**
 * Runs before validation on every /api request: who is it, how far have they signed in, may
 * they call this route, and does a state-changing request carry the session's CSRF token.
 * Doing it before validation means strangers learn nothing from validation messages.
 */
export function createGuard(ctx: AppContext) {
  return async function guard(req: FastifyRequest, reply: FastifyReply) {
    req.lang = langFromAcceptLanguage(req.headers['accept-language']);
    req.auth = null;
    // the API reference (Swagger UI and its JSON) is public, like the OpenAPI document
    if (!req.url.startsWith('/api/') || req.url.startsWith('/api/docs')) return;
    const config = req.routeOptions.config;
    const need: AuthStage = config.auth ?? 'full';
    const fail = (code: Parameters<typeof errorBody>[0]) =>
      reply.code(statusOf(code)).send(errorBody(code, req.lang));

    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      const row = await currentSession(ctx, token);
      if (row) req.auth = authFromRow(ctx, row);
    }
    if (UNSAFE_METHODS.has(req.method) && !sameOrigin(req)) return fail('CSRF_FAILED');
    if (need === 'public') return;
    const auth = req.auth;
    if (!auth) return fail('UNAUTHENTICATED');
    if (AUTH_STAGES.indexOf(auth.stage) < AUTH_STAGES.indexOf(need))
      return fail(
        auth.stage === 'second_factor' ? 'TWO_FACTOR_REQUIRED' : 'TWO_FACTOR_ENROLMENT_REQUIRED',
      );
    if (UNSAFE_METHODS.has(req.method)) {
      const sent = req.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameToken(sent, auth.csrfToken)) return fail('CSRF_FAILED');
    }
    if (config.permission && !roleHas(auth.role, config.permission)) return fail('FORBIDDEN');
  };
}
