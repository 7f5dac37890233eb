import { eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { AuthContext } from '../../platform/http/types.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { hashPassword } from './passwords.js';
import { sessions, users } from './schema.js';
import { getManagedUser } from './users-service.js';

/**
 * What an administrator does for a user who is stuck: a new password (which the user must change
 * at next sign-in), lifting a lock-out, ending all sessions, clearing a lost authenticator.
 * Each ends the user's sessions where that matters and is audited.
 */
export async function resetPassword(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  id: string,
  newPassword: string,
) {
  await getManagedUser(ctx, auth, id);
  const passwordHash = await hashPassword(newPassword);
  await ctx.database.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: true,
        failedLoginCount: 0,
        lockedUntil: null,
        passwordChangedAt: new Date(),
      })
      .where(eq(users.id, id));
    await tx.update(sessions).set({ revokedAt: new Date() }).where(eq(sessions.userId, id));
    await recordAudit(tx, actor, {
      action: 'user.password_reset',
      entityType: 'user',
      entityId: id,
    });
  });
}

export async function unlockUser(ctx: AppContext, auth: AuthContext, actor: Actor, id: string) {
  const before = await getManagedUser(ctx, auth, id);
  await ctx.database.db
    .update(users)
    .set({ failedLoginCount: 0, lockedUntil: null })
    .where(eq(users.id, id));
  await recordAudit(ctx.database.db, actor, {
    action: 'user.unlocked',
    entityType: 'user',
    entityId: id,
    before: { lockedUntil: before.lockedUntil },
  });
}

export async function revokeUserSessions(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  id: string,
) {
  await getManagedUser(ctx, auth, id);
  const rows = await ctx.database.db
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(eq(sessions.userId, id))
    .returning({ id: sessions.id });
  await recordAudit(ctx.database.db, actor, {
    action: 'user.sessions_revoked',
    entityType: 'user',
    entityId: id,
    after: { revoked: rows.length },
  });
  return rows.length;
}

export async function resetTwoFactor(ctx: AppContext, auth: AuthContext, actor: Actor, id: string) {
  await getManagedUser(ctx, auth, id);
  await ctx.database.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ totpEnabled: false, totpSecretEnc: null, totpLastStep: null })
      .where(eq(users.id, id));
    await tx.update(sessions).set({ revokedAt: new Date() }).where(eq(sessions.userId, id));
    await recordAudit(tx, actor, { action: 'user.totp_reset', entityType: 'user', entityId: id });
  });
}
