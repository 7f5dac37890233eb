import { generatePeriods, PERIOD_FREQUENCIES, type ReportingPeriod } from '@sigap/domain';
import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../platform/db/client.js';
import { visibleInScope } from '../../platform/db/scope-sql.js';
import { regions } from '../regions/schema.js';
import { type MonitoringFrame, planVisibleSql } from './monitoring-frame.js';

/**
 * Achievement by region: the plan's own region and the RADs in force under it — for the RAN one
 * row per province (its provincial RAD and its kabupaten/kota RADs together) plus the RAN's own
 * row; for a provincial RAD the province and each kabupaten/kota. Regions without a RAD are
 * listed too (no plan is news, not an absence of news). Only plans the user can see count (the
 * RAN and the RADs within their scope), so a province user sees its own province's.
 *
 * RADs choose their own reporting frequency, so periods are matched by calendar, not by code:
 * a report counts as due when its period ends within the chosen period (the whole year when none
 * is chosen) and has begun by today.
 *
 * This is the one query of the dashboard that reads the whole country's reports of a year, so
 * it aggregates per plan first, from the covering index of migration 0006 (year, plan, indicator,
 * period → state, achievement) without touching the table, then per region. An indicator counts
 * while it is not retired: retiring an activity retires its indicators (plans/write-matrix.ts).
 */

export type RegionRow = {
  code: string | null;
  name: string | null;
  level: 'province' | 'regency' | null;
  plans: number;
  /** One of the plans (the only one when `plans` is 1). */
  plan_id: string | null;
  indicators: number | null;
  with_approved: number | null;
  measured: number | null;
  mean: number | null;
  expected: number | null;
  filed: number | null;
};

type Calendar = {
  due: string[];
  asOf: string[];
  perFrequency: Map<string, number>;
  /** Every period of the year has begun and none was chosen: all of the year's reports are due. */
  allDue: boolean;
};

/** Which period codes, over every frequency, are due by today and which are within "as of". */
export function regionCalendar(f: MonitoringFrame): Calendar {
  const from = f.upTo?.startsOn ?? `${f.year}-01-01`;
  const to = f.upTo?.endsOn ?? `${f.year}-12-31`;
  const due: string[] = [];
  const asOf: string[] = [];
  const perFrequency = new Map<string, number>();
  for (const frequency of PERIOD_FREQUENCIES) {
    const periods: ReportingPeriod[] = generatePeriods({
      frequency,
      startYear: f.year,
      endYear: f.year,
      deadlineDays: 0,
    });
    const dueHere = periods.filter(
      (p) => p.endsOn >= from && p.endsOn <= to && p.startsOn <= f.today,
    );
    due.push(...dueHere.map((p) => p.code));
    asOf.push(...periods.filter((p) => p.endsOn <= to).map((p) => p.code));
    perFrequency.set(frequency, dueHere.length);
  }
  return { due, asOf, perFrequency, allDue: !f.upTo && f.today >= `${f.year}-12-01` };
}

const list = (codes: string[]) =>
  codes.length
    ? sql.join(
        codes.map((c) => sql`${c}`),
        sql`, `,
      )
    : sql`null`;

