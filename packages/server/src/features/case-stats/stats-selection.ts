import { type AgeBand, regionInScope, type Scope } from '@sigap/domain';
import { type SQL, sql } from 'drizzle-orm';
import { AppError } from '../../platform/http/errors.js';

/**
 * Which records a statistics answer counts, as common table expressions the breakdowns read:
 *
 * - `c`   the cases selected: in the user's statistical region, registered in the period, not
 *         rejected by the data officer (verified only when asked);
 * - `vp`  their victim records (not rejected, not decided "not a victim");
 * - `v`   one row per victim: records the data officer merged share a `cluster_id` and count
 *         once, described by their most recent record in the selection;
 * - `pp`  one row per perpetrator, the same way (`merged`: clusters of more than one record);
 * - `rec` the first recruitment event and `ev` the last exploitation event of each victim's case.
 *
 * A region's statistics are those of every case that touches it: handled by a unit there, with a
 * victim whose home is there, or with an event (recruitment, transit, exploitation) there. An
 * origin region thus sees the victims from its region whoever handled them, and its own rows of a
 * breakdown by origin match the national figures. No person is ever shown, so counting cases
 * that another region handles reveals nothing the user may not know.
 */
export type StatsFilter = {
  scope: Scope;
  year?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
  province?: string | undefined;
  verifiedOnly: boolean;
};

const OUTSIDE = {
  id: 'Provinsi itu di luar cakupan wilayah Anda',
  en: 'That province is outside your region',
};

/** The one region the statistics are limited to (null: the whole country). */
export function statsRegion(f: StatsFilter): string | null {
  const scoped = f.scope.level === 'national' ? null : f.scope.regionCode;
  if (!f.province) return scoped;
  if (scoped === null || regionInScope(f.scope, f.province)) return f.province;
  // a district user may name its own province: the district stays the limit
  if (scoped.startsWith(`${f.province}.`)) return scoped;
  throw new AppError('FORBIDDEN', OUTSIDE, [{ path: 'province', message: OUTSIDE }]);
}

/** The column lies in the region or under it (region codes nest as PP.KK.CC.DDDD). */
const within = (column: SQL, region: string) =>
  sql`(${column} = ${region} or ${column} like ${`${region}.%`})`;

function touchesRegion(region: string): SQL {
  return sql`c.id in (
      select id from cases where ${within(sql`region_code`, region)}
      union
      select case_id from case_people
        where role = 'victim' and ${within(sql`address_region_code`, region)}
      union
      select case_id from case_events where ${within(sql`region_code`, region)})`;
}

const nextDay = (d: string) => {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
};

/** The WHERE clause of `c` (exported for the public release and the CTDC export). */
export function caseConditions(f: StatsFilter): SQL {
  const parts: SQL[] = [
    f.verifiedOnly
      ? sql`c.verification_state = 'verified'`
      : sql`c.verification_state <> 'rejected'`,
  ];
  // ranges rather than extract(year ...): the index on reported_on serves them
  if (f.year !== undefined)
    parts.push(
      sql`c.reported_on >= ${`${f.year}-01-01`}::date and c.reported_on < ${`${f.year + 1}-01-01`}::date`,
    );
  if (f.from) parts.push(sql`c.reported_on >= ${f.from}::date`);
  if (f.to) parts.push(sql`c.reported_on < ${nextDay(f.to)}::date`);
  const region = statsRegion(f);
  if (region !== null) parts.push(touchesRegion(region));
  return sql.join(parts, sql` and `);
}

/** The person records that count (victims or perpetrators). */
export function personConditions(f: StatsFilter, role: 'victim' | 'perpetrator'): SQL {
  const state = f.verifiedOnly
    ? sql`p.verification_state = 'verified'`
    : sql`p.verification_state <> 'rejected'`;
  const notVictim =
    role === 'victim' ? sql` and p.trafficking_status is distinct from 'not_victim'` : sql``;
  return sql`p.role = ${role} and ${state}${notVictim}`;
}

/**
 * One row per person cluster, the most recent record. Nearly every cluster is a single record
 * (its id is the cluster id and no other record points to it), and those need no deduplication:
 * only records of merged clusters (`merged`, found through the records that moved) go through
 * the sort. This keeps a national count from sorting every victim of the country.
 */
