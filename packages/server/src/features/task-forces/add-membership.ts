import type { MembershipCreate, MembershipView } from '@sigap/domain';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db/client.js';
import type { AuthContext } from '../../platform/http/types.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { assertInstitutionExists } from '../institutions/assert-institution-exists.js';
import { institutions } from '../institutions/schema.js';
import { fieldError } from '../shared/field-error.js';
import { membershipColumns, presentMembership } from './presenters.js';
import { subTaskForces, taskForceMemberships } from './schema.js';
import { getManagedTaskForce } from './task-force-access.js';

export async function findMembershipView(db: DbOrTx, id: string): Promise<MembershipView | null> {
  const [row] = await db
    .select(membershipColumns(undefined))
    .from(taskForceMemberships)
    .innerJoin(institutions, eq(institutions.id, taskForceMemberships.institutionId))
    .where(eq(taskForceMemberships.id, id));
  return row ? presentMembership(row) : null;
}

/** Gives an institution a seat from a date, under the decree that names it (legalBasis). */
export async function addMembership(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  taskForceId: string,
  input: MembershipCreate,
) {
  const db = ctx.database.db;
  const id = await db.transaction(async (tx) => {
    await getManagedTaskForce(tx, auth.scope, taskForceId);
    await assertInstitutionExists(tx, 'institutionId', input.institutionId);
    if (input.subTaskForceId) {
      const [sub] = await tx
        .select({ id: subTaskForces.id })
        .from(subTaskForces)
        .where(
          and(
            eq(subTaskForces.id, input.subTaskForceId),
            eq(subTaskForces.taskForceId, taskForceId),
          ),
        );
      if (!sub)
        throw fieldError('subTaskForceId', {
          id: 'Sub gugus tugas tidak ditemukan pada gugus tugas ini',
          en: 'No such sub-task-force in this task force',
        });
    }
    const [row] = await tx
      .insert(taskForceMemberships)
      .values({ taskForceId, ...input })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, actor, {
      action: 'task_force.membership_added',
      entityType: 'task_force_membership',
      entityId: row.id,
      after: row,
    });
    return row.id;
  });
  const view = await findMembershipView(db, id);
  if (!view) throw new Error('added membership vanished');
  return view;
}
