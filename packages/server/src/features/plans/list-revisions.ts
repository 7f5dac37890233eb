import type { Scope } from '@sigap/domain';
import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import { users } from '../identity/schema.js';
import type { PlanChanges } from './api-schemas.js';
import { REVISION_NOT_FOUND } from './get-plan.js';
import { getVisiblePlan } from './plan-access.js';
import { changeCounts } from './plan-diff.js';
import { planRevisions } from './schema.js';

/** Riwayat revisi (revision history): who revised the plan, when, why, and how much changed. */
export async function listRevisions(db: DbOrTx, scope: Scope, planId: string) {
  await getVisiblePlan(db, scope, planId);
  const rows = await selectRevisions(db)
    .where(eq(planRevisions.planId, planId))
    .orderBy(asc(planRevisions.number));
  return rows.map((r) => {
    const { changes: _, ...summary } = presentRevision(r);
    return summary;
  });
}

/** One revision with what it changed, field by field. */
export async function getRevision(db: DbOrTx, scope: Scope, planId: string, number: number) {
  await getVisiblePlan(db, scope, planId);
  const [row] = await selectRevisions(db).where(
    and(eq(planRevisions.planId, planId), eq(planRevisions.number, number)),
  );
  if (!row) throw new AppError('NOT_FOUND', REVISION_NOT_FOUND);
  return presentRevision(row);
}

function selectRevisions(db: DbOrTx) {
  return db
    .select({
      number: planRevisions.number,
      note: planRevisions.note,
      createdAt: planRevisions.createdAt,
      changes: planRevisions.changes,
      userId: users.id,
      userName: users.fullName,
    })
    .from(planRevisions)
    .leftJoin(users, eq(users.id, planRevisions.createdBy));
}

type RevisionRow = Awaited<ReturnType<ReturnType<typeof selectRevisions>['where']>>[number];

function presentRevision(r: RevisionRow) {
  const changes = r.changes as PlanChanges;
  return {
    number: r.number,
    note: r.note,
    createdAt: r.createdAt.toISOString(),
    createdBy: r.userId && r.userName ? { id: r.userId, name: r.userName } : null,
    counts: changeCounts(changes),
    changes,
  };
}
