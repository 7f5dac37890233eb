import {
  ApiError,
  LoginRequest,
  LoginResponse,
  Me,
  PasswordChange,
  TotpCode,
  TotpSetup,
} from '@sigap/domain';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { type App, actorOf, authOf } from '../../platform/http/types.js';
import { recordAudit } from '../audit/audit-log.js';
import { changeOwnPassword } from './account.js';
import { buildMe } from './me.js';
import { authFromSession } from './session-auth.js';
import { revokeAllSessions, revokeSession, SESSION_COOKIE } from './sessions.js';
import { signIn } from './sign-in.js';
import { disableTotp, enableTotp, setUpTotp, verifyTotpSignIn } from './two-factor.js';

/** The tables /api/me is read from (its answers are cached: platform/cache). */
const ME_TOPICS = [
  'sessions',
  'users',
  'institutions',
  'institution_names',
  'regions',
  'task_forces',
];

const Ok = z.object({ ok: z.literal(true) });
const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 423: ApiError, 429: ApiError };

export async function authRoutes(app: App, ctx: AppContext) {
  const cookie = (hours: number) => ({
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: ctx.config.secureCookies,
    path: '/',
    maxAge: Math.round(hours * 3600),
  });

  app.post('/api/auth/login', {
    config: { auth: 'public' },
    schema: {
      tags: ['auth'],
      summary: 'Sign in with e-mail and password',
      body: LoginRequest,
      response: { 200: LoginResponse, ...errors },
    },
    handler: async (req, reply) => {
      const result = await signIn(ctx, {
        email: req.body.email,
        password: req.body.password,
        ip: req.ip,
        userAgent: req.headers['user-agent'],
      });
      reply.setCookie(SESSION_COOKIE, result.token, cookie(ctx.config.sessionHours));
      if (!result.secondFactorDone)
        return { status: 'totp_required' as const, csrfToken: result.csrfToken };
      const auth = await authFromSession(ctx, result.token);
      return { status: 'ok' as const, me: await buildMe(ctx, auth) };
    },
  });

  app.post('/api/auth/totp/verify', {
    config: { auth: 'second_factor' },
    schema: {
      tags: ['auth'],
      summary: 'Second step of sign-in: the authenticator code',
      body: TotpCode,
      response: { 200: Me, ...errors },
    },
    handler: async (req) => {
      const auth = authOf(req);
      await verifyTotpSignIn(ctx, auth, actorOf(req), req.body.code);
      const token = req.cookies[SESSION_COOKIE] ?? '';
      return buildMe(ctx, await authFromSession(ctx, token));
    },
  });

  app.get('/api/me', {
    config: { auth: 'enrolment', cache: { per: 'session', topics: ME_TOPICS } },
    schema: {
      tags: ['auth'],
      summary: 'The signed-in user, role, institution, scope and abilities',
      response: { 200: Me, 401: ApiError },
    },
    handler: async (req) => buildMe(ctx, authOf(req)),
  });

  app.post('/api/auth/logout', {
    config: { auth: 'second_factor' },
    schema: { tags: ['auth'], summary: 'Sign out of this session', response: { 200: Ok } },
    handler: async (req, reply) => {
      const auth = authOf(req);
      await revokeSession(ctx.database.db, auth.sessionId);
      await recordAudit(ctx.database.db, actorOf(req), {
        action: 'auth.logout',
        entityType: 'session',
        entityId: auth.sessionId,
      });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  });

  app.post('/api/auth/logout-all', {
    config: { auth: 'enrolment' },
    schema: {
      tags: ['auth'],
      summary: 'Sign out everywhere (every session of this user)',
      response: { 200: z.object({ revoked: z.number() }) },
    },
    handler: async (req, reply) => {
      const auth = authOf(req);
      const revoked = await revokeAllSessions(ctx.database.db, auth.userId);
      await recordAudit(ctx.database.db, actorOf(req), {
        action: 'auth.logout_all',
        entityType: 'user',
        entityId: auth.userId,
        after: { revoked },
      });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { revoked };
    },
  });

  app.post('/api/auth/password', {
    config: { auth: 'enrolment' },
    schema: {
      tags: ['auth'],
      summary: 'Change my password',
      body: PasswordChange,
      response: { 200: Ok, ...errors },
    },
    handler: async (req) => {
      await changeOwnPassword(ctx, authOf(req), actorOf(req), req.body);
      return { ok: true as const };
    },
  });

  app.post('/api/auth/totp/setup', {
    config: { auth: 'enrolment' },
    schema: {
      tags: ['auth'],
      summary: 'Start two-factor enrolment (returns the secret for an authenticator app)',
      response: { 200: TotpSetup, ...errors },
    },
    handler: async (req) => setUpTotp(ctx, authOf(req), actorOf(req)),
  });

  app.post('/api/auth/totp/enable', {
    config: { auth: 'enrolment' },
    schema: {
      tags: ['auth'],
      summary: 'Finish enrolment with a code from the app',
      body: TotpCode,
      response: { 200: Ok, ...errors },
    },
    handler: async (req) => {
      await enableTotp(ctx, authOf(req), actorOf(req), req.body.code);
      return { ok: true as const };
    },
  });

  app.post('/api/auth/totp/disable', {
    schema: {
      tags: ['auth'],
      summary: 'Turn two-factor off (not allowed for roles that require it)',
      body: z.strictObject({ password: z.string().min(1).max(200) }),
      response: { 200: Ok, ...errors },
    },
    handler: async (req) => {
      await disableTotp(ctx, authOf(req), actorOf(req), req.body.password);
      return { ok: true as const };
    },
  });
}
