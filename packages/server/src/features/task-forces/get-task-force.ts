import type { Scope, TaskForceDetail } from '@sigap/domain';
import { and, asc, desc, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import { institutions } from '../institutions/schema.js';
import { qualified } from '../shared/qualified.js';
import {
  membershipColumns,
  presentMembership,
  presentSubTaskForce,
  roleRank,
  selectTaskForces,
  subTaskForceColumns,
} from './presenters.js';
import { subTaskForces, taskForceMemberships, taskForces } from './schema.js';
import { findVisibleTaskForce, TASK_FORCE_NOT_FOUND } from './task-force-access.js';

/**
 * The seats of a task force. With `asOf`, the composition on that date (valid_to exclusive: a
 * seat ending 2021-04-01 is not held that day), in decree order; without it every seat ever
 * held, newest first, so a change of Perpres reads as a new block on top.
 */
export async function listMemberships(db: DbOrTx, taskForceId: string, asOf?: string) {
  const onDate = asOf
    ? and(
        lte(taskForceMemberships.validFrom, asOf),
        or(isNull(taskForceMemberships.validTo), gt(taskForceMemberships.validTo, asOf)),
      )
    : undefined;
  const institutionName = membershipColumns(asOf).institutionName;
  const rows = await db
    .select(membershipColumns(asOf))
    .from(taskForceMemberships)
    .innerJoin(institutions, eq(institutions.id, taskForceMemberships.institutionId))
    .where(and(eq(taskForceMemberships.taskForceId, taskForceId), onDate))
    .orderBy(
      ...(asOf ? [] : [desc(taskForceMemberships.validFrom)]),
      roleRank,
      asc(taskForceMemberships.position),
      asc(institutionName),
    );
  return rows.map(presentMembership);
}

export async function findTaskForceDetail(
  db: DbOrTx,
  id: string,
  asOf?: string,
): Promise<TaskForceDetail | null> {
  const [row] = await selectTaskForces(db).where(eq(taskForces.id, id));
  if (!row) return null;
  const [subs, memberships] = await Promise.all([
    db
      .select(subTaskForceColumns)
      .from(subTaskForces)
      .where(eq(subTaskForces.taskForceId, id))
      .orderBy(
        sql`(select s.number from strategies s where s.code = ${qualified(subTaskForces.strategyCode)}) nulls last`,
        asc(subTaskForces.name),
      ),
    listMemberships(db, id, asOf),
  ]);
  return { ...row, subTaskForces: subs.map(presentSubTaskForce), memberships };
}

/** One task force the user may see; others answer 404 as if they did not exist. */
export async function getTaskForce(db: DbOrTx, scope: Scope, id: string, asOf?: string) {
  const visible = await findVisibleTaskForce(db, scope, id);
  const detail = visible ? await findTaskForceDetail(db, id, asOf) : null;
  if (!detail) throw new AppError('NOT_FOUND', TASK_FORCE_NOT_FOUND);
  return detail;
}
