import { DEFAULT_ACHIEVEMENT_CAP, type ReportingPeriod } from '@sigap/domain';
import { type SQL, sql } from 'drizzle-orm';
import {
  currentInstitutionAbbreviation,
  currentInstitutionName,
} from '../institutions/current-name.js';
import type { MonitoringFrame } from './monitoring-frame.js';

/**
 * The aggregate queries of one plan's dashboard. Each reads the plan's indicators once and its
 * reports of the year through the (plan_id, year, state) and (indicator_id, period_code)
 * indexes, and aggregates in the database: a dashboard call is a handful of statements whatever
 * the size of the plan. The bench runs these same statements directly to compare.
 */

/** Matrix rows retired by a revision keep their reports but no longer count. */
const ACTIVE = sql`i.retired_in_revision is null and a.retired_in_revision is null and g.retired_in_revision is null`;

function matrixFilters(f: MonitoringFrame): SQL {
  return sql`${f.strategy ? sql` and g.strategy_code = ${f.strategy}` : sql``}${
    f.institutionId ? sql` and a.responsible_institution_id = ${f.institutionId}` : sql``
  }`;
}

/** `ind`: the active indicators of the plan under the filters, with what they group by. */
export function indicatorsCte(f: MonitoringFrame): SQL {
  return sql`ind as (
    select i.id, i.code, i.name, i.position as ipos, a.id as activity_id, a.code as activity_code,
           a.title as activity_title, a.position as apos, g.position as gpos,
           g.strategy_code as strategy, a.responsible_institution_id as inst
    from plan_indicators i
    join plan_activities a on a.id = i.activity_id
    join plan_programs g on g.id = a.program_id
    where i.plan_id = ${f.plan.id} and ${ACTIVE}${matrixFilters(f)})`;
}

/**
 * Verified achievement (capaian terverifikasi) of a report, as domain verifiedAchievement()
 * computes it and the report's page shows it: the raw claim × evidence score / 100, clamped to
 * [0, cap]. Null when the report has no evidence score or no achievement: such indicators are
 * left out of the verified mean, not counted as 0 (an unscored report is not yet judged).
 */
// greatest/least skip nulls, so the case keeps an unscored or unmeasured report null
const verifiedSql = sql`case when r.achievement_raw is not null and r.evidence_score is not null
  then least(greatest(r.achievement_raw * r.evidence_score / 100, 0), ${DEFAULT_ACHIEVEMENT_CAP}::float8) end`;

/**
 * `latest`: each indicator's latest approved report of the year (up to the chosen period).
 * Realised values are cumulative for the year, so that one report holds the year so far; period
 * codes of one calendar sort in time order (2024-TW1 < 2024-TW2, 2024-M09 < 2024-M10).
 */
export function latestApprovedCte(f: MonitoringFrame): SQL {
  return sql`latest as (
    select distinct on (r.indicator_id) r.indicator_id, r.activity_id, r.achievement,
           r.realised_budget, ${verifiedSql} as verified
    from progress_reports r
    where r.plan_id = ${f.plan.id} and r.year = ${f.year} and r.state = 'approved'${
      f.upTo ? sql` and r.period_code <= ${f.upTo.code}` : sql``
    }
    order by r.indicator_id, r.period_code desc)`;
}

function periodValues(periods: ReportingPeriod[]): SQL {
  return sql.join(
    periods.map((p, i) => sql`(${p.code}::text, ${p.deadline}::date, ${i + 1}::int)`),
    sql`, `,
  );
}

/** Grouping sets number their rows: 1 = by strategy, 2 = by institution, 3 = the total. */
export const GROUP = { strategy: 1, institution: 2, total: 3 } as const;

const institutionNames = sql`case when q.inst is null then null else ${currentInstitutionName(sql`q.inst`)} end as inst_name,
  case when q.inst is null then null else ${currentInstitutionAbbreviation(sql`q.inst`)} end as inst_abbr`;

export type AchievementRow = {
  g: number;
  strategy: string | null;
  inst: string | null;
  inst_name: string | null;
  inst_abbr: string | null;
  indicators: number;
  with_approved: number;
  measured: number;
  mean: number | null;
  /** Measured indicators whose latest approved report has an evidence score. */
  scored: number;
  verified_mean: number | null;
};

/** Achievement by strategy, by institution and in total, in one pass. */
export function achievementQuery(f: MonitoringFrame): SQL {
  return sql`with ${indicatorsCte(f)}, ${latestApprovedCte(f)}
    select q.*, ${institutionNames} from (
      select grouping(ind.strategy, ind.inst)::int as g, ind.strategy, ind.inst,
             count(*)::int as indicators, count(l.indicator_id)::int as with_approved,
             count(l.achievement)::int as measured, avg(l.achievement)::float8 as mean,
             count(l.verified)::int as scored, avg(l.verified)::float8 as verified_mean
      from ind left join latest l on l.indicator_id = ind.id
      group by grouping sets ((ind.strategy), (ind.inst), ())) q`;
}

export type PeriodRow = {
  code: string;
  expected: number;
  filed: number;
  approved: number;
  with_approved: number;
  measured: number;
  mean: number | null;
};

