import {
  CTDC_AGE_BANDS,
  LEGAL_STAGES,
  SIMFONI_AGE_BANDS,
  type StatsDimension,
} from '@sigap/domain';
import { type SQL, sql } from 'drizzle-orm';
import {
  ageBandSql,
  DESTINATION,
  DESTINATION_REGENCY,
  ORIGIN_PROVINCE,
  ORIGIN_REGENCY,
} from './stats-selection.js';

/**
 * What each counted thing adds to the breakdowns, as rows (region, vo, on_day, dim, m, key, n,
 * amount, amount_n): the same keys the reference statement (stats-sql.ts) counts by.
 *
 * A person "unit" is one cluster within one region and mode (`vo`: verified only): described by
 * its most recent record there (`on_day` is that record's day, the period the unit counts in),
 * with the services of all its records there. The cells hold the units of every region and mode;
 * an answer builds the few units it must compute live the same way (stats-cells.ts).
 *
 * `base` is a set of person facts rows and `expand(rows)` gives them once per region and mode
 * they count in (columns `region`, `vo` first). Nearly every cluster is one record: those are
 * their own unit and skip the sort that picks the most recent record of the others.
 */
export function unitCtes(p: string, base: SQL, expand: (rows: SQL) => SQL): SQL {
  const n = (x: string) => sql.raw(`${p}_${x}`);
  // window functions rather than joins: a join of CTEs is planned blind (no statistics) and
  // came out as nested loops; one sort serves every window here
  return sql`${n('b')} as (${base}),
    ${n('mc')} as (select cluster_id from ${n('b')} group by cluster_id having count(*) > 1),
    ${n('s')} as (${expand(sql`(select * from ${n('b')} b
      where b.cluster_id not in (select cluster_id from ${n('mc')}))`)}),
    ${n('m')} as (${expand(sql`(select * from ${n('b')} b
      where b.cluster_id in (select cluster_id from ${n('mc')}))`)}),
    ${n('w')} as (
      select m.*, min(m.reported_on) over w as first_on, sum(m.svc_active) over w as active,
             sum(m.svc_open) over w as open, case_stats_array_cat(m.svc_types) over w as types,
             case_stats_array_cat(m.svc_done) over w as done,
             row_number() over (w order by m.reported_on desc, m.person_id desc) as rn
      from ${n('m')} m
      window w as (partition by m.region, m.vo, m.role, m.cluster_id)),
    ${n('u')} as (
      select s.*, s.reported_on as first_on, s.svc_active::bigint as active,
             s.svc_open::bigint as open, s.svc_types as types, s.svc_done as done, 1::bigint as rn
      from ${n('s')} s
      union all
      select * from ${n('w')} where rn = 1)`;
}

const YEAR = sql`extract(year from vx.reported_on)::int::text`;

/** Single-valued victim keys (stats-sql.ts DIMENSION_SQL). */
const VICTIM_KEYS: Partial<Record<StatsDimension, SQL>> = {
  year: YEAR,
  originProvince: ORIGIN_PROVINCE,
  originRegency: ORIGIN_REGENCY,
  destination: DESTINATION,
  destinationRegency: DESTINATION_REGENCY,
  countryOfExploitation: sql`vx.dest_country`,
  sex: sql`vx.sex`,
  ageSimfoni: ageBandSql(SIMFONI_AGE_BANDS, sql`vx.age`),
  ageCtdc: ageBandSql(CTDC_AGE_BANDS, sql`vx.age`),
  citizenship: sql`vx.citizenship`,
  serviceCompletion: sql`case when coalesce(vx.active, 0) = 0 then 'none'
      when vx.open = 0 then 'completed' else 'open' end`,
};

/**
 * Contributions are counted per key right away (one small aggregate per breakdown rather than a
 * row per unit and breakdown): per month of the unit's day for the cells, or over the whole set
 * (`null` period) for an answer's live part. Keys are grouped under the "C" collation: byte
 * comparison, the same groups, without the cost of the database's linguistic collation.
 */
export type Grain = 'month' | 'all';

const period = (grain: Grain) =>
  grain === 'month' ? sql`date_trunc('month', vx.reported_on::timestamp)::date` : sql`null::date`;

