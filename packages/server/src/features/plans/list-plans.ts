import type { Scope } from '@sigap/domain';
import { and, asc, count, desc, eq, gte, ilike, like, lte, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { regions } from '../regions/schema.js';
import { limitOffset, pageOf } from '../shared/paging.js';
import { qualified } from '../shared/qualified.js';
import { containsPattern, prefixPattern } from '../shared/search.js';
import type { PlanQuery, PlanView } from './api-schemas.js';
import { planVisible } from './plan-access.js';
import { plans } from './schema.js';

/** Plans the user may see: the RAN first, then RADs by region, the newest period first. */
export async function listPlans(db: DbOrTx, scope: Scope, q: PlanQuery) {
  const where = and(
    planVisible(scope),
    q.kind ? eq(plans.kind, q.kind) : undefined,
    q.regionCode
      ? or(
          eq(plans.regionCode, q.regionCode),
          like(plans.regionCode, prefixPattern(`${q.regionCode}.`)),
        )
      : undefined,
    q.year === undefined
      ? undefined
      : and(lte(plans.startYear, q.year), gte(plans.endYear, q.year)),
    q.q ? ilike(plans.title, containsPattern(q.q)) : undefined,
  );
  const { limit, offset } = limitOffset(q);
  const [rows, totals] = await Promise.all([
    db
      .select({
        id: plans.id,
        kind: plans.kind,
        regionCode: plans.regionCode,
        regionName: regions.name,
        title: plans.title,
        startYear: plans.startYear,
        endYear: plans.endYear,
        legalBasis: plans.legalBasis,
        revision: plans.revision,
        updatedAt: plans.updatedAt,
        activityCount: sql<number>`(select count(*)::int from plan_activities a where a.plan_id = ${qualified(plans.id)} and a.retired_in_revision is null)`,
        indicatorCount: sql<number>`(select count(*)::int from plan_indicators i where i.plan_id = ${qualified(plans.id)} and i.retired_in_revision is null)`,
      })
      .from(plans)
      .leftJoin(regions, eq(regions.code, plans.regionCode))
      .where(where)
      .orderBy(
        desc(plans.kind),
        sql`${plans.regionCode} asc nulls first`,
        desc(plans.startYear),
        asc(plans.title),
      )
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(plans).where(where),
  ]);
  const items: PlanView[] = rows.map((r) => ({
    ...r,
    activityCount: Number(r.activityCount),
    indicatorCount: Number(r.indicatorCount),
    updatedAt: r.updatedAt.toISOString(),
  }));
  return pageOf(items, q, totals[0]?.n ?? 0);
}
