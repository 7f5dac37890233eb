import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { prepared } from '../../platform/db/prepared.js';
import { sessions, users } from './schema.js';

export const SESSION_COOKIE = 'sigap_session';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export type NewSession = { token: string; csrfToken: string; sessionId: string };

export async function createSession(
  db: DbOrTx,
  userId: string,
  opts: { secondFactorDone: boolean; ip: string; userAgent: string | undefined; hours: number },
): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const [row] = await db
    .insert(sessions)
    .values({
      tokenHash: hashToken(token),
      userId,
      csrfToken,
      secondFactorDone: opts.secondFactorDone,
      expiresAt: new Date(Date.now() + opts.hours * 3600_000),
      ip: opts.ip,
      userAgent: opts.userAgent?.slice(0, 300) ?? null,
    })
    .returning({ id: sessions.id });
  if (!row) throw new Error('session insert returned nothing');
  return { token, csrfToken, sessionId: row.id };
}

/** The session row and its user, in one round trip: this runs on every authenticated request. */
function buildFindSession(db: DbOrTx) {
  return db
    .select({
      sessionId: sessions.id,
      csrfToken: sessions.csrfToken,
      secondFactorDone: sessions.secondFactorDone,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      userId: users.id,
      email: users.email,
      role: users.role,
      institutionId: users.institutionId,
      scopeLevel: users.scopeLevel,
      scopeRegionCode: users.scopeRegionCode,
      totpEnabled: users.totpEnabled,
      mustChangePassword: users.mustChangePassword,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, sql.placeholder('tokenHash')),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, sql`now()`),
        gt(
          sessions.lastSeenAt,
          sql`now() - make_interval(mins => ${sql.placeholder('idle')}::int)`,
        ),
        eq(users.active, true),
      ),
    )
    .limit(1)
    .prepare('find_session');
}

async function findSessionByHash(db: DbOrTx, tokenHash: string, idleMinutes: number) {
  const query = prepared(db, 'find_session', buildFindSession);
  const [row] = await query.execute({ tokenHash, idle: Math.ceil(idleMinutes) });
  return row ?? null;
}

export function findSession(db: DbOrTx, token: string, idleMinutes: number) {
  return findSessionByHash(db, hashToken(token), idleMinutes);
}
export type SessionRow = NonNullable<Awaited<ReturnType<typeof findSession>>>;

/** A cached session ends with any change to sessions (revocation, 2FA) or users (role, scope). */
const SESSION_TOPICS = ['sessions', 'users'] as const;
const TOUCH_EVERY_MS = 60_000;

/**
 * The session behind a cookie, for every authenticated request: from the read cache while
 * nothing has changed, else from the database. Expiry and idle time are checked here against the
 * clock as well, since a cached row does not age by itself.
 */
export async function currentSession(ctx: AppContext, token: string): Promise<SessionRow | null> {
  // keyed by the token itself: the hash is only needed to ask the database
  const key = `session|${token}`;
  const idle = ctx.config.sessionIdleMinutes;
  const load = () => findSessionByHash(ctx.database.db, hashToken(token), idle);
  let row = await ctx.cache.get(key, SESSION_TOPICS, load);
  const now = Date.now();
  if (row && (row.expiresAt.getTime() <= now || row.lastSeenAt.getTime() + idle * 60_000 <= now)) {
    // maybe another instance has seen it since: the database decides
    ctx.cache.delete(key);
    row = await load();
  }
  if (row && now - row.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    // Idle timeout needs `last_seen_at`, but writing it on every request would double the load;
    // once a minute is precise enough. The cached row then reloads with the new time.
    await ctx.database.db
      .update(sessions)
      .set({ lastSeenAt: new Date(now) })
      .where(eq(sessions.id, row.sessionId));
    ctx.cache.delete(key);
  }
  return row;
}

export async function revokeSession(db: DbOrTx, sessionId: string): Promise<void> {
  await db.update(sessions).set({ revokedAt: new Date() }).where(eq(sessions.id, sessionId));
}

export async function revokeAllSessions(db: DbOrTx, userId: string): Promise<number> {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return rows.length;
}
