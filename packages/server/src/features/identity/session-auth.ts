import { makeScope } from '@sigap/domain';
import { type AppContext, twoFactorRequired } from '../../platform/context.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';
import { findSession, type SessionRow } from './sessions.js';

export function authFromRow(ctx: AppContext, row: SessionRow): AuthContext {
  return {
    sessionId: row.sessionId,
    userId: row.userId,
    email: row.email,
    role: row.role,
    institutionId: row.institutionId,
    scope: makeScope(row.scopeLevel, row.scopeRegionCode),
    csrfToken: row.csrfToken,
    stage: !row.secondFactorDone
      ? 'second_factor'
      : !row.totpEnabled && twoFactorRequired(ctx, row.role)
        ? 'enrolment'
        : 'full',
    totpEnabled: row.totpEnabled,
    mustChangePassword: row.mustChangePassword,
  };
}

/** The auth context of a session token (after sign-in, before the next request arrives). */
export async function authFromSession(ctx: AppContext, token: string): Promise<AuthContext> {
  const row = await findSession(ctx.database.db, token, ctx.config.sessionIdleMinutes);
  if (!row) throw new AppError('UNAUTHENTICATED');
  return authFromRow(ctx, row);
}
