import {
  type CellRelation,
  type PublishedCell,
  publishedCell,
  type SuppressionOptions,
  suppressCells,
} from './suppression.js';

/**
 * Public tables of counts by a category (rows) and year (columns), protected together.
 *
 * Every table shares one margin: the count per year and the grand total (the `margin` table).
 * Rows always add up across years to their row total (each person is counted in one year). Rows
 * add up down a column to the year's total only when the category has one value per person (sex,
 * age group, origin): `additive`. A category a person may hold several of (forms of
 * exploitation, modus) is published without that relation, and its column sums are not shown.
 */
export type CountTable = {
  id: string;
  rows: Array<{ key: string; cells: readonly number[] }>;
  /** Each person falls in exactly one row, so the rows of a year add up to the year's total. */
  additive: boolean;
};

export type CountTables = {
  /** The columns: one per year. */
  years: readonly number[];
  /** Count per year (the shared margin) and overall. */
  margin: { cells: readonly number[]; total: number };
  tables: readonly CountTable[];
};

export type ProtectedRow = { key: string; cells: PublishedCell[]; total: PublishedCell };
export type ProtectedTables = {
  years: number[];
  margin: { cells: PublishedCell[]; total: PublishedCell };
  tables: Array<{ id: string; additive: boolean; rows: ProtectedRow[] }>;
  /** How many cells were hidden, by reason. */
  hidden: { primary: number; complementary: number };
};

const marginId = (j: number) => `margin|${j}`;
const GRAND = 'margin|*';
const cellId = (t: string, r: number, j: number) => `${t}|${r}|${j}`;
const rowTotalId = (t: string, r: number) => `${t}|${r}|*`;

/** The cells and relations of the tables, for suppressCells (exported for the tests). */
export function tableRelations(input: CountTables): {
  values: Map<string, number>;
  relations: CellRelation[];
} {
  const n = input.years.length;
  const values = new Map<string, number>();
  const relations: CellRelation[] = [];
  if (input.margin.cells.length !== n) throw new Error('margin: one count per year expected');
  input.margin.cells.forEach((v, j) => {
    values.set(marginId(j), v);
  });
  values.set(GRAND, input.margin.total);
  if (input.margin.cells.reduce((a, b) => a + b, 0) !== input.margin.total)
    throw new Error('margin: the years do not add up to the total');
  relations.push({ total: GRAND, parts: input.years.map((_, j) => marginId(j)) });

  const ids = new Set<string>();
  for (const t of input.tables) {
    if (ids.has(t.id) || t.id.includes('|') || t.id === 'margin')
      throw new Error(`table id ${t.id} is reused or not allowed`);
    ids.add(t.id);
    t.rows.forEach((row, r) => {
      if (row.cells.length !== n)
        throw new Error(`${t.id}/${row.key}: one count per year expected`);
      row.cells.forEach((v, j) => {
        values.set(cellId(t.id, r, j), v);
      });
      values.set(
        rowTotalId(t.id, r),
        row.cells.reduce((a, b) => a + b, 0),
      );
      relations.push({
        total: rowTotalId(t.id, r),
        parts: row.cells.map((_, j) => cellId(t.id, r, j)),
      });
    });
    if (!t.additive) continue;
    for (let j = 0; j < n; j++) {
      const sum = t.rows.reduce((a, row) => a + (row.cells[j] ?? 0), 0);
      if (sum !== input.margin.cells[j])
        throw new Error(`${t.id}: the rows of column ${j} add up to ${sum}, not to the margin`);
      relations.push({ total: marginId(j), parts: t.rows.map((_, r) => cellId(t.id, r, j)) });
    }
    relations.push({ total: GRAND, parts: t.rows.map((_, r) => rowTotalId(t.id, r)) });
  }
  return { values, relations };
}

/**
 * Suppresses the tables together and returns what may be published. Always protect the complete
 * set of tables a release contains, never a subset chosen per request: a margin shown in one
 * answer and hidden in another would give the hidden cell away.
 */
export function protectTables(input: CountTables, opts: SuppressionOptions): ProtectedTables {
  const { values, relations } = tableRelations(input);
  const state = suppressCells(values, relations, opts);
  const show = (id: string): PublishedCell =>
    publishedCell(values.get(id) ?? 0, state.get(id) ?? 'published', opts);
  const hidden = { primary: 0, complementary: 0 };
  for (const s of state.values()) if (s !== 'published') hidden[s] += 1;
  return {
    years: [...input.years],
    margin: { cells: input.years.map((_, j) => show(marginId(j))), total: show(GRAND) },
    tables: input.tables.map((t) => ({
      id: t.id,
      additive: t.additive,
      rows: t.rows.map((row, r) => ({
        key: row.key,
        cells: row.cells.map((_, j) => show(cellId(t.id, r, j))),
        total: show(rowTotalId(t.id, r)),
      })),
    })),
    hidden,
  };
}
