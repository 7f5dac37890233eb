import { STRATEGIES } from '@sigap/domain';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { stableId } from '../../platform/stable-id.js';
import { institutionId } from '../institutions/load-institutions.js';
import {
  NATIONAL_COMPOSITIONS,
  NATIONAL_SUB_TASK_FORCES,
  NATIONAL_TASK_FORCE,
} from './national-task-force.js';
import { subTaskForces, taskForceMemberships, taskForces } from './schema.js';

export const nationalTaskForceId = stableId(`task-force:${NATIONAL_TASK_FORCE.key}`);

/**
 * Inserts the national task force, its sub-task-forces and its seats under each Perpres. Rows
 * that exist are left alone (administrators may have corrected them); stable ids make a second
 * run a no-op. Runs after loadInstitutions, whose ids the seats point to.
 */
export async function loadNationalTaskForce(tx: DbOrTx): Promise<void> {
  const { key: _key, ...fields } = NATIONAL_TASK_FORCE;
  await tx
    .insert(taskForces)
    .values({ id: nationalTaskForceId, level: 'national', regionCode: null, ...fields })
    .onConflictDoNothing();
  // An administrator may have formed the national task force by hand before this loader ran;
  // then that one stands and the reference seats are not attached to it.
  const [mine] = await tx
    .select({ id: taskForces.id })
    .from(taskForces)
    .where(eq(taskForces.id, nationalTaskForceId));
  if (!mine) return;
  await tx
    .insert(subTaskForces)
    .values(
      STRATEGIES.map((s) => ({
        id: stableId(`sub-task-force:national:${s.code}`),
        taskForceId: nationalTaskForceId,
        name: NATIONAL_SUB_TASK_FORCES[s.code].name,
        strategyCode: s.code,
        coordinatorInstitutionId: institutionId(NATIONAL_SUB_TASK_FORCES[s.code].coordinator),
      })),
    )
    .onConflictDoNothing();
  const seats = NATIONAL_COMPOSITIONS.flatMap((c) =>
    c.seats.map((s) => ({
      id: stableId(`seat:national:${c.key}:${s.institution}:${s.role}`),
      taskForceId: nationalTaskForceId,
      institutionId: institutionId(s.institution),
      role: s.role,
      position: s.position ?? null,
      legalBasis: s.legalBasis ?? c.legalBasis,
      validFrom: s.from ?? c.from,
      validTo: s.to === undefined ? c.to : s.to,
    })),
  );
  await tx.insert(taskForceMemberships).values(seats).onConflictDoNothing();
}
