import {
  CTDC_AGE_BANDS,
  LEGAL_STAGES,
  SIMFONI_AGE_BANDS,
  type StatsDimension,
  type StatsMeasure,
} from '@sigap/domain';
import { type SQL, sql } from 'drizzle-orm';
import {
  ageBandSql,
  DESTINATION,
  DESTINATION_REGENCY,
  ORIGIN_PROVINCE,
  ORIGIN_REGENCY,
  type StatsFilter,
  selectionCtes,
} from './stats-selection.js';

/**
 * One statement per answer: the selection (stats-selection.ts) once, then every breakdown asked
 * for as an aggregate over it, stacked in long form (dimension, measure, key, count, amount).
 * One round trip, and PostgreSQL builds the deduplicated victims once for all breakdowns.
 */
export type StatsCountRow = {
  dim: StatsDimension | 'total';
  m: StatsMeasure;
  key: string | null;
  n: number;
  amount: number | null;
};

/** Counts `key` over a set (a CTE or subquery); `key` may hold parameters, hence the subquery. */
const countBy = (dim: string, m: string, key: SQL, from: SQL) =>
  sql`select ${dim}::text as dim, ${m}::text as m, k.key::text as key, count(*)::int as n,
        null::float8 as amount
      from (select ${key} as key from ${from}) k group by k.key`;

/** Victims by a key; `vx` (with the events of their case) only for the keys that need places. */
const victimsBy = (dim: string, key: SQL, from: 'v' | 'vx' = 'vx') =>
  countBy(dim, 'victims', key, sql.raw(from));

/** A victim's forms of exploitation (or modus) are those of their case; none → one null row. */
const victimsByArray = (dim: string, column: 'exploitation_types' | 'modus') =>
  countBy(
    dim,
    'victims',
    sql`t.code`,
    sql`v left join lateral unnest(v.${sql.raw(column)}) t(code) on true`,
  );
const casesByArray = (dim: string, column: 'exploitation_types' | 'modus') =>
  countBy(
    dim,
    'cases',
    sql`t.code`,
    sql`c left join lateral unnest(c.${sql.raw(column)}) t(code) on true`,
  );

export const STAGE_RANK = sql`case l.step when 'police_report' then 1 when 'investigation' then 2
      when 'prosecution' then 3 when 'verdict' then 4 when 'sentence' then 4 else 0 end`;

/** Cases that reached each stage (cumulatively), and restitution ordered and paid with amounts. */
const legalOutcome = sql`select 'legalOutcome'::text as dim, 'cases'::text as m, o.key::text as key,
        count(*)::int as n, sum(o.amount)::float8 as amount
      from (select l.case_id, max(${STAGE_RANK}) as stage,
                   bool_or(l.step in ('restitution_ordered', 'restitution_paid')) as ordered,
                   bool_or(l.step = 'restitution_paid') as paid,
                   sum(l.amount) filter (where l.step = 'restitution_ordered') as ordered_amount,
                   sum(l.amount) filter (where l.step = 'restitution_paid') as paid_amount
            from legal_steps l join c on c.id = l.case_id group by l.case_id) s
      cross join lateral (values ${sql.join(
        LEGAL_STAGES.map((stage, i) => sql`(${stage}, s.stage >= ${i + 1}, null::float8)`),
        sql`, `,
      )}, ('restitution_ordered', s.ordered, s.ordered_amount),
          ('restitution_paid', s.paid, s.paid_amount)) o(key, hit, amount)
      where o.hit group by o.key`;

/** Per victim: every service of every record of theirs in the selection. */
const SERVICES = sql`(select vp.cluster_id, s.service_type, s.status
      from vp join victim_services s on s.person_id = vp.id)`;

const serviceCompletion = countBy(
  'serviceCompletion',
  'victims',
  sql`case when sv.active is null or sv.active = 0 then 'none'
        when sv.open = 0 then 'completed' else 'open' end`,
  sql`v left join (select cluster_id,
          count(*) filter (where status <> 'cancelled') as active,
          count(*) filter (where status in ('planned', 'in_progress')) as open
        from ${SERVICES} s group by cluster_id) sv on sv.cluster_id = v.cluster_id`,
);

/** Victims who have (not cancelled) each type of service, and those for whom it is completed. */
const serviceType = sql`select 'serviceType'::text as dim, x.m::text as m, x.key::text as key,
        x.n::int as n, null::float8 as amount
      from (select st.service_type as key, count(*) as victims,
                   count(*) filter (where st.done) as completed
            from (select cluster_id, service_type, bool_or(status = 'completed') as done
                  from ${SERVICES} s where status <> 'cancelled'
                  group by cluster_id, service_type) st
            group by st.service_type) t
      cross join lateral (values ('victims', t.key, t.victims), ('completed', t.key, t.completed))
        x(m, key, n)`;

const AGE = sql`v.age`;

export const DIMENSION_SQL: Record<StatsDimension, SQL[]> = {
  year: [
    countBy('year', 'cases', sql`yr`, sql`c`),
    victimsBy('year', sql`yr`, 'v'),
    countBy('year', 'perpetrators', sql`yr`, sql`pp`),
  ],
  originProvince: [victimsBy('originProvince', ORIGIN_PROVINCE)],
  originRegency: [victimsBy('originRegency', ORIGIN_REGENCY)],
  destination: [victimsBy('destination', DESTINATION)],
  destinationRegency: [victimsBy('destinationRegency', DESTINATION_REGENCY)],
  countryOfExploitation: [victimsBy('countryOfExploitation', sql`vx.dest_country`)],
  sex: [victimsBy('sex', sql`v.sex`, 'v'), countBy('sex', 'perpetrators', sql`sex`, sql`pp`)],
  ageSimfoni: [victimsBy('ageSimfoni', ageBandSql(SIMFONI_AGE_BANDS, AGE), 'v')],
  ageCtdc: [victimsBy('ageCtdc', ageBandSql(CTDC_AGE_BANDS, AGE), 'v')],
  citizenship: [victimsBy('citizenship', sql`v.citizenship`, 'v')],
  exploitationType: [
    casesByArray('exploitationType', 'exploitation_types'),
    victimsByArray('exploitationType', 'exploitation_types'),
  ],
  modus: [casesByArray('modus', 'modus'), victimsByArray('modus', 'modus')],
  legalOutcome: [legalOutcome],
  serviceCompletion: [serviceCompletion],
  serviceType: [serviceType],
};

const TOTALS = [
  countBy('total', 'cases', sql`null`, sql`c`),
  countBy('total', 'victims', sql`null`, sql`v`),
  countBy('total', 'perpetrators', sql`null`, sql`pp`),
];

/** The statement of one answer: totals and the breakdowns asked for. */
export function statsStatement(f: StatsFilter, dimensions: readonly StatsDimension[]): SQL {
  const parts = [...TOTALS, ...dimensions.flatMap((d) => DIMENSION_SQL[d])];
  return sql`${selectionCtes(f)}
    ${sql.join(
      parts.map((p) => sql`(${p})`),
      sql` union all `,
    )}`;
}
