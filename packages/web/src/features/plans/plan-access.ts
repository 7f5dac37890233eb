import { makeScope, mayManageAt } from '@sigap/domain';
import { useCan, useMe } from '../../app/api/me.js';

/**
 * Whether the user may revise a plan: the RAN is the national secretariat's, a RAD belongs to
 * those whose scope holds its region (the server's plan-access.ts enforces the same rule).
 */
export function useMayManagePlan(): (regionCode: string | null) => boolean {
  const me = useMe();
  const can = useCan();
  const { level, regionCode: own } = me.user.scope;
  return (regionCode) => can('plans.manage') && mayManageAt(makeScope(level, own), regionCode);
}
