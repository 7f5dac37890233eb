import { and, eq, ne } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { sessions, users } from './schema.js';

/** A user changes their own password; their other sessions end (a thief's among them). */
export async function changeOwnPassword(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
) {
  const db = ctx.database.db;
  const [user] = await db.select().from(users).where(eq(users.id, auth.userId)).limit(1);
  if (!user) throw new AppError('UNAUTHENTICATED');
  if (!(await verifyPassword(input.currentPassword, user.passwordHash)))
    throw new AppError(
      'VALIDATION_FAILED',
      { id: 'Kata sandi lama salah', en: 'The current password is wrong' },
      [
        {
          path: 'currentPassword',
          message: { id: 'Kata sandi lama salah', en: 'The current password is wrong' },
        },
      ],
    );
  if (input.currentPassword === input.newPassword)
    throw new AppError(
      'VALIDATION_FAILED',
      { id: 'Kata sandi baru harus berbeda', en: 'The new password must differ' },
      [
        {
          path: 'newPassword',
          message: { id: 'Kata sandi baru harus berbeda', en: 'The new password must differ' },
        },
      ],
    );
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({
        passwordHash,
        mustChangePassword: false,
        passwordChangedAt: new Date(),
        updatedAt: new Date(),
      })
      .where(eq(users.id, user.id));
    await tx
      .update(sessions)
      .set({ revokedAt: new Date() })
      .where(and(eq(sessions.userId, user.id), ne(sessions.id, auth.sessionId)));
    await recordAudit(tx, actor, {
      action: 'auth.password.changed',
      entityType: 'user',
      entityId: user.id,
    });
  });
}
