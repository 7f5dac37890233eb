import type { TaskForceUpdate } from '@sigap/domain';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { AuthContext } from '../../platform/http/types.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { isUniqueViolation } from '../shared/db-errors.js';
import { conflictOn } from '../shared/field-error.js';
import { ACTIVE_EXISTS, findActiveTaskForce } from './create-task-force.js';
import { getTaskForce } from './get-task-force.js';
import { taskForces } from './schema.js';
import { getManagedTaskForce } from './task-force-access.js';

/** Renames a task force, records a new legal basis, or (de)activates it. */
export async function updateTaskForce(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  id: string,
  input: TaskForceUpdate,
) {
  const db = ctx.database.db;
  try {
    await db.transaction(async (tx) => {
      const before = await getManagedTaskForce(tx, auth.scope, id);
      if (input.active && !before.active && (await findActiveTaskForce(tx, before.regionCode, id)))
        throw conflictOn('active', ACTIVE_EXISTS);
      const [after] = await tx
        .update(taskForces)
        .set({ ...input, updatedAt: new Date() })
        .where(eq(taskForces.id, id))
        .returning();
      await recordAudit(tx, actor, {
        action: 'task_force.updated',
        entityType: 'task_force',
        entityId: id,
        before,
        after,
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflictOn('active', ACTIVE_EXISTS);
    throw err;
  }
  return getTaskForce(db, auth.scope, id);
}
