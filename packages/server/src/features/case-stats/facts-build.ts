import { sql } from 'drizzle-orm';
import { STAGE_RANK } from './stats-sql.js';

/**
 * The facts of the cases listed in the temporary table `csr_dirty`, derived from the registry
 * tables exactly as the reference statement derives them (stats-selection.ts, stats-sql.ts), into
 * the temporary tables `csr_cases` and `csr_people` (shaped like case_stats_cases and
 * case_stats_people). Set-based: after a bulk import the list holds every case of the country.
 *
 * What counts: cases not rejected; victim records not rejected and not decided "not a victim",
 * perpetrator records not rejected, of those cases. `verified` holds when the case (and the
 * record) is verified. The regions a case touches follow stats-selection.ts `touchesRegion`:
 * its unit's region, every victim's home (whatever the record's state) and every event's place.
 */
export const BUILD_CASES = sql`insert into csr_cases
  select c.id, c.reported_on, c.verification_state = 'verified',
         coalesce(tr.provinces, '{}'), coalesce(tr.regencies, '{}'),
         c.exploitation_types, c.modus,
         coalesce(l.stage, 0), coalesce(l.ordered, false), coalesce(l.paid, false),
         l.ordered_amount, l.paid_amount
  from cases c
  join (select distinct case_id from csr_dirty) d on d.case_id = c.id
  left join (
    select x.case_id,
           array_agg(distinct split_part(x.code, '.', 1)) as provinces,
           coalesce(array_agg(distinct split_part(x.code, '.', 1) || '.' || split_part(x.code, '.', 2))
             filter (where strpos(x.code, '.') > 0), '{}') as regencies
    from (select c2.id as case_id, c2.region_code as code from cases c2
            join csr_dirty d2 on d2.case_id = c2.id
          union all
          select p.case_id, p.address_region_code from case_people p
            join csr_dirty d2 on d2.case_id = p.case_id where p.role = 'victim'
          union all
          select e.case_id, e.region_code from case_events e
            join csr_dirty d2 on d2.case_id = e.case_id) x
    where x.code is not null
    group by x.case_id) tr on tr.case_id = c.id
  left join (
    select l.case_id, max(${STAGE_RANK}) as stage,
           bool_or(l.step in ('restitution_ordered', 'restitution_paid')) as ordered,
           bool_or(l.step = 'restitution_paid') as paid,
           sum(l.amount) filter (where l.step = 'restitution_ordered')::float8 as ordered_amount,
           sum(l.amount) filter (where l.step = 'restitution_paid')::float8 as paid_amount
    from legal_steps l join (select distinct case_id from csr_dirty) d3 on d3.case_id = l.case_id
    group by l.case_id) l on l.case_id = c.id
  where c.verification_state <> 'rejected'`;

/** Age at identification: as recorded, else from the birth year (never the sealed birth date). */
const AGE = sql`case
      when p.age_at_identification between 0 and 120 then p.age_at_identification
      when extract(year from c.reported_on)::int - p.birth_year between 0 and 120
        then extract(year from c.reported_on)::int - p.birth_year end`;

/**
 * The first recruitment event (the victim's origin when no home is known) and the last
 * exploitation event (the destination) of each case, as stats-selection.ts `eventAt`.
 */
const eventAt = (type: 'recruitment' | 'exploitation', order: 'asc' | 'desc') =>
  sql`select distinct on (e.case_id) e.case_id, e.region_code, e.country_code
      from case_events e join csr_cases c on c.case_id = e.case_id
      where e.event_type = ${type}
      order by e.case_id, e.seq ${sql.raw(order)}`;

export const BUILD_PEOPLE = sql`insert into csr_people
  with rec as (${eventAt('recruitment', 'asc')}),
    ev as (${eventAt('exploitation', 'desc')}),
    svc as (
      select s.person_id,
             count(*) filter (where s.status <> 'cancelled')::int as active,
             count(*) filter (where s.status in ('planned', 'in_progress'))::int as open,
             coalesce(array_agg(distinct s.service_type) filter (where s.status <> 'cancelled'), '{}') as types,
             coalesce(array_agg(distinct s.service_type) filter (where s.status = 'completed'), '{}') as done
      from victim_services s
      join case_people sp on sp.id = s.person_id
      join csr_cases c on c.case_id = sp.case_id
      group by s.person_id)
  select p.id, p.case_id, p.cluster_id, p.role, c.reported_on,
         c.verified and p.verification_state = 'verified', c.provinces, c.regencies,
         p.sex, p.citizenship, ${AGE},
         coalesce(p.address_region_code, rec.region_code,
                  case when rec.country_code <> 'ID' then rec.country_code end),
         ev.region_code,
         coalesce(ev.country_code, case when ev.region_code is not null then 'ID' end),
         c.exploitation_types, c.modus,
         coalesce(svc.active, 0), coalesce(svc.open, 0),
         coalesce(svc.types, '{}'), coalesce(svc.done, '{}')
  from case_people p
  join csr_cases c on c.case_id = p.case_id
  left join rec on rec.case_id = p.case_id
  left join ev on ev.case_id = p.case_id
  left join svc on svc.person_id = p.id
  where p.verification_state <> 'rejected'
    and (p.role = 'perpetrator'
         or (p.role = 'victim' and p.trafficking_status is distinct from 'not_victim'))`;
