import {
  buildPublicTables,
  CTDC_AGE_BANDS,
  PUBLIC_DIMENSIONS,
  type PublicCaseStatsView,
  type PublicCountRow,
  type PublicDimension,
  SIMFONI_AGE_BANDS,
  STATS_DIMENSION_LABELS,
  suppressionNote,
} from '@sigap/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { type DbOrTx, queryRows } from '../../platform/db/client.js';
import { STATS_TOPICS } from './get-case-stats.js';
import { loadLabeller } from './stats-labels.js';
import {
  ageBandSql,
  DESTINATION,
  ORIGIN_PROVINCE,
  type StatsFilter,
  selectionCtes,
} from './stats-selection.js';

/**
 * The public release (no sign-in): national, verified records only, victims by year and by each
 * public breakdown, small-cell suppressed as one whole (domain/cases/stats-public.ts explains
 * why never per request). Kept in the read cache until a table it reads changes, so the public
 * page costs one computation per change, not one per visitor.
 */
const NATIONAL_VERIFIED: StatsFilter = {
  scope: { level: 'national', regionCode: null },
  verifiedOnly: true,
};

const PUBLIC_KEYS: Record<PublicDimension, { key: SQL; from: SQL }> = {
  sex: { key: sql`vx.sex`, from: sql`vx` },
  ageCtdc: { key: ageBandSql(CTDC_AGE_BANDS, sql`vx.age`), from: sql`vx` },
  ageSimfoni: { key: ageBandSql(SIMFONI_AGE_BANDS, sql`vx.age`), from: sql`vx` },
  originProvince: { key: ORIGIN_PROVINCE, from: sql`vx` },
  destination: { key: DESTINATION, from: sql`vx` },
  countryOfExploitation: { key: sql`vx.dest_country`, from: sql`vx` },
  exploitationType: {
    key: sql`t.code`,
    from: sql`vx left join lateral unnest(vx.exploitation_types) t(code) on true`,
  },
  modus: { key: sql`t.code`, from: sql`vx left join lateral unnest(vx.modus) t(code) on true` },
};

type Row = { dim: PublicDimension | 'margin'; key: string | null; year: number; n: number };

function releaseStatement(): SQL {
  const parts = PUBLIC_DIMENSIONS.map(
    (d) => sql`(select ${d}::text as dim, k.key::text as key, k.yr::int as year, count(*)::int as n
      from (select ${PUBLIC_KEYS[d].key} as key, vx.yr from ${PUBLIC_KEYS[d].from}) k
      group by k.key, k.yr)`,
  );
  return sql`${selectionCtes(NATIONAL_VERIFIED)}
    (select 'margin'::text as dim, null::text as key, yr::int as year, count(*)::int as n
     from v group by yr)
    union all ${sql.join(parts, sql` union all `)}`;
}

async function computeRelease(db: DbOrTx, threshold: number): Promise<PublicCaseStatsView> {
  const rows = await db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    return queryRows<Row>(tx, releaseStatement());
  });
  const margin = rows.filter((r) => r.dim === 'margin').map((r) => ({ year: r.year, n: r.n }));
  const counts: PublicCountRow[] = rows.flatMap((r) =>
    r.dim === 'margin' ? [] : [{ dimension: r.dim, key: r.key, year: r.year, n: r.n }],
  );
  const t = buildPublicTables(margin, counts, { threshold });
  const labeller = await loadLabeller(
    db,
    t.tables.flatMap((tab) => tab.rows.map((r) => ({ dim: tab.dimension, key: r.key }))),
  );
  return {
    threshold,
    verifiedOnly: true,
    note: suppressionNote(threshold),
    years: t.years,
    victims: {
      label: { id: 'Korban (orang)', en: 'Victims (people)' },
      cells: t.margin.cells,
      total: t.margin.total,
    },
    tables: t.tables.map((tab) => ({
      dimension: tab.dimension,
      label: STATS_DIMENSION_LABELS[tab.dimension],
      additive: tab.additive,
      rows: tab.rows
        .map((r) => ({ ...r, info: labeller(tab.dimension, r.key) }))
        .sort((a, b) => a.info.order - b.info.order || String(a.key).localeCompare(String(b.key)))
        .map(({ info, ...r }) => ({ ...r, label: info.label })),
    })),
  };
}

/** The whole release, suppressed, from the cache when nothing changed. */
export function publicRelease(ctx: AppContext): Promise<PublicCaseStatsView> {
  const threshold = ctx.config.smallCellThreshold;
  return ctx.cache.get(`case-stats|public|${threshold}`, STATS_TOPICS, () =>
    computeRelease(ctx.database.readDb, threshold),
  );
}

/** The tables asked for, cut from the release after suppression (never suppressed apart). */
export function pickTables(
  release: PublicCaseStatsView,
  dimensions: readonly PublicDimension[] | undefined,
): PublicCaseStatsView {
  if (!dimensions?.length) return release;
  const wanted = new Set(dimensions);
  return { ...release, tables: release.tables.filter((t) => wanted.has(t.dimension)) };
}
