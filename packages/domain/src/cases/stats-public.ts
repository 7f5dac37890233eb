import { z } from 'zod';
import { MULTI_VALUED_DIMENSIONS, type StatsDimension } from './stats.js';
import type { PublishedCell } from './suppression.js';
import { type CountTable, type ProtectedTables, protectTables } from './suppression-tables.js';

/**
 * The public release of victim statistics: national, verified records only, victims per year by a
 * fixed set of breakdowns, always small-cell suppressed. The release is computed whole (every
 * table, every year) and suppressed as one, and a request only chooses which tables to show:
 * were the suppression run per request, a margin hidden in one answer could be published in
 * another, and differencing two answers would give a hidden cell away.
 */
export const PUBLIC_DIMENSIONS = [
  'sex',
  'ageCtdc',
  'ageSimfoni',
  'originProvince',
  'destination',
  'countryOfExploitation',
  'exploitationType',
  'modus',
] as const satisfies readonly StatsDimension[];
export type PublicDimension = (typeof PUBLIC_DIMENSIONS)[number];

export type PublicCountRow = {
  dimension: PublicDimension;
  /** null: not recorded. */
  key: string | null;
  year: number;
  n: number;
};

export type PublicTables = Omit<ProtectedTables, 'tables'> & {
  tables: Array<{
    dimension: PublicDimension;
    additive: boolean;
    rows: Array<{ key: string | null; cells: PublishedCell[]; total: PublishedCell }>;
  }>;
};

const NULL_KEY = '\u0000';

/**
 * Builds the tables from counts per (breakdown, value, year) and victims per year, and suppresses
 * them together. Years run without gaps from the first to the last year with victims.
 */
export function buildPublicTables(
  victimsPerYear: ReadonlyArray<{ year: number; n: number }>,
  rows: readonly PublicCountRow[],
  opts: { threshold: number; publishZeros?: boolean },
): PublicTables {
  const known = victimsPerYear.filter((r) => r.n > 0).map((r) => r.year);
  const first = known.length ? Math.min(...known) : 0;
  const last = known.length ? Math.max(...known) : -1;
  const years: number[] = [];
  for (let y = first; y <= last; y++) years.push(y);
  const col = new Map(years.map((y, j) => [y, j]));
  const margin = years.map(() => 0);
  for (const r of victimsPerYear) {
    const j = col.get(r.year);
    if (j !== undefined) margin[j] = (margin[j] ?? 0) + r.n;
  }

  const tables: CountTable[] = PUBLIC_DIMENSIONS.map((dimension) => {
    const byKey = new Map<string, number[]>();
    for (const r of rows) {
      if (r.dimension !== dimension) continue;
      const j = col.get(r.year);
      if (j === undefined) continue;
      const key = r.key ?? NULL_KEY;
      const cells = byKey.get(key) ?? years.map(() => 0);
      cells[j] = (cells[j] ?? 0) + r.n;
      byKey.set(key, cells);
    }
    const keys = [...byKey.keys()].sort((a, b) =>
      a === NULL_KEY ? 1 : b === NULL_KEY ? -1 : a < b ? -1 : a > b ? 1 : 0,
    );
    return {
      id: dimension,
      additive: !MULTI_VALUED_DIMENSIONS.has(dimension),
      rows: keys.map((key) => ({ key, cells: byKey.get(key) as number[] })),
    };
  });

  const protectedTables = protectTables(
    { years, margin: { cells: margin, total: margin.reduce((a, b) => a + b, 0) }, tables },
    opts,
  );
  return {
    ...protectedTables,
    tables: protectedTables.tables.map((t) => ({
      dimension: t.id as PublicDimension,
      additive: t.additive,
      rows: t.rows.map((r) => ({ ...r, key: r.key === NULL_KEY ? null : r.key })),
    })),
  };
}

const DimensionList = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter((x) => x.length > 0),
  )
  .pipe(z.array(z.enum(PUBLIC_DIMENSIONS)));

export const PublicCaseStatsQuery = z.strictObject({
  /** Comma-separated tables to show; all when absent (the suppression covers all regardless). */
  dimension: DimensionList.optional(),
  /** Language of the CSV's labels and note (the JSON carries both). */
  lang: z.enum(['id', 'en']).optional(),
});
export type PublicCaseStatsQuery = z.infer<typeof PublicCaseStatsQuery>;

/** A published count, "<5" for a small count, or "x" for a cell hidden to protect one. */
export const PublicCell = z.union([z.number().int().nonnegative(), z.string()]);
const Label = z.object({ id: z.string(), en: z.string() });

export const PublicCaseStatsView = z.object({
  threshold: z.number().int(),
  verifiedOnly: z.literal(true),
  note: Label,
  years: z.array(z.number().int()),
  victims: z.object({ label: Label, cells: z.array(PublicCell), total: PublicCell }),
  tables: z.array(
    z.object({
      dimension: z.enum(PUBLIC_DIMENSIONS),
      label: Label,
      /** True when each victim is in one row, so a year's rows add up to its victims. */
      additive: z.boolean(),
      rows: z.array(
        z.object({
          key: z.string().nullable(),
          label: Label,
          cells: z.array(PublicCell),
          total: PublicCell,
        }),
      ),
    }),
  ),
});
export type PublicCaseStatsView = z.infer<typeof PublicCaseStatsView>;
