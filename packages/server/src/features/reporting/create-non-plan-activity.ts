import type { NonPlanActivityInput } from '@sigap/domain';
import type { AppContext } from '../../platform/context.js';
import type { AuthContext } from '../../platform/http/types.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { assertInstitutionExists } from '../institutions/assert-institution-exists.js';
import { assertMayRecordFor, getNonPlanActivityView } from './non-plan-access.js';
import { assertReportRegions } from './report-regions.js';
import { nonPlanActivities } from './schema.js';

/** The columns an input sets; the year is the start's, as the annual report counts it. */
export function nonPlanColumns(input: NonPlanActivityInput, institutionId: string) {
  return {
    institutionId,
    strategyCode: input.strategy,
    title: input.title,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    year: Number(input.startsOn.slice(0, 4)),
    narrative: input.narrative,
    regionCodes: input.regionCodes,
    realisedBudget: input.realisedBudget,
    budgetSource: input.budgetSource,
  };
}

/** Records a kegiatan non-RAN for the reporter's own institution (an admin: for any). */
export async function createNonPlanActivity(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  input: NonPlanActivityInput,
) {
  const db = ctx.database.db;
  const institutionId = input.institutionId ?? auth.institutionId;
  assertMayRecordFor(auth, institutionId);
  await assertInstitutionExists(db, 'institutionId', institutionId);
  await assertReportRegions(db, input.regionCodes, null);
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(nonPlanActivities)
      .values({ ...nonPlanColumns(input, institutionId), createdBy: auth.userId })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, actor, {
      action: 'non_plan_activity.created',
      entityType: 'non_plan_activity',
      entityId: row.id,
      after: row,
    });
    return row.id;
  });
  return getNonPlanActivityView(db, auth, id);
}
