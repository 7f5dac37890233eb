import type { NonPlanActivityInput } from '@sigap/domain';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { assertInstitutionExists } from '../institutions/assert-institution-exists.js';
import { nonPlanColumns } from './create-non-plan-activity.js';
import {
  assertMayRecordFor,
  getNonPlanActivityView,
  NON_PLAN_NOT_FOUND,
  nonPlanVisibleTo,
} from './non-plan-access.js';
import { assertReportRegions } from './report-regions.js';
import { nonPlanActivities } from './schema.js';

/** The activity if this user may read it (else 404) and record for its institution (else 403). */
export async function getRecordableNonPlanActivity(db: DbOrTx, auth: AuthContext, id: string) {
  const [row] = await db
    .select()
    .from(nonPlanActivities)
    .where(and(eq(nonPlanActivities.id, id), nonPlanVisibleTo(auth)));
  if (!row) throw new AppError('NOT_FOUND', NON_PLAN_NOT_FOUND);
  assertMayRecordFor(auth, row.institutionId);
  return row;
}

/**
 * Replaces the activity's fields with the form's (the whole input, as the form sends it);
 * an omitted institution keeps the current one.
 */
export async function updateNonPlanActivity(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  id: string,
  input: NonPlanActivityInput,
) {
  const db = ctx.database.db;
  const before = await getRecordableNonPlanActivity(db, auth, id);
  const institutionId = input.institutionId ?? before.institutionId;
  if (institutionId !== before.institutionId) {
    assertMayRecordFor(auth, institutionId);
    await assertInstitutionExists(db, 'institutionId', institutionId);
  }
  await assertReportRegions(db, input.regionCodes, null);
  await db.transaction(async (tx) => {
    const [after] = await tx
      .update(nonPlanActivities)
      .set({ ...nonPlanColumns(input, institutionId), updatedAt: new Date() })
      .where(eq(nonPlanActivities.id, id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'non_plan_activity.updated',
      entityType: 'non_plan_activity',
      entityId: id,
      before,
      after,
    });
  });
  return getNonPlanActivityView(db, auth, id);
}
