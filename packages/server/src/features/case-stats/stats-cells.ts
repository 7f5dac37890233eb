import type { StatsDimension } from '@sigap/domain';
import { type SQL, sql } from 'drizzle-orm';
import { caseContribs, unitContribs, unitCtes } from './facts-contrib.js';
import { CONTRIB_COLUMNS } from './facts-refresh.js';
import { type StatsFilter, statsRegion } from './stats-selection.js';
import type { StatsCountRow } from './stats-sql.js';

/**
 * A statistics answer from the cells and facts (facts-refresh.ts), equal to the reference
 * statement's (stats-sql.ts; the equivalence test checks it over random filters).
 *
 * The period asked, [lo, hi), splits into whole years and whole months [m1, m2), summed from the
 * cells, and the days at its edges. A person unit (one cluster in a region and mode) counts in
 * the cell of its most recent record, with all its records, so the cells are right for every unit
 * whose records all lie in [lo, hi) and whose latest lies in [m1, m2). The others are computed
 * live from the facts: units with a record in an edge, and units of merged clusters that straddle
 * lo, m1 or m2 (found by the first and last day of every merged cluster, case_stats_clusters) —
 * what the cells counted for them is taken back out (`a`: the live units within the period; `b`:
 * the whole units of clusters that straddle lo or hi). That live part grows with the merged
 * clusters whose records lie on both sides of an edge of the period (docs/BENCHMARKS.md).
 * Kabupaten/kota statistics have no cells: their few thousand facts rows are counted live.
 */
const MIN_DAY = '0001-01-01';
const MAX_DAY = '9999-01-01';

const nextDay = (d: string) => {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
};
const max = (a: string, b: string) => (a > b ? a : b);
const min = (a: string, b: string) => (a < b ? a : b);
const floorMonth = (d: string) => `${d.slice(0, 7)}-01`;
const ceilMonth = (d: string) => {
  if (d.endsWith('-01')) return d;
  const y = Number(d.slice(0, 4));
  const m = Number(d.slice(5, 7));
  return m === 12
    ? `${String(y + 1).padStart(4, '0')}-01-01`
    : `${d.slice(0, 5)}${String(m + 1).padStart(2, '0')}-01`;
};
const floorYear = (d: string) => `${d.slice(0, 4)}-01-01`;
const ceilYear = (d: string) =>
  d.endsWith('-01-01') ? d : `${String(Number(d.slice(0, 4)) + 1).padStart(4, '0')}-01-01`;

export type StatsWindow = {
  lo: string;
  hi: string;
  m1: string;
  m2: string;
  y1: string;
  y2: string;
};

/** The period asked as [lo, hi) and its whole months [m1, m2) and whole years [y1, y2). */
export function statsWindow(f: StatsFilter): StatsWindow {
  let lo = MIN_DAY;
  let hi = MAX_DAY;
  if (f.year !== undefined) {
    lo = max(lo, `${String(f.year).padStart(4, '0')}-01-01`);
    hi = min(hi, `${String(f.year + 1).padStart(4, '0')}-01-01`);
  }
  if (f.from) lo = max(lo, f.from);
  if (f.to) hi = min(hi, nextDay(f.to));
  const m1 = ceilMonth(lo);
  const m2 = max(m1, floorMonth(hi));
  const y1 = min(ceilYear(m1), m2);
  const y2 = max(y1, floorYear(m2));
  return { lo, hi, m1, m2, y1, y2 };
}

/** Where a facts row (`p`) belongs to the statistics' region and mode. */
function selected(f: StatsFilter, region: string | null): SQL {
  const parts = [f.verifiedOnly ? sql`p.verified` : sql`true`];
  if (region !== null && !region.includes('.')) parts.push(sql`${region} = any(p.provinces)`);
  else if (region !== null) parts.push(sql`p.regencies @> array[${region}]::text[]`);
  return sql.join(parts, sql` and `);
}

const facts = (table: string, where: SQL) =>
  sql`select ''::text as region, true as vo, p.* from ${sql.raw(table)} p where ${where}`;
const people = (where: SQL) => sql`select * from case_stats_people p where ${where}`;
/** Answers are for one region and mode: the units need no expansion. */
const asIs = (rows: SQL) => sql`select ''::text as region, true as vo, x.* from ${rows} x`;

const total = (parts: SQL[]) => sql`select z.dim, z.m, z.key, sum(z.n)::int as n,
    (case when sum(z.amount_n) > 0 then sum(z.amount) end)::float8 as amount
  from (${sql.join(parts, sql` union all `)}) z
  group by z.dim, z.m, z.key having sum(z.n) <> 0`;

const plus = (contribs: SQL) =>
  sql`select t.dim, t.m, t.key, t.n, t.amount, t.amount_n from (${contribs}) t${CONTRIB_COLUMNS}`;

