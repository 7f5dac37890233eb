import type { TrafficLightThresholds } from '@sigap/domain';
import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { AuthContext } from '../../platform/http/types.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { assertMayManagePlan, getVisiblePlan } from './plan-access.js';
import { plans } from './schema.js';

/**
 * Ambang lampu lalu lintas (traffic-light thresholds) of a plan: where achievement turns green
 * or yellow on its dashboard. A setting of the plan, not of its matrix, so it needs no revision;
 * the change is audited like any other.
 */
export async function updatePlanSettings(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  planId: string,
  settings: { trafficLight: TrafficLightThresholds },
): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const plan = await getVisiblePlan(tx, auth.scope, planId, { forUpdate: true });
    assertMayManagePlan(auth.scope, plan.regionCode);
    await tx
      .update(plans)
      .set({ trafficLight: settings.trafficLight, updatedAt: sql`now()` })
      .where(eq(plans.id, planId));
    await recordAudit(tx, actor, {
      action: 'plan.settings_changed',
      entityType: 'plan',
      entityId: planId,
      before: { trafficLight: plan.trafficLight },
      after: { trafficLight: settings.trafficLight },
    });
  });
}
