import { eq } from 'drizzle-orm';
import { type AppContext, twoFactorRequired } from '../../platform/context.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { verifyPassword } from './passwords.js';
import { sessions, users } from './schema.js';
import { registerFailure } from './sign-in.js';
import { checkTotp, newTotpSecret, totpUri } from './totp.js';

async function loadUser(ctx: AppContext, userId: string) {
  const [user] = await ctx.database.db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!user) throw new AppError('UNAUTHENTICATED');
  return user;
}

/** Starts enrolment: a fresh secret, stored sealed and not yet active until a code proves it. */
export async function setUpTotp(ctx: AppContext, auth: AuthContext, actor: Actor) {
  const user = await loadUser(ctx, auth.userId);
  if (user.totpEnabled)
    throw new AppError('CONFLICT', {
      id: 'Verifikasi dua langkah sudah aktif',
      en: 'Two-factor sign-in is already on',
    });
  const secret = newTotpSecret();
  await ctx.database.db
    .update(users)
    .set({ totpSecretEnc: ctx.box.seal(secret) })
    .where(eq(users.id, user.id));
  await recordAudit(ctx.database.db, actor, {
    action: 'auth.totp.setup_started',
    entityType: 'user',
    entityId: user.id,
  });
  return { secret, otpauthUrl: totpUri(secret, user.email) };
}

function matchCode(ctx: AppContext, user: typeof users.$inferSelect, code: string): number | null {
  if (!user.totpSecretEnc) return null;
  const step = checkTotp(ctx.box.open(user.totpSecretEnc), code);
  // a code already used once is refused: someone who saw it cannot replay it
  if (step === null || (user.totpLastStep !== null && step <= user.totpLastStep)) return null;
  return step;
}

export async function enableTotp(ctx: AppContext, auth: AuthContext, actor: Actor, code: string) {
  const user = await loadUser(ctx, auth.userId);
  const step = matchCode(ctx, user, code);
  if (step === null) {
    await recordAudit(ctx.database.db, actor, {
      action: 'auth.totp.enable_failed',
      entityType: 'user',
      entityId: user.id,
    });
    throw new AppError(
      'VALIDATION_FAILED',
      { id: 'Kode verifikasi salah', en: 'Wrong verification code' },
      [{ path: 'code', message: { id: 'Kode verifikasi salah', en: 'Wrong verification code' } }],
    );
  }
  await ctx.database.db
    .update(users)
    .set({ totpEnabled: true, totpLastStep: step })
    .where(eq(users.id, user.id));
  await recordAudit(ctx.database.db, actor, {
    action: 'auth.totp.enabled',
    entityType: 'user',
    entityId: user.id,
  });
}

/** Second step of sign-in. Wrong codes count toward the same lock-out as wrong passwords. */
export async function verifyTotpSignIn(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  code: string,
) {
  const user = await loadUser(ctx, auth.userId);
  if (user.lockedUntil && user.lockedUntil > new Date()) throw new AppError('ACCOUNT_LOCKED');
  const step = matchCode(ctx, user, code);
  if (step === null) return registerFailure(ctx, user.id, actor, 'wrong_totp');
  const db = ctx.database.db;
  await db
    .update(users)
    .set({ totpLastStep: step, failedLoginCount: 0 })
    .where(eq(users.id, user.id));
  await db.update(sessions).set({ secondFactorDone: true }).where(eq(sessions.id, auth.sessionId));
  await recordAudit(db, actor, {
    action: 'auth.login.succeeded',
    entityType: 'session',
    entityId: auth.sessionId,
    after: { secondFactor: 'totp' },
  });
}

export async function disableTotp(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  password: string,
) {
  if (twoFactorRequired(ctx, auth.role))
    throw new AppError('FORBIDDEN', {
      id: 'Peran Anda wajib memakai verifikasi dua langkah',
      en: 'Your role requires two-factor sign-in',
    });
  const user = await loadUser(ctx, auth.userId);
  if (!(await verifyPassword(password, user.passwordHash)))
    throw new AppError('INVALID_CREDENTIALS');
  await ctx.database.db
    .update(users)
    .set({ totpEnabled: false, totpSecretEnc: null, totpLastStep: null })
    .where(eq(users.id, user.id));
  await recordAudit(ctx.database.db, actor, {
    action: 'auth.totp.disabled',
    entityType: 'user',
    entityId: user.id,
  });
}
