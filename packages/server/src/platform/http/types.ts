import type { Lang, Permission, Role, Scope } from '@sigap/domain';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Actor } from '../../features/audit/audit-log.js';
import type { CacheFill } from '../cache/read-cache.js';

/**
 * How far a session has come. A route names the least it needs: signing in with the password
 * reaches `second_factor` (a code is still due), `enrolment` means the role demands two-factor
 * and it is not set up yet, `full` is a complete sign-in.
 */
export const AUTH_STAGES = ['public', 'second_factor', 'enrolment', 'full'] as const;
export type AuthStage = (typeof AUTH_STAGES)[number];

export type AuthContext = {
  sessionId: string;
  userId: string;
  email: string;
  role: Role;
  institutionId: string;
  scope: Scope;
  csrfToken: string;
  stage: Exclude<AuthStage, 'public'>;
  totpEnabled: boolean;
  mustChangePassword: boolean;
};

/**
 * A GET whose answer may be replayed from memory: `topics` are the tables it reads; `per` says
 * who may share an answer — everyone, users of the same scope, or only the same session.
 */
export type ResponseCacheRule = {
  topics: readonly string[];
  per: 'everyone' | 'scope' | 'session';
};

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext | null;
    lang: Lang;
    /** Set when this request's answer is to be kept in the read cache. */
    cacheFill: CacheFill | null;
  }
  interface FastifyInstance {
    /** Every route with the sign-in stage it needs (tests walk it to prove none is left open). */
    registeredRoutes: Array<{ method: string; url: string; hidden: boolean; auth: AuthStage }>;
  }
  interface FastifyContextConfig {
    /** Least sign-in stage the route accepts; `full` when not given. */
    auth?: AuthStage;
    /** Permission the user's role must hold. */
    permission?: Permission;
    /** Keep this GET's answer in the read cache (http/response-cache.ts). */
    cache?: ResponseCacheRule;
  }
}

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export function actorOf(req: { auth: AuthContext | null; ip: string }): Actor {
  return { userId: req.auth?.userId ?? null, email: req.auth?.email ?? null, ip: req.ip };
}

/** The signed-in user; routes behind the guard may rely on it. */
export function authOf(req: { auth: AuthContext | null }): AuthContext {
  if (!req.auth) throw new Error('route reached without a session: the guard is misconfigured');
  return req.auth;
}
