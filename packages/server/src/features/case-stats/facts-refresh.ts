import { STATS_DIMENSIONS } from '@sigap/domain';
import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../platform/db/client.js';
import { BUILD_CASES, BUILD_PEOPLE } from './facts-build.js';
import { caseContribs, unitContribs, unitCtes } from './facts-contrib.js';

/**
 * Brings the statistics facts and cells up to date with the cases the registry triggers listed
 * in case_stats_dirty (migration 0010). Runs before a statistics answer; a no-op (one indexless
 * probe) when nothing changed.
 *
 * Cells always equal what the facts tables hold, whatever happens concurrently: only this
 * function writes facts and cells, under one advisory lock, and it reads the registry tables in
 * the single statement that builds the new facts of each table. A write that commits after the
 * dirty list was taken stays listed and is picked up by the next refresh; refreshing a case
 * twice is harmless (old contributions out, new ones in).
 */
const LOCK = 0x5e_ca_57;
const BULK = 5_000;

const ALL = new Set(STATS_DIMENSIONS);
export const CONTRIB_COLUMNS = sql`(region, vo, period, dim, m, key, n, amount, amount_n)`;

/** Facts rows once per region they count in ('' the country, and each province) and mode. */
const expand = (from: SQL) => sql`select r.region, v.vo, p.*
  from ${from} p
  cross join lateral unnest(array['']::text[] || p.provinces) r(region)
  cross join lateral (values (false), (true)) v(vo)
  where not v.vo or p.verified`;

const IN_CLUSTERS = sql`p.cluster_id in (select cluster_id from csr_clusters)`;
const IN_DIRTY = sql`p.case_id in (select case_id from csr_dirty)`;

/**
 * The net change of the cells: the units of the affected clusters and the dirty cases as the
 * facts hold them now, subtracted; as they will be, added. Summed per month first, then the
 * months rolled up into years (half the rows to hash); one upsert per changed cell.
 */
const CELLS_DELTA = sql`insert into case_stats_cells
    (region, verified_only, grain, period, dim, m, key, n, amount, amount_n)
  with ${unitCtes('o', sql`select * from case_stats_people p where ${IN_CLUSTERS}`, expand)},
    ${unitCtes(
      'n',
      sql`select * from case_stats_people p
          where ${IN_CLUSTERS} and not exists (select 1 from csr_dirty d where d.case_id = p.case_id)
        union all
        select * from csr_people p where ${IN_CLUSTERS}`,
      expand,
    )},
    old_c as (${expand(sql`(select * from case_stats_cases p where ${IN_DIRTY})`)}),
    new_c as (${expand(sql`csr_cases`)}),
    contrib as (
      select -1 as sign, t.* from (${unitContribs('o_u', ALL, sql`true`, 'month')}) t${CONTRIB_COLUMNS}
      union all
      select -1, t.* from (${caseContribs(sql`old_c`, ALL, sql`true`, 'month')}) t${CONTRIB_COLUMNS}
      union all
      select 1, t.* from (${unitContribs('n_u', ALL, sql`true`, 'month')}) t${CONTRIB_COLUMNS}
      union all
      select 1, t.* from (${caseContribs(sql`new_c`, ALL, sql`true`, 'month')}) t${CONTRIB_COLUMNS}),
    months as (
      select c.region, c.vo, c.period, c.dim, c.m, c.key, sum(c.sign * c.n)::int as n,
             sum(c.sign * c.amount)::float8 as amount, sum(c.sign * c.amount_n)::int as amount_n
      from contrib c
      group by c.region, c.vo, c.period, c.dim, c.m, c.key)
  select * from (
    select region, vo, 1::smallint as grain, period, dim, m, key, n, amount, amount_n
    from months where n <> 0 or amount_n <> 0 or amount <> 0
    union all
    select region, vo, 12::smallint, date_trunc('year', period::timestamp)::date, dim, m, key,
           sum(n)::int, sum(amount)::float8, sum(amount_n)::int
    from months
    group by region, vo, date_trunc('year', period::timestamp)::date, dim, m, key
    having sum(n) <> 0 or sum(amount_n) <> 0 or sum(amount) <> 0) z
  -- written in the order answers read them: after a bulk import, a period's cells share pages
  order by region, vo, grain, period
  on conflict (region, verified_only, grain, period, dim, m, key) do update set
    n = case_stats_cells.n + excluded.n,
    amount = case_stats_cells.amount + excluded.amount,
    amount_n = case_stats_cells.amount_n + excluded.amount_n`;

