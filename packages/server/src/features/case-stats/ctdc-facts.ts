import type { CtdcVictimFacts } from '@sigap/domain';
import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../platform/db/client.js';
import { caseConditions, personConditions, type StatsFilter } from './stats-selection.js';

/**
 * The facts of each unique victim for the CTDC export, read page by page in cluster order (a
 * million victims do not fit one result set). A victim is described by their most recent record
 * in the selection, like the statistics; only columns kept in clear are read, never a sealed one.
 */
type FactRow = {
  cluster_id: string;
  yr: number | null;
  source: string | null;
  sex: string | null;
  age: number | null;
  birth_year: number | null;
  citizenship: string | null;
  recruiter_relation: string | null;
  exploitation_types: string[] | null;
  modus: string[] | null;
  means_of_control: string[] | null;
  recruitment_year: number | null;
  exploitation_year: number | null;
  exploitation_country: string | null;
};

export const FACTS_PAGE = 20_000;

function pageStatement(f: StatsFilter, after: string | null, limit: number) {
  return sql`with c as (
      select c.id, c.reported_on, extract(year from c.reported_on)::int as yr, c.source,
             c.exploitation_types, c.modus, c.means_of_control
      from cases c where ${caseConditions(f)}),
    v as (
      select distinct on (p.cluster_id) p.cluster_id, p.case_id, c.yr, c.source, p.sex,
             case when p.age_at_identification between 0 and 120 then p.age_at_identification end as age,
             p.birth_year, p.citizenship, p.recruiter_relation, c.exploitation_types, c.modus,
             c.means_of_control
      from case_people p join c on c.id = p.case_id
      where ${personConditions(f, 'victim')}${after === null ? sql`` : sql` and p.cluster_id > ${after}::uuid`}
      order by p.cluster_id, c.reported_on desc, p.id desc
      limit ${limit})
    select v.*,
      (select extract(year from e.occurred_on)::int from case_events e
        where e.case_id = v.case_id and e.event_type = 'recruitment'
        order by e.seq limit 1) as recruitment_year,
      x.exploitation_year, x.exploitation_country
    from v
    left join lateral (
      select extract(year from e.occurred_on)::int as exploitation_year,
             coalesce(e.country_code, case when e.region_code is not null then 'ID' end)
               as exploitation_country
      from case_events e where e.case_id = v.case_id and e.event_type = 'exploitation'
      order by e.seq desc limit 1) x on true
    order by v.cluster_id`;
}

const toFacts = (r: FactRow): CtdcVictimFacts => ({
  registrationYear: r.yr,
  source: r.source,
  sex: r.sex,
  age: r.age,
  birthYear: r.birth_year,
  citizenship: r.citizenship,
  exploitationYear: r.exploitation_year,
  recruitmentYear: r.recruitment_year,
  countryOfExploitation: r.exploitation_country,
  exploitationTypes: r.exploitation_types ?? [],
  modus: r.modus ?? [],
  meansOfControl: r.means_of_control ?? [],
  recruiterRelation: r.recruiter_relation,
});

/** Every unique victim of the selection; `onPage` hears the running count. */
export async function loadCtdcFacts(
  db: DbOrTx,
  f: StatsFilter,
  onPage: (loaded: number) => void = () => {},
  pageSize = FACTS_PAGE,
): Promise<CtdcVictimFacts[]> {
  const out: CtdcVictimFacts[] = [];
  for (let after: string | null = null; ; ) {
    const rows: FactRow[] = await queryRows<FactRow>(db, pageStatement(f, after, pageSize));
    for (const r of rows) out.push(toFacts(r));
    onPage(out.length);
    const last: FactRow | undefined = rows[rows.length - 1];
    if (!last || rows.length < pageSize) return out;
    after = last.cluster_id;
  }
}
