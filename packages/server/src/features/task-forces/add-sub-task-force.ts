import type { SubTaskForceCreate, SubTaskForceView } from '@sigap/domain';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { AuthContext } from '../../platform/http/types.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { assertInstitutionExists } from '../institutions/assert-institution-exists.js';
import { presentSubTaskForce, subTaskForceColumns } from './presenters.js';
import { subTaskForces } from './schema.js';
import { getManagedTaskForce } from './task-force-access.js';

/** Adds a sub-task-force (one per RAN strategy, usually) with its coordinating institution. */
export async function addSubTaskForce(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  taskForceId: string,
  input: SubTaskForceCreate,
): Promise<SubTaskForceView> {
  const db = ctx.database.db;
  const id = await db.transaction(async (tx) => {
    await getManagedTaskForce(tx, auth.scope, taskForceId);
    await assertInstitutionExists(tx, 'coordinatorInstitutionId', input.coordinatorInstitutionId);
    const [row] = await tx
      .insert(subTaskForces)
      .values({ taskForceId, ...input })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, actor, {
      action: 'task_force.sub_task_force_added',
      entityType: 'sub_task_force',
      entityId: row.id,
      after: row,
    });
    return row.id;
  });
  const [view] = await db
    .select(subTaskForceColumns)
    .from(subTaskForces)
    .where(eq(subTaskForces.id, id));
  if (!view) throw new Error('added sub-task-force vanished');
  return presentSubTaskForce(view);
}
