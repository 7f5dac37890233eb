import { eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { AuthContext } from '../../platform/http/types.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { nonPlanActivities } from './schema.js';
import { getRecordableNonPlanActivity } from './update-non-plan-activity.js';

/** Deletes a kegiatan non-RAN entered by mistake; the audit entry keeps what it said. */
export async function deleteNonPlanActivity(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  id: string,
): Promise<void> {
  const db = ctx.database.db;
  const before = await getRecordableNonPlanActivity(db, auth, id);
  await db.transaction(async (tx) => {
    await tx.delete(nonPlanActivities).where(eq(nonPlanActivities.id, id));
    await recordAudit(tx, actor, {
      action: 'non_plan_activity.deleted',
      entityType: 'non_plan_activity',
      entityId: id,
      before,
    });
  });
}
