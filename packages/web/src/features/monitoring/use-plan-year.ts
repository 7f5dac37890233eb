import { useQuery } from '@tanstack/react-query';
import { useMe } from '../../app/api/me.js';
import { planOptionsQuery } from '../reporting/api.js';
import type { PlanView } from '../reporting/types.js';

/**
 * The plan and year a monitoring page shows when the address names none: the plan in force this
 * year (the user's own RAD first, then the RAN), and this year or the plan's last one.
 */
export function usePlanYear(search: { planId?: string; year?: number }) {
  const me = useMe();
  const plans = useQuery(planOptionsQuery());
  const list = plans.data?.items ?? [];
  const thisYear = new Date().getFullYear();
  const scopeRegion = me.user.scope.regionCode;
  const pick = (pool: PlanView[]) =>
    pool.find((p) => p.kind === 'rad' && p.regionCode === scopeRegion) ??
    pool.find((p) => p.kind === 'ran') ??
    pool[0];
  const inForce = list.filter((p) => p.startYear <= thisYear && thisYear <= p.endYear);
  const plan =
    list.find((p) => p.id === search.planId) ??
    (search.planId
      ? undefined
      : pick(inForce.length > 0 ? inForce : [...list].sort((a, b) => b.endYear - a.endYear)));
  const year =
    search.year ?? (plan ? Math.min(Math.max(thisYear, plan.startYear), plan.endYear) : undefined);
  return { plans, list, plan, planId: search.planId ?? plan?.id, year };
}
