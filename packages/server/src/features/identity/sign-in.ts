import { and, count, eq, gt, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { AppError } from '../../platform/http/errors.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { dummyPasswordHash, verifyPassword } from './passwords.js';
import { loginAttempts, users } from './schema.js';
import { createSession, type NewSession } from './sessions.js';

export type SignInResult = NewSession & { userId: string; secondFactorDone: boolean };

/**
 * Password sign-in with two brakes: an account locks for a while after N failures in a row, and
 * an address that fails too often in the lock window is refused outright (spraying many
 * accounts). Both live in the database so every app instance sees the same counts. Every
 * outcome is audited.
 */
export async function signIn(
  ctx: AppContext,
  input: { email: string; password: string; ip: string; userAgent: string | undefined },
): Promise<SignInResult> {
  const db = ctx.database.db;
  const { config } = ctx;
  const actor: Actor = { userId: null, email: input.email, ip: input.ip };
  const windowStart = sql`now() - make_interval(secs => ${config.loginLockMinutes * 60})`;

  const [ipFailures] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.ip, input.ip),
        eq(loginAttempts.success, false),
        gt(loginAttempts.at, windowStart),
      ),
    );
  if ((ipFailures?.n ?? 0) >= config.loginIpMaxFailures) {
    await recordAudit(db, actor, {
      action: 'auth.login.throttled',
      entityType: 'user',
      after: { email: input.email },
    });
    throw new AppError('TOO_MANY_REQUESTS');
  }

  const [user] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, input.email))
    .limit(1);
  const attempt = (success: boolean) =>
    db.insert(loginAttempts).values({ email: input.email, ip: input.ip, success });

  if (!user?.active) {
    await verifyPassword(input.password, await dummyPasswordHash());
    await attempt(false);
    await recordAudit(db, actor, {
      action: 'auth.login.failed',
      entityType: 'user',
      entityId: user?.id ?? null,
      after: { email: input.email, reason: user ? 'inactive' : 'unknown_email' },
    });
    throw new AppError('INVALID_CREDENTIALS');
  }
  const who: Actor = { userId: user.id, email: user.email, ip: input.ip };
  if (user.lockedUntil && user.lockedUntil > new Date()) {
    await attempt(false);
    await recordAudit(db, who, {
      action: 'auth.login.locked',
      entityType: 'user',
      entityId: user.id,
    });
    throw new AppError('ACCOUNT_LOCKED');
  }

  if (!(await verifyPassword(input.password, user.passwordHash))) {
    await attempt(false);
    await registerFailure(ctx, user.id, who, 'wrong_password');
  }

  await attempt(true);
  await db
    .update(users)
    .set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: new Date() })
    .where(eq(users.id, user.id));
  const secondFactorDone = !user.totpEnabled;
  const session = await createSession(db, user.id, {
    secondFactorDone,
    ip: input.ip,
    userAgent: input.userAgent,
    hours: config.sessionHours,
  });
  await recordAudit(db, who, {
    action: secondFactorDone ? 'auth.login.succeeded' : 'auth.login.password_ok',
    entityType: 'session',
    entityId: session.sessionId,
  });
  return { ...session, userId: user.id, secondFactorDone };
}

/** Counts a failed password or code; locks the account when the limit is reached. Throws. */
export async function registerFailure(
  ctx: AppContext,
  userId: string,
  who: Actor,
  reason: string,
): Promise<never> {
  const db = ctx.database.db;
  const { config } = ctx;
  const [updated] = await db
    .update(users)
    .set({ failedLoginCount: sql`${users.failedLoginCount} + 1` })
    .where(eq(users.id, userId))
    .returning({ failed: users.failedLoginCount });
  const failed = updated?.failed ?? 0;
  await recordAudit(db, who, {
    action: 'auth.login.failed',
    entityType: 'user',
    entityId: userId,
    after: { reason, failed },
  });
  if (failed >= config.loginMaxFailures) {
    const until = new Date(Date.now() + config.loginLockMinutes * 60_000);
    await db
      .update(users)
      .set({ lockedUntil: until, failedLoginCount: 0 })
      .where(eq(users.id, userId));
    await recordAudit(db, who, {
      action: 'auth.account.locked',
      entityType: 'user',
      entityId: userId,
      after: { lockedUntil: until.toISOString() },
    });
    throw new AppError('ACCOUNT_LOCKED');
  }
  throw new AppError(
    reason === 'wrong_totp' ? 'VALIDATION_FAILED' : 'INVALID_CREDENTIALS',
    reason === 'wrong_totp'
      ? { id: 'Kode verifikasi salah', en: 'Wrong verification code' }
      : undefined,
  );
}
