import { type Me, permissionsOf } from '@sigap/domain';
import { and, eq, isNull } from 'drizzle-orm';
import { type AppContext, twoFactorRequired } from '../../platform/context.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';
import { taskForces } from '../task-forces/schema.js';
import { findUserView } from './presenters.js';

/** What the web app needs to know about the signed-in user, including what they may do. */
export async function buildMe(ctx: AppContext, auth: AuthContext): Promise<Me> {
  const db = ctx.database.db;
  const user = await findUserView(db, auth.userId);
  if (!user) throw new AppError('UNAUTHENTICATED');
  const [taskForce] = await db
    .select({
      id: taskForces.id,
      name: taskForces.name,
      level: taskForces.level,
      regionCode: taskForces.regionCode,
    })
    .from(taskForces)
    .where(
      and(
        eq(taskForces.active, true),
        auth.scope.regionCode === null
          ? isNull(taskForces.regionCode)
          : eq(taskForces.regionCode, auth.scope.regionCode),
      ),
    )
    .limit(1);
  const required = twoFactorRequired(ctx, auth.role);
  return {
    user,
    permissions: [...permissionsOf(auth.role)],
    csrfToken: auth.csrfToken,
    twoFactor: {
      enabled: auth.totpEnabled,
      required,
      enrolmentPending: auth.stage === 'enrolment',
    },
    taskForce: taskForce ?? null,
    demo: ctx.demo,
  };
}
