import { type MembershipEnd, rangeOk } from '@sigap/domain';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { DATE_RANGE, fieldError } from '../shared/field-error.js';
import { findMembershipView } from './add-membership.js';
import { taskForceMemberships } from './schema.js';
import { getManagedTaskForce } from './task-force-access.js';

/**
 * Ends a seat on a date (exclusive: the day the new decree takes effect). The row stays, so the
 * composition on any past date can still be shown. A seat already ended is not moved: a wrong
 * date is corrected by an administrator, visibly in the audit log, not by ending it twice.
 */
export async function endMembership(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  taskForceId: string,
  membershipId: string,
  input: MembershipEnd,
) {
  const db = ctx.database.db;
  await db.transaction(async (tx) => {
    await getManagedTaskForce(tx, auth.scope, taskForceId);
    const [before] = await tx
      .select()
      .from(taskForceMemberships)
      .where(
        and(
          eq(taskForceMemberships.id, membershipId),
          eq(taskForceMemberships.taskForceId, taskForceId),
        ),
      )
      .for('update');
    if (!before)
      throw new AppError('NOT_FOUND', {
        id: 'Keanggotaan tidak ditemukan pada gugus tugas ini',
        en: 'No such membership in this task force',
      });
    if (before.validTo !== null)
      throw new AppError('CONFLICT', {
        id: `Keanggotaan ini sudah berakhir pada ${before.validTo}`,
        en: `This membership already ended on ${before.validTo}`,
      });
    if (!rangeOk(before.validFrom, input.validTo)) throw fieldError('validTo', DATE_RANGE);
    const [after] = await tx
      .update(taskForceMemberships)
      .set({ validTo: input.validTo })
      .where(eq(taskForceMemberships.id, membershipId))
      .returning();
    await recordAudit(tx, actor, {
      action: 'task_force.membership_ended',
      entityType: 'task_force_membership',
      entityId: membershipId,
      before,
      after,
    });
  });
  const view = await findMembershipView(db, membershipId);
  if (!view) throw new Error('ended membership vanished');
  return view;
}