/**
 * The statement of an answer, or null when the region is below a kabupaten/kota (not a scope
 * the registry has: the reference statement answers those).
 */
export function cellsStatement(f: StatsFilter, dimensions: readonly StatsDimension[]): SQL | null {
  const region = statsRegion(f);
  if (region !== null && region.split('.').length > 2) return null;
  const dims = new Set(dimensions);
  const w = statsWindow(f);
  const sel = selected(f, region);
  const inWindow = sql`p.reported_on >= ${w.lo}::date and p.reported_on < ${w.hi}::date`;
  const withCells = (region === null || !region.includes('.')) && w.m1 < w.m2;

  if (!withCells) {
    return sql`with cc as (${facts('case_stats_cases', sql`${sel} and ${inWindow}`)}),
      ${unitCtes('a', people(sql`${sel} and ${inWindow}`), asIs)}
      ${total([plus(unitContribs('a_u', dims, sql`true`, 'all')), plus(caseContribs(sql`cc`, dims, sql`true`, 'all'))])}`;
  }

  const onEdge = sql`(p.reported_on < ${w.m1}::date or p.reported_on >= ${w.m2}::date)`;
  // three ranges of the cells' key, each an index range scan
  const periods = sql`((c.grain = 12 and c.period >= ${w.y1}::date and c.period < ${w.y2}::date)
    or (c.grain = 1 and c.period >= ${w.m1}::date and c.period < ${w.y1}::date)
    or (c.grain = 1 and c.period >= ${w.y2}::date and c.period < ${w.m2}::date))`;
  const wanted = ['total', ...dims].map((d) => sql`${d}`);
  // arrays, so that the facts are probed by the index on cluster_id rather than scanned
  const X = sql`(select coalesce(array_agg(cluster_id), '{}') from x)::uuid[]`;
  const XB = sql`(select coalesce(array_agg(cluster_id), '{}') from x where straddles)::uuid[]`;
  // units the cells count right (all records in the period, the latest in whole months): left
  // out of the live part rather than added and taken back. A cluster whose records all lie in
  // [lo, hi) is its whole unit in the live part and checks itself; one that straddles lo or hi
  // is checked against its whole unit (b). NOT IN a subquery: hashed.
  const COVERED = sql`(select cluster_id::text || role from b_u
      where first_on >= ${w.lo}::date and reported_on >= ${w.m1}::date
        and reported_on < ${w.m2}::date)`;
  const selfCovered = sql`vx.cluster_id not in (select cluster_id from x where straddles)
    and vx.first_on >= ${w.lo}::date and vx.reported_on >= ${w.m1}::date
    and vx.reported_on < ${w.m2}::date`;
  return sql`with x as (
      select k.cluster_id, (k.first_on < ${w.lo}::date or k.last_on >= ${w.hi}::date) as straddles
      from case_stats_clusters k
      where (k.last_on >= ${w.m2}::date and k.first_on < ${w.hi}::date)
         or (k.last_on >= ${w.lo}::date and k.first_on < ${w.m1}::date)),
    cc as (${facts('case_stats_cases', sql`${sel} and ${inWindow} and ${onEdge}`)}),
    ${unitCtes('b', people(sql`${sel} and p.cluster_id = any(${XB})`), asIs)},
    ${unitCtes(
      'a',
      sql`${people(sql`${sel} and ${inWindow} and ${onEdge}
          and p.cluster_id not in (select cluster_id from x)`)}
        union all
        ${people(sql`${sel} and ${inWindow} and p.cluster_id = any(${X})
          and (p.cluster_id::text || p.role) not in ${COVERED}`)}`,
      asIs,
    )},
    -- filtered once, then counted per breakdown
    a_live as (select * from a_u vx where not (${selfCovered})),
    b_out as (select * from b_u vx
      where vx.reported_on >= ${w.m1}::date and vx.reported_on < ${w.m2}::date
        and vx.first_on < ${w.lo}::date)
    ${total([
      sql`select c.dim, c.m, c.key, c.n, c.amount, c.amount_n from case_stats_cells c
          where c.region = ${region ?? ''} and c.verified_only = ${f.verifiedOnly}
            and ${periods} and c.dim in (${sql.join(wanted, sql`, `)})`,
      plus(unitContribs('a_live', dims, sql`true`, 'all')),
      sql`select t.dim, t.m, t.key, -t.n, -t.amount, -t.amount_n
          from (${unitContribs('b_out', dims, sql`true`, 'all')}) t${CONTRIB_COLUMNS}`,
      plus(caseContribs(sql`cc`, dims, sql`true`, 'all')),
    ])}`;
}

export type { StatsCountRow };
