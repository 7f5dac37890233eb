import type { Scope } from '@sigap/domain';
import { and, asc, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { withinScope } from '../../platform/db/scope-sql.js';
import { AppError } from '../../platform/http/errors.js';
import { regions } from '../regions/schema.js';
import { qualified } from '../shared/qualified.js';
import type { AlignmentView } from './api-schemas.js';
import { PLAN_NOT_FOUND } from './plan-access.js';
import { planActivities, planPrograms, plans } from './schema.js';

/**
 * Keselarasan RAD–RAN (alignment): for each region in the user's scope, its RADs whose period
 * overlaps the RAN's, which RAN activities they implement (through plan_activities.ran_activity_id)
 * and which they leave out; and the regions with no such RAD at all. Two queries: the RAN's
 * activities, and the regions with their RADs and the RAN activities each RAD covers.
 */
export async function planAlignment(
  db: DbOrTx,
  scope: Scope,
  ranPlanId: string,
): Promise<AlignmentView> {
  const ranRows = await db
    .select({
      planTitle: plans.title,
      startYear: plans.startYear,
      endYear: plans.endYear,
      id: planActivities.id,
      code: planActivities.code,
      title: planActivities.title,
      strategy: planPrograms.strategyCode,
    })
    .from(plans)
    .leftJoin(
      planActivities,
      and(eq(planActivities.planId, plans.id), isNull(planActivities.retiredInRevision)),
    )
    .leftJoin(planPrograms, eq(planPrograms.id, planActivities.programId))
    .where(and(eq(plans.id, ranPlanId), eq(plans.kind, 'ran')))
    .orderBy(asc(planPrograms.position), asc(planActivities.position));
  const head = ranRows[0];
  if (!head) throw new AppError('NOT_FOUND', PLAN_NOT_FOUND);
  const ranActivities = ranRows.flatMap((r) =>
    r.id && r.code && r.title && r.strategy
      ? [{ id: r.id, code: r.code, title: r.title, strategy: r.strategy }]
      : [],
  );
  const allIds = ranActivities.map((a) => a.id);

  const rows = await db
    .select({
      code: regions.code,
      name: regions.name,
      level: regions.level,
      radId: plans.id,
      radTitle: plans.title,
      radStart: plans.startYear,
      radEnd: plans.endYear,
      covered: sql<
        string[] | null
      >`(select json_agg(distinct a.ran_activity_id) from plan_activities a
        join plan_activities ra on ra.id = a.ran_activity_id
        where a.plan_id = ${qualified(plans.id)} and a.retired_in_revision is null
          and ra.plan_id = ${ranPlanId})`,
    })
    .from(regions)
    .leftJoin(
      plans,
      and(
        eq(plans.kind, 'rad'),
        eq(plans.regionCode, regions.code),
        lte(plans.startYear, head.endYear),
        gte(plans.endYear, head.startYear),
      ),
    )
    .where(
      and(
        inArray(regions.level, ['province', 'regency']),
        isNull(regions.validTo),
        withinScope(regions.code, scope),
      ),
    )
    .orderBy(asc(regions.code), asc(plans.startYear));

  const byRegion = new Map<string, AlignmentView['regions'][number] & { covered: Set<string> }>();
  for (const r of rows) {
    const level = r.level === 'province' ? 'province' : 'regency';
    let entry = byRegion.get(r.code);
    if (!entry) {
      entry = {
        code: r.code,
        name: r.name,
        level,
        rads: [],
        coveredActivityIds: [],
        notCoveredActivityIds: [],
        covered: new Set(),
      };
      byRegion.set(r.code, entry);
    }
    if (r.radId && r.radTitle && r.radStart !== null && r.radEnd !== null) {
      entry.rads.push({ id: r.radId, title: r.radTitle, startYear: r.radStart, endYear: r.radEnd });
      for (const id of r.covered ?? []) entry.covered.add(id);
    }
  }
  const out: AlignmentView = {
    ran: { id: ranPlanId, title: head.planTitle, startYear: head.startYear, endYear: head.endYear },
    ranActivities,
    regions: [],
    withoutRad: [],
  };
  for (const { covered, ...e } of byRegion.values()) {
    if (e.rads.length === 0) out.withoutRad.push({ code: e.code, name: e.name, level: e.level });
    if (e.level === 'regency' && e.rads.length === 0) continue;
    out.regions.push({
      ...e,
      coveredActivityIds: allIds.filter((id) => covered.has(id)),
      notCoveredActivityIds: allIds.filter((id) => !covered.has(id)),
    });
  }
  return out;
}