function onePerCluster(records: SQL, columns: SQL): SQL {
  return sql`select ${columns} from ${records} r
        where not exists (select 1 from merged m where m.cluster_id = r.cluster_id)
      union all
      select ${columns} from (
        select distinct on (cluster_id) * from ${records} r
        where exists (select 1 from merged m where m.cluster_id = r.cluster_id)
        order by cluster_id, reported_on desc, id desc) d`;
}

/**
 * The first (min) or last (max) event of a type in each selected case, by hashing rather than
 * one index probe per case: a national answer looks at every case of the country.
 */
function eventAt(type: 'recruitment' | 'exploitation', pick: 'min' | 'max'): SQL {
  return sql`select e.case_id, e.region_code, e.country_code
      from case_events e
      join (select x.case_id, ${sql.raw(pick)}(x.seq) as seq
            from case_events x join c on c.id = x.case_id
            where x.event_type = ${type} group by x.case_id) f
        on f.case_id = e.case_id and f.seq = e.seq`;
}

/** Age at identification: as recorded, else from the birth year (never the sealed birth date). */
const AGE = sql`case
      when p.age_at_identification between 0 and 120 then p.age_at_identification
      when c.yr - p.birth_year between 0 and 120 then c.yr - p.birth_year end`;

export function selectionCtes(f: StatsFilter): SQL {
  return sql`with c as materialized (
      select c.id, c.reported_on, extract(year from c.reported_on)::int as yr,
             c.exploitation_types, c.modus
      from cases c where ${caseConditions(f)}),
    merged as (select distinct cluster_id from case_people where id <> cluster_id),
    vp as (
      select p.id, p.cluster_id, p.case_id, c.yr, c.reported_on, p.sex, p.citizenship,
             p.address_region_code, ${AGE} as age, c.exploitation_types, c.modus
      from case_people p join c on c.id = p.case_id
      where ${personConditions(f, 'victim')}),
    v as materialized (${onePerCluster(sql`vp`, sql`*`)}),
    ppr as (
      select p.id, p.cluster_id, c.yr, c.reported_on, p.sex
      from case_people p join c on c.id = p.case_id
      where ${personConditions(f, 'perpetrator')}),
    pp as (${onePerCluster(sql`ppr`, sql`cluster_id, yr, sex`)}),
    rec as (${eventAt('recruitment', 'min')}),
    ev as (${eventAt('exploitation', 'max')}),
    vx as (
      select v.*,
        coalesce(v.address_region_code, rec.region_code,
                 case when rec.country_code <> 'ID' then rec.country_code end) as origin,
        ev.region_code as dest_region,
        coalesce(ev.country_code, case when ev.region_code is not null then 'ID' end) as dest_country
      from v left join rec on rec.case_id = v.case_id left join ev on ev.case_id = v.case_id)`;
}

/** A SQL CASE giving the band of `age` (null when unknown). */
export function ageBandSql(bands: readonly AgeBand[], age: SQL): SQL {
  const whens = bands.map((b) =>
    b.to === null
      ? sql`when ${age} >= ${b.from} then ${b.code}`
      : sql`when ${age} <= ${b.to} then ${b.code}`,
  );
  return sql`(case when ${age} is null then null::text ${sql.join(whens, sql` `)} end)`;
}

/** Place keys: a province or kabupaten/kota code in Indonesia, a country code abroad. */
export const ORIGIN_PROVINCE = sql`(case when vx.origin ~ '^[0-9]' then split_part(vx.origin, '.', 1) else vx.origin end)`;
export const ORIGIN_REGENCY = sql`(case when vx.origin ~ '^[0-9]{2}\\.[0-9]{2}' then left(vx.origin, 5)
      when vx.origin ~ '^[A-Z]{2}$' then vx.origin end)`;
export const DESTINATION = sql`(case when vx.dest_country is distinct from 'ID' then vx.dest_country
      else coalesce(split_part(vx.dest_region, '.', 1), 'ID') end)`;
export const DESTINATION_REGENCY = sql`(case when vx.dest_country is distinct from 'ID' then vx.dest_country
      when vx.dest_region ~ '^[0-9]{2}\\.[0-9]{2}' then left(vx.dest_region, 5) end)`;
