import {
  type CaseStatsQuery,
  type CaseStatsView,
  DIMENSION_MEASURES,
  MULTI_VALUED_DIMENSIONS,
  type Scope,
  STATS_DIMENSION_LABELS,
  STATS_DIMENSIONS,
  type StatsDimension,
  type StatsRow,
} from '@sigap/domain';
import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../platform/db/client.js';
import { refreshCaseStats } from './facts-refresh.js';
import { cellsStatement } from './stats-cells.js';
import { loadLabeller } from './stats-labels.js';
import { type StatsFilter, statsRegion } from './stats-selection.js';
import { type StatsCountRow, statsStatement } from './stats-sql.js';

/** The tables a statistics answer reads: the read cache forgets answers when one changes. */
export const STATS_TOPICS = [
  'cases',
  'case_people',
  'case_events',
  'legal_steps',
  'victim_services',
  'picklist_values',
  'regions',
  'countries',
] as const;

export function statsFilter(scope: Scope, q: CaseStatsQuery): StatsFilter {
  return {
    scope,
    year: q.year,
    from: q.from,
    to: q.to,
    province: q.province,
    verifiedOnly: q.verifiedOnly,
  };
}

/**
 * Runs a statistics statement: the one over the facts and cells (stats-cells.ts) or the
 * reference (stats-sql.ts), which answers the same. JIT is turned off for it: the planner prices
 * a national count over a million victims high, and PostgreSQL would spend longer compiling it
 * than running it (measured on the monitoring dashboard, monitoring/region-sql.ts). SET LOCAL
 * needs a transaction; PGlite has no JIT and accepts the setting.
 */
export function runStats(
  db: DbOrTx,
  f: StatsFilter,
  dimensions: readonly StatsDimension[],
  engine: 'cells' | 'reference' = 'cells',
) {
  const statement =
    (engine === 'cells' ? cellsStatement(f, dimensions) : null) ?? statsStatement(f, dimensions);
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    // room to sort and hash a country's victims in memory rather than on disk
    await tx.execute(sql`set local work_mem = '64MB'`);
    return queryRows<StatsCountRow>(tx, statement);
  });
}

export type StatsOptions = {
  /** Where the facts are refreshed (the primary when `db` is a replica). */
  primary?: DbOrTx;
  /** The reference statement instead of the cells (tests compare the two). */
  engine?: 'cells' | 'reference';
};

/** Case statistics of the user's scope: totals and the breakdowns asked for (all by default). */
export async function getCaseStats(
  db: DbOrTx,
  scope: Scope,
  q: CaseStatsQuery,
  opts: StatsOptions = {},
): Promise<CaseStatsView> {
  const f = statsFilter(scope, q);
  // refuses a province outside the scope before any query runs
  statsRegion(f);
  const dimensions = q.dimension?.length ? [...new Set(q.dimension)] : [...STATS_DIMENSIONS];
  const engine = opts.engine ?? 'cells';
  if (engine === 'cells') await refreshCaseStats(opts.primary ?? db);
  const rows = await runStats(db, f, dimensions, engine);

  const totals = { cases: 0, victims: 0, perpetrators: 0 };
  const byDim = new Map<StatsDimension, Map<string | null, StatsRow>>();
  for (const r of rows) {
    if (r.dim === 'total') {
      if (r.m === 'cases' || r.m === 'victims' || r.m === 'perpetrators') totals[r.m] = r.n;
      continue;
    }
    const dim = byDim.get(r.dim) ?? new Map<string | null, StatsRow>();
    byDim.set(r.dim, dim);
    const row = dim.get(r.key) ?? { key: r.key, label: { id: '', en: '' } };
    row[r.m] = r.n;
    if (r.amount !== null) row.amount = Number(r.amount);
    dim.set(r.key, row);
  }

  const labeller = await loadLabeller(
    db,
    [...byDim].flatMap(([dim, m]) => [...m.keys()].map((key) => ({ dim, key }))),
  );
  return {
    scope: { level: scope.level, regionCode: scope.regionCode },
    filters: {
      year: q.year ?? null,
      from: q.from ?? null,
      to: q.to ?? null,
      province: q.province ?? null,
      verifiedOnly: q.verifiedOnly,
    },
    totals,
    breakdowns: dimensions.map((dimension) => {
      const measures = DIMENSION_MEASURES[dimension];
      const found = [...(byDim.get(dimension)?.values() ?? [])].map((row) => {
        const info = labeller(dimension, row.key);
        // every measure of the breakdown is present (0 when nothing was counted), in one order
        const out: StatsRow = { key: row.key, label: info.label };
        for (const m of measures) {
          const n = row[m] ?? (m === 'amount' ? undefined : 0);
          if (n !== undefined) out[m] = n;
        }
        return { row: out, order: info.order };
      });
      found.sort(
        (a, b) =>
          a.order - b.order ||
          (b.row.victims ?? b.row.cases ?? 0) - (a.row.victims ?? a.row.cases ?? 0) ||
          String(a.row.key).localeCompare(String(b.row.key)),
      );
      return {
        dimension,
        label: STATS_DIMENSION_LABELS[dimension],
        measures: [...measures],
        additive: !MULTI_VALUED_DIMENSIONS.has(dimension),
        rows: found.map((x) => x.row),
      };
    }),
  };
}
