import { type Me, permissionsOf } from '@sigap/domain';
import { and, eq, sql } from 'drizzle-orm';
import { type AppContext, twoFactorRequired } from '../../platform/context.js';
import { prepared } from '../../platform/db/prepared.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';
import { taskForces } from '../task-forces/schema.js';
import { findUserView } from './presenters.js';

/** What the web app needs to know about the signed-in user, including what they may do. */
export async function buildMe(ctx: AppContext, auth: AuthContext): Promise<Me> {
  const db = ctx.database.db;
  const user = await findUserView(db, auth.userId);
  if (!user) throw new AppError('UNAUTHENTICATED');
  const ownTaskForce = prepared(db, 'own_task_force', (d) =>
    d
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
          sql`${taskForces.regionCode} is not distinct from ${sql.placeholder('region')}::text`,
        ),
      )
      .limit(1)
      .prepare('own_task_force'),
  );
  const [taskForce] = await ownTaskForce.execute({ region: auth.scope.regionCode });
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
