import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';
import { plans } from '../plans/schema.js';
import { periodView, planPeriods, reportingOf, todayInIndonesia } from './plan-periods.js';
import { planInScopeSql } from './report-access.js';

export const PLAN_NOT_FOUND = { id: 'Rencana aksi tidak ditemukan', en: 'Plan not found' };

/** A plan's reporting calendar with where each period stands today. */
export async function listPeriods(db: DbOrTx, auth: AuthContext, planId: string, now = new Date()) {
  const [plan] = await db
    .select()
    .from(plans)
    .where(and(eq(plans.id, planId), planInScopeSql(plans.regionCode, auth.scope)));
  if (!plan) throw new AppError('NOT_FOUND', PLAN_NOT_FOUND);
  const settings = reportingOf(plan);
  const today = todayInIndonesia(now);
  return {
    plan: {
      id: plan.id,
      kind: plan.kind,
      title: plan.title,
      regionCode: plan.regionCode,
      startYear: plan.startYear,
      endYear: plan.endYear,
      ...settings,
    },
    today,
    periods: planPeriods(plan).map((p) => periodView(p, settings, today)),
  };
}
