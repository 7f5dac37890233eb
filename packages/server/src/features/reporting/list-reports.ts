import {
  findPeriodByCode,
  generatePeriods,
  PERIOD_FREQUENCIES,
  parsePeriodCode,
} from '@sigap/domain';
import { and, count, desc, eq, ilike, inArray, like, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import type { AuthContext } from '../../platform/http/types.js';
import { planActivities, planIndicators, planPrograms } from '../plans/schema.js';
import { limitOffset, pageOf } from '../shared/paging.js';
import { containsPattern, prefixPattern } from '../shared/search.js';
import {
  presentReportSummary,
  reportOrder,
  reportOrderOldest,
  selectReportSummaries,
} from './presenters.js';
import { reportsVisibleTo } from './report-access.js';
import { progressReports } from './schema.js';
import type { ReportQuery } from './views.js';

/**
 * Progress reports this user may read, filtered; access is part of the WHERE. The filters are
 * also the `records` links of the monitoring dashboard, so each one reads exactly as the
 * dashboard counts (monitoring/dashboard-sql.ts, region-sql.ts).
 */
export async function listReports(db: DbOrTx, auth: AuthContext, q: ReportQuery) {
  const r = progressReports;
  // The dashboard counts by the plan's matrix as it stands (`activeIndicators`): an activity a
  // revision handed to another institution or program counts there, so its links must filter
  // the same way rather than by what the report was filed under.
  const byMatrix = q.activeIndicators === 'true';
  const matching = and(
    reportsVisibleTo(auth),
    q.planId ? eq(r.planId, q.planId) : undefined,
    q.year ? eq(r.year, q.year) : undefined,
    q.periodCode ? eq(r.periodCode, q.periodCode) : undefined,
    q.upToPeriodCode ? upToPeriod(q.upToPeriodCode) : undefined,
    q.state ? inArray(r.state, q.state) : undefined,
    q.institutionId
      ? byMatrix
        ? matrixInstitution(q.institutionId)
        : eq(r.institutionId, q.institutionId)
      : undefined,
    q.strategy
      ? byMatrix
        ? matrixStrategy(q.strategy)
        : eq(r.strategyCode, q.strategy)
      : undefined,
    q.activityId ? eq(r.activityId, q.activityId) : undefined,
    q.indicatorId ? eq(r.indicatorId, q.indicatorId) : undefined,
    q.regionCode
      ? or(eq(r.regionCode, q.regionCode), like(r.regionCode, prefixPattern(`${q.regionCode}.`)))
      : undefined,
    q.activeIndicators === 'true' ? activeIndicator : undefined,
  );
  const where = and(
    matching,
    // the latest is chosen among the matching reports, before the text search (which is about
    // the indicator and activity, the same for all of an indicator's reports)
    q.latestPerIndicator === 'true'
      ? inArray(
          r.id,
          db
            .selectDistinctOn([r.indicatorId], { id: r.id })
            .from(r)
            .where(matching)
            .orderBy(r.indicatorId, desc(r.periodCode)),
        )
      : undefined,
    q.q
      ? or(
          ilike(planIndicators.name, containsPattern(q.q)),
          ilike(planIndicators.code, containsPattern(q.q)),
          ilike(planActivities.title, containsPattern(q.q)),
          ilike(planActivities.code, containsPattern(q.q)),
        )
      : undefined,
  );
  const { limit, offset } = limitOffset(q);
  const [rows, totals] = await Promise.all([
    selectReportSummaries(db)
      .where(where)
      .orderBy(...(q.sort === 'oldest' ? reportOrderOldest : reportOrder))
      .limit(limit)
      .offset(offset),
    // the joins only matter to the text search; without it the count reads one table
    q.q
      ? db
          .select({ n: count() })
          .from(r)
          .innerJoin(planActivities, eq(planActivities.id, r.activityId))
          .innerJoin(planIndicators, eq(planIndicators.id, r.indicatorId))
          .where(where)
      : db.select({ n: count() }).from(r).where(where),
  ]);
  return pageOf(rows.map(presentReportSummary), q, totals[0]?.n ?? 0);
}

/** The indicator, its activity and its programme are all still in force (none retired). */
function matrixInstitution(institutionId: string): SQL {
  return sql`exists (select 1 from ${planActivities} a where a.id = ${progressReports.activityId}
    and a.responsible_institution_id = ${institutionId})`;
}

function matrixStrategy(strategy: string): SQL {
  return sql`exists (select 1 from ${planActivities} a join ${planPrograms} g on g.id = a.program_id
    where a.id = ${progressReports.activityId} and g.strategy_code = ${strategy})`;
}

const activeIndicator: SQL = sql`exists (select 1 from ${planIndicators} i
  join ${planActivities} a on a.id = i.activity_id
  join ${planPrograms} g on g.id = a.program_id
  where i.id = ${progressReports.indicatorId} and i.retired_in_revision is null
    and a.retired_in_revision is null and g.retired_in_revision is null)`;

/**
 * Reports of the named period and of every period of its year that ends by then, whatever the
 * frequency: within one plan's calendar that is "period code ≤ this one" (the dashboard's "as
 * of"), and across RADs of other frequencies it is the by-date rule of the region breakdown.
 */
function upToPeriod(code: string): SQL | undefined {
  const parsed = parsePeriodCode(code);
  const upTo = parsed && findPeriodByCode(code, parsed.frequency, 0);
  if (!parsed || !upTo) return sql`false`;
  const codes = PERIOD_FREQUENCIES.flatMap((frequency) =>
    generatePeriods({ frequency, startYear: parsed.year, endYear: parsed.year, deadlineDays: 0 }),
  )
    .filter((p) => p.endsOn <= upTo.endsOn)
    .map((p) => p.code);
  return and(eq(progressReports.year, parsed.year), inArray(progressReports.periodCode, codes));
}