export function regionQuery(f: MonitoringFrame): SQL {
  const anchor = f.regionCode ?? f.plan.regionCode;
  const cal = regionCalendar(f);
  // the plan itself counts when it lies within the region asked for (always, without one)
  const own =
    anchor === null
      ? f.plan.regionCode === null
      : f.plan.regionCode !== null && f.plan.regionCode === anchor;
  const underAnchor =
    anchor === null
      ? sql`true`
      : sql`(plans.region_code = ${anchor} or plans.region_code like ${`${anchor}.%`})`;
  const key = anchor === null ? sql`split_part(plans.region_code, '.', 1)` : sql`plans.region_code`;
  const periods = sql`case plans.reporting->>'frequency' ${sql.join(
    [...cal.perFrequency].map(([fr, n]) => sql`when ${fr} then ${n}::int`),
    sql` `,
  )} else 0 end`;
  const listed =
    anchor === null
      ? sql`regions.level = 'province'`
      : sql`(regions.code = ${anchor} or (regions.parent_code = ${anchor} and regions.level = 'regency'))`;
  const filtered = f.strategy !== null || f.institutionId !== null;
  // reports count only for the indicators counted: the filtered set, or every one not retired
  const counted = filtered
    ? sql`r.indicator_id in (select id from sel)`
    : sql`r.indicator_id not in (select id from plan_indicators where retired_in_revision is not null)`;
  // once every period of the year has begun, every report of the year is due: no list to test
  const dueFilter = cal.allDue ? sql`` : sql` and r.period_code in (${list(cal.due)})`;
  const asOfFilter = f.upTo ? sql` and r.period_code in (${list(cal.asOf)})` : sql``;
  return sql`with pl as (
      select plans.id, ${key} as key, ${periods} as periods
      from plans
      where (${own ? sql`plans.id = ${f.plan.id} or ` : sql``}(plans.kind = 'rad'
             and plans.start_year <= ${f.year} and plans.end_year >= ${f.year} and ${underAnchor}))
        and ${planVisibleSql(f.scope)}),
    sel as (
      select i.id, i.plan_id from plan_indicators i${
        filtered
          ? sql` join plan_activities a on a.id = i.activity_id join plan_programs g on g.id = a.program_id`
          : sql``
      }
      where i.plan_id in (select id from pl) and i.retired_in_revision is null${
        f.strategy ? sql` and g.strategy_code = ${f.strategy}` : sql``
      }${f.institutionId ? sql` and a.responsible_institution_id = ${f.institutionId}` : sql``}),
    ind as (select plan_id, count(*)::int as n from sel group by plan_id),
    filed as (
      select r.plan_id, count(*)::int as n from progress_reports r
      where r.year = ${f.year} and r.plan_id in (select id from pl) and r.state <> 'draft'
        and ${counted}${dueFilter}
      group by r.plan_id),
    per_plan as (
      select pl.id, pl.key, pl.periods, ind.n as indicators, filed.n as filed, got.*
      from pl
      left join ind on ind.plan_id = pl.id
      left join filed on filed.plan_id = pl.id
      cross join lateral (
        -- one plan at a time, so the index hands each plan's reports over in order
        select count(*)::int as with_approved, count(l.achievement)::int as measured,
               sum(l.achievement) as total
        from (select distinct on (r.indicator_id) r.achievement from progress_reports r
              where r.year = ${f.year} and r.plan_id = pl.id and r.state = 'approved'
                and ${counted}${asOfFilter}
              order by r.indicator_id, r.period_code desc) l) got),
    per_key as (
      select key, count(*)::int as plans, (array_agg(id))[1] as plan_id,
             coalesce(sum(indicators), 0)::int as indicators,
             coalesce(sum(indicators * periods), 0)::int as expected,
             sum(with_approved)::int as with_approved, sum(measured)::int as measured,
             (sum(total) / nullif(sum(measured), 0))::float8 as mean,
             coalesce(sum(filed), 0)::int as filed
      from per_plan group by key),
    regs as (
      select regions.code from regions
      where ${listed} and regions.valid_from <= ${`${f.year}-12-31`}::date
        and (regions.valid_to is null or regions.valid_to > ${`${f.year}-01-01`}::date)
        and ${visibleInScope(regions.code, f.scope)})
    select k.code, rn.name, rn.level, coalesce(p.plans, 0)::int as plans, p.plan_id, p.indicators,
           p.with_approved, p.measured, p.mean, p.expected, p.filed
    from (select code from regs union select key from per_key) k
    left join per_key p on p.key is not distinct from k.code
    left join regions rn on rn.code = k.code
    order by k.code nulls first`;
}

/**
 * Runs the by-region query with PostgreSQL's JIT compiler off. Its plan is estimated costly
 * (it reads a whole year nationally), so with the server default (jit = on) PostgreSQL spends
 * about a second compiling it to machine code for a query that then runs in tens of
 * milliseconds (measured: 1.3 s of JIT against 60 ms of execution). SET LOCAL needs a
 * transaction; it ends with the query. PGlite has no JIT and accepts the setting as is.
 */
export function regionRows(db: DbOrTx, query: SQL): Promise<RegionRow[]> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    return queryRows<RegionRow>(tx, query);
  });
}