/**
 * After a bulk import the dirty list holds millions of deleted rows until autovacuum comes, and
 * every answer's "anything to refresh?" probe would scan them. Truncating is safe only while no
 * writer can add to the list: under an exclusive lock, if it is still empty. A writer holding
 * the table (an import in progress) wins: the lock is not waited for.
 */
async function compactDirty(tx: DbOrTx) {
  try {
    await tx.transaction(async (sp) => {
      await sp.execute(sql`set local lock_timeout = '100ms'`);
      await sp.execute(sql`lock table case_stats_dirty in access exclusive mode`);
      const [left] = await queryRows<{ any: boolean }>(
        sp,
        sql`select exists (select 1 from case_stats_dirty) as any`,
      );
      if (!left?.any) await sp.execute(sql`truncate case_stats_dirty`);
    });
  } catch (e) {
    if (!isLockTimeout(e)) throw e;
  }
}

const isLockTimeout = (e: unknown): boolean =>
  typeof e === 'object' &&
  e !== null &&
  ((e as { code?: unknown }).code === '55P03' || isLockTimeout((e as { cause?: unknown }).cause));

/**
 * Refreshes what changed; returns how many cases it re-derived. From `bulk` cases on, it also
 * analyses the derived tables and compacts the dirty list.
 */
export async function refreshCaseStats(db: DbOrTx, bulk = BULK): Promise<number> {
  const [pending] = await queryRows<{ any: boolean }>(
    db,
    sql`select exists (select 1 from case_stats_dirty) as any`,
  );
  if (!pending?.any) return 0;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${LOCK})`);
    // see get-case-stats.ts runStats: compiling would cost more than running
    await tx.execute(sql`set local jit = off`);
    // room to hash the contributions of a whole country (after a bulk import) in memory
    await tx.execute(sql`set local work_mem = '256MB'`);
    await tx.execute(sql`create temp table csr_dirty (case_id uuid primary key) on commit drop`);
    await tx.execute(sql`with d as (delete from case_stats_dirty returning case_id)
      insert into csr_dirty select distinct case_id from d`);
    const [count] = await queryRows<{ n: number }>(
      tx,
      sql`select count(*)::int as n from csr_dirty`,
    );
    const cases = count?.n ?? 0;
    if (cases === 0) return 0;
    await tx.execute(sql`create temp table csr_cases (like case_stats_cases) on commit drop`);
    await tx.execute(sql`create temp table csr_people (like case_stats_people) on commit drop`);
    await tx.execute(
      sql`create temp table csr_clusters (cluster_id uuid primary key) on commit drop`,
    );
    await tx.execute(sql`analyze csr_dirty`);
    await tx.execute(BUILD_CASES);
    await tx.execute(BUILD_PEOPLE);
    await tx.execute(sql`insert into csr_clusters
      select p.cluster_id from case_stats_people p where ${IN_DIRTY}
      union select cluster_id from csr_people`);
    await tx.execute(sql`analyze csr_cases, csr_people, csr_clusters`);
    await tx.execute(CELLS_DELTA);
    await tx.execute(sql`delete from case_stats_people p where ${IN_DIRTY}`);
    // in day order: an answer reads the days at its edges
    await tx.execute(
      sql`insert into case_stats_people select * from csr_people order by reported_on`,
    );
    await tx.execute(sql`delete from case_stats_cases p where ${IN_DIRTY}`);
    await tx.execute(
      sql`insert into case_stats_cases select * from csr_cases order by reported_on`,
    );
    await tx.execute(sql`delete from case_stats_clusters p where ${IN_CLUSTERS}`);
    await tx.execute(sql`insert into case_stats_clusters
      select p.cluster_id, min(p.reported_on), max(p.reported_on)
      from case_stats_people p where ${IN_CLUSTERS}
      group by p.cluster_id having count(*) > 1`);
    if (cases >= bulk) {
      // after a bulk import the planner would otherwise plan answers on empty statistics
      await tx.execute(
        sql`analyze case_stats_cases, case_stats_people, case_stats_clusters, case_stats_cells`,
      );
      await compactDirty(tx);
    }
    return cases;
  });
}