/**
 * Completeness and trend per period that has begun: the reports filed for it, and the mean
 * achievement as it stood at its end (each indicator's latest approved report up to then).
 */
export function periodsQuery(f: MonitoringFrame, begun: ReportingPeriod[]): SQL {
  return sql`with ${indicatorsCte(f)}, per(code, deadline, ord) as (values ${periodValues(begun)})
    select per.code, count(*)::int as expected,
           count(r.id) filter (where r.state <> 'draft')::int as filed,
           count(r.id) filter (where r.state = 'approved')::int as approved,
           count(asof.indicator_id)::int as with_approved,
           count(asof.achievement)::int as measured, avg(asof.achievement)::float8 as mean
    from ind cross join per
    left join progress_reports r on r.indicator_id = ind.id and r.period_code = per.code
    left join lateral (
      select r2.indicator_id, r2.achievement from progress_reports r2
      where r2.indicator_id = ind.id and r2.state = 'approved' and r2.year = ${f.year}
        and r2.period_code <= per.code
      order by r2.period_code desc limit 1) asof on true
    group by per.code, per.ord order by per.ord`;
}

export type BudgetRow = {
  g: number;
  strategy: string | null;
  inst: string | null;
  inst_name: string | null;
  inst_abbr: string | null;
  activities: number;
  lines_with_pagu: number;
  planned: number;
  realised: number;
  lines_realised: number;
  lines_without_pagu: number;
  realised_without_pagu: number;
  attached_lines: number;
  attached_planned: number;
  attached_realised: number;
  attached_realised_lines: number;
};

/**
 * Planned (pagu) against realised budget per activity, by strategy, by institution and in
 * total. An activity's spending is the highest latest approved figure among its indicators:
 * every indicator's report restates the activity's cumulative spending, so adding them up would
 * count it twice.
 */
export function budgetQuery(f: MonitoringFrame): SQL {
  const withPagu = sql`not act.attached and act.amount > 0`;
  const noPagu = sql`not act.attached and coalesce(act.amount, 0) = 0`;
  return sql`with ${indicatorsCte(f)}, ${latestApprovedCte(f)},
    act as (
      select a.id, g.strategy_code as strategy, a.responsible_institution_id as inst,
             b.amount::float8 as amount, coalesce(b.attached, false) as attached
      from plan_activities a
      join plan_programs g on g.id = a.program_id
      left join plan_activity_budgets b on b.activity_id = a.id and b.year = ${f.year}
      where a.plan_id = ${f.plan.id} and a.retired_in_revision is null
        and g.retired_in_revision is null${matrixFilters(f)}),
    spent as (
      select l.activity_id, max(l.realised_budget)::float8 as realised
      from latest l join ind on ind.id = l.indicator_id group by l.activity_id)
    select q.*, ${institutionNames} from (
      select grouping(act.strategy, act.inst)::int as g, act.strategy, act.inst,
        count(*)::int as activities,
        count(*) filter (where ${withPagu})::int as lines_with_pagu,
        coalesce(sum(act.amount) filter (where ${withPagu}), 0)::float8 as planned,
        coalesce(sum(s.realised) filter (where ${withPagu}), 0)::float8 as realised,
        count(s.realised) filter (where ${withPagu})::int as lines_realised,
        count(*) filter (where ${noPagu})::int as lines_without_pagu,
        coalesce(sum(s.realised) filter (where ${noPagu}), 0)::float8 as realised_without_pagu,
        count(*) filter (where act.attached)::int as attached_lines,
        coalesce(sum(act.amount) filter (where act.attached), 0)::float8 as attached_planned,
        coalesce(sum(s.realised) filter (where act.attached), 0)::float8 as attached_realised,
        count(s.realised) filter (where act.attached)::int as attached_realised_lines
      from act left join spent s on s.activity_id = act.id
      group by grouping sets ((act.strategy), (act.inst), ())) q`;
}

export type OverdueRow = {
  id: string;
  code: string;
  name: string;
  activity_id: string;
  activity_code: string;
  activity_title: string;
  strategy: string;
  inst: string;
  inst_name: string;
  inst_abbr: string;
  period_code: string;
  draft_id: string | null;
  total: number;
};

/**
 * Reports due and not filed (absent, or a draft never submitted), oldest period first, then in
 * the plan's own order; the total comes with the page.
 */
export function overdueQuery(
  f: MonitoringFrame,
  page: { limit: number; offset: number },
): SQL | null {
  if (f.due.length === 0) return null;
  return sql`with ${indicatorsCte(f)}, per(code, deadline, ord) as (values ${periodValues(f.due)})
    select q.*, ${institutionNames} from (
      select ind.id, ind.code, ind.name, ind.activity_id, ind.activity_code, ind.activity_title,
             ind.strategy, ind.inst, per.code as period_code, r.id as draft_id,
             count(*) over ()::int as total, per.ord, ind.gpos, ind.apos, ind.ipos
      from ind cross join per
      left join progress_reports r on r.indicator_id = ind.id and r.period_code = per.code
      where r.id is null or r.state = 'draft'
      order by per.ord, ind.gpos, ind.apos, ind.ipos, ind.code
      limit ${page.limit} offset ${page.offset}) q
    order by q.ord, q.gpos, q.apos, q.ipos, q.code`;
}