type Count = { from: SQL; where: SQL; grain: Grain; dim: string; m: string; key: SQL };

const counted = (c: Count, join: SQL = sql``) =>
  sql`select vx.region, vx.vo, ${period(c.grain)}, ${c.dim}::text, ${c.m}::text,
        (${c.key})::text collate "C", count(*)::int, 0::float8, 0
      from ${c.from} vx ${join} where ${c.where} group by 1, 2, 3, 6`;

const UNNEST = (column: string) =>
  sql`left join lateral unnest(vx.${sql.raw(column)}) t(code) on true`;

/** The contributions of a set of units (a CTE made by unitCtes, `<p>_u`, or a subset of one). */
export function unitContribs(
  units: string,
  dims: ReadonlySet<StatsDimension>,
  where: SQL,
  grain: Grain,
): SQL {
  const from = sql.raw(units);
  const victim = { from, grain, m: 'victims', where: sql`vx.role = 'victim' and ${where}` };
  const perp = { from, grain, m: 'perpetrators', where: sql`vx.role = 'perpetrator' and ${where}` };
  const parts = [
    counted({ ...victim, dim: 'total', key: sql`null` }),
    counted({ ...perp, dim: 'total', key: sql`null` }),
  ];
  for (const d of dims) {
    const key = VICTIM_KEYS[d];
    if (key) parts.push(counted({ ...victim, dim: d, key }));
  }
  if (dims.has('year')) parts.push(counted({ ...perp, dim: 'year', key: YEAR }));
  if (dims.has('sex')) parts.push(counted({ ...perp, dim: 'sex', key: sql`vx.sex` }));
  if (dims.has('exploitationType'))
    parts.push(
      counted(
        { ...victim, dim: 'exploitationType', key: sql`t.code` },
        UNNEST('exploitation_types'),
      ),
    );
  if (dims.has('modus'))
    parts.push(counted({ ...victim, dim: 'modus', key: sql`t.code` }, UNNEST('modus')));
  if (dims.has('serviceType')) {
    const types = sql`cross join lateral (select distinct t.type from unnest(vx.types) t(type)) st`;
    parts.push(counted({ ...victim, dim: 'serviceType', key: sql`st.type` }, types));
    parts.push(
      counted(
        {
          ...victim,
          m: 'completed',
          dim: 'serviceType',
          key: sql`st.type`,
          where: sql`${victim.where} and st.type = any(vx.done)`,
        },
        types,
      ),
    );
  }
  return sql.join(parts, sql` union all `);
}

/** The contributions of case facts rows (a set `from` with `region` and `vo` columns). */
export function caseContribs(
  from: SQL,
  dims: ReadonlySet<StatsDimension>,
  where: SQL,
  grain: Grain,
): SQL {
  const c = { from, where, grain, m: 'cases' };
  const parts = [counted({ ...c, dim: 'total', key: sql`null` })];
  if (dims.has('year')) parts.push(counted({ ...c, dim: 'year', key: YEAR }));
  if (dims.has('exploitationType'))
    parts.push(
      counted({ ...c, dim: 'exploitationType', key: sql`t.code` }, UNNEST('exploitation_types')),
    );
  if (dims.has('modus'))
    parts.push(counted({ ...c, dim: 'modus', key: sql`t.code` }, UNNEST('modus')));
  if (dims.has('legalOutcome'))
    parts.push(sql`select vx.region, vx.vo, ${period(grain)}, 'legalOutcome'::text, 'cases'::text,
          o.key::text collate "C", count(*)::int, coalesce(sum(o.amount), 0)::float8,
          count(o.amount)::int
        from ${from} vx cross join lateral (values ${sql.join(
          LEGAL_STAGES.map((stage, i) => sql`(${stage}, vx.legal_stage >= ${i + 1}, null::float8)`),
          sql`, `,
        )}, ('restitution_ordered', vx.restitution_ordered, vx.ordered_amount),
            ('restitution_paid', vx.restitution_paid, vx.paid_amount)) o(key, hit, amount)
        where o.hit and ${where}
        group by 1, 2, 3, 6`);
  return sql.join(parts, sql` union all `);
}
