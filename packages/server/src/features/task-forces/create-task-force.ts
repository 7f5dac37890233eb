import { mayManageAt, type TaskForceCreate } from '@sigap/domain';
import { and, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db/client.js';
import type { AuthContext } from '../../platform/http/types.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { regions } from '../regions/schema.js';
import { isUniqueViolation } from '../shared/db-errors.js';
import { conflictOn, fieldError, REGION_NOT_FOUND } from '../shared/field-error.js';
import { findTaskForceDetail } from './get-task-force.js';
import { taskForces } from './schema.js';
import { outsideScope } from './task-force-access.js';

export const ACTIVE_EXISTS = {
  id: 'Wilayah ini sudah memiliki gugus tugas yang aktif',
  en: 'This region already has an active task force',
};

/** The active task force of a region (null: the national one), if any. */
export async function findActiveTaskForce(
  db: DbOrTx,
  regionCode: string | null,
  exceptId?: string,
) {
  const [row] = await db
    .select({ id: taskForces.id })
    .from(taskForces)
    .where(
      and(
        eq(taskForces.active, true),
        regionCode === null ? isNull(taskForces.regionCode) : eq(taskForces.regionCode, regionCode),
      ),
    );
  return row && row.id !== exceptId ? row : null;
}

/**
 * Forms a task force (by Pergub/Perbup/Perwali in the regions). The schema already ties the level
 * to the code's shape; here the region must exist, lie inside the user's scope, and not have an
 * active task force yet.
 */
export async function createTaskForce(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  input: TaskForceCreate,
) {
  if (!mayManageAt(auth.scope, input.regionCode)) throw outsideScope();
  const db = ctx.database.db;
  if (input.regionCode) {
    const [region] = await db.select().from(regions).where(eq(regions.code, input.regionCode));
    if (!region) throw fieldError('regionCode', REGION_NOT_FOUND);
  }
  if (await findActiveTaskForce(db, input.regionCode))
    throw conflictOn('regionCode', ACTIVE_EXISTS);
  let id: string;
  try {
    id = await db.transaction(async (tx) => {
      const [row] = await tx.insert(taskForces).values(input).returning();
      if (!row) throw new Error('insert returned nothing');
      await recordAudit(tx, actor, {
        action: 'task_force.created',
        entityType: 'task_force',
        entityId: row.id,
        after: row,
      });
      return row.id;
    });
  } catch (err) {
    // the partial unique index catches a concurrent create the check above could not see
    if (isUniqueViolation(err)) throw conflictOn('regionCode', ACTIVE_EXISTS);
    throw err;
  }
  const detail = await findTaskForceDetail(db, id);
  if (!detail) throw new Error('created task force vanished');
  return detail;
}
