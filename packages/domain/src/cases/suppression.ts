/**
 * Small-cell suppression of published counts (statistical disclosure control).
 *
 * A table published to the public is a set of cells tied together by linear relations: every row
 * adds up to its row total, every column to its column total, the totals to the grand total, and
 * tables that share a margin (victims per year) are tied through it. Counts below the threshold
 * (primary suppression) are hidden as "<5"; hiding them is not enough when a relation has exactly
 * one hidden member, because the reader gets it back as "total minus the others". So in each such
 * relation one more cell is hidden (complementary suppression), the smallest one, and the rule is
 * applied again until no relation has a single hidden member (a fixed point).
 *
 * The cells are identified by strings so that one call can protect several linked tables at once:
 * a margin shared by two tables is one cell, hidden in both or in neither.
 */

export type CellState = 'published' | 'primary' | 'complementary';

/** `total` = the sum of `parts`, as the published tables show it. */
export type CellRelation = { total: string; parts: readonly string[] };

export type SuppressionOptions = {
  /** Counts below this are hidden (default 5: 1–4 are shown as "<5"). */
  threshold: number;
  /**
   * Whether a count of zero is published as 0. It reveals no person (nobody is there), and a
   * table of countries by year is mostly zeros; set false to hide zeros as well.
   */
  publishZeros?: boolean;
};

/** True when a count must not be published by itself. */
export function isSmallCount(value: number, opts: SuppressionOptions): boolean {
  if (value === 0) return opts.publishZeros === false && opts.threshold > 0;
  return value < opts.threshold;
}

/**
 * Which cells to hide. `values` holds every cell's true count; relations name cells by id (an id
 * missing from `values` is an error: it would be a cell nobody can check).
 */
export function suppressCells(
  values: ReadonlyMap<string, number>,
  relations: readonly CellRelation[],
  opts: SuppressionOptions,
): Map<string, CellState> {
  if (!Number.isFinite(opts.threshold) || opts.threshold < 0)
    throw new Error(`suppression threshold must be a non-negative number, got ${opts.threshold}`);
  const state = new Map<string, CellState>();
  for (const [id, value] of values) {
    if (!Number.isInteger(value) || value < 0)
      throw new Error(`cell ${id}: a count must be a non-negative integer, got ${value}`);
    state.set(id, isSmallCount(value, opts) ? 'primary' : 'published');
  }
  const members = relations
    .filter((r) => r.parts.length > 0)
    .map((r) => {
      for (const id of [r.total, ...r.parts])
        if (!values.has(id)) throw new Error(`relation names unknown cell ${id}`);
      return r;
    });

  for (let changed = true; changed; ) {
    changed = false;
    for (const r of members) {
      const hidden = [r.total, ...r.parts].filter((id) => state.get(id) !== 'published');
      if (hidden.length !== 1) continue;
      const pick = complementFor(r, values, state);
      // a relation whose every other member is already hidden cannot have exactly one hidden
      if (pick === null) throw new Error('unreachable: a relation with one hidden member');
      state.set(pick, 'complementary');
      changed = true;
    }
  }
  return state;
}

/**
 * The cell to hide next to a lone hidden one: the smallest published part that is not zero (the
 * least information lost, and a zero would protect little: "<5" and "0" add up to the hidden
 * count), then a published zero part, and the total only when no part is left.
 */
function complementFor(
  r: CellRelation,
  values: ReadonlyMap<string, number>,
  state: ReadonlyMap<string, CellState>,
): string | null {
  let best: string | null = null;
  let bestValue = Number.POSITIVE_INFINITY;
  let zero: string | null = null;
  for (const id of r.parts) {
    if (state.get(id) !== 'published') continue;
    const v = values.get(id) ?? 0;
    if (v === 0) zero ??= id;
    else if (v < bestValue) {
      best = id;
      bestValue = v;
    }
  }
  if (best !== null) return best;
  if (zero !== null) return zero;
  return state.get(r.total) === 'published' ? r.total : null;
}

/** What a reader sees in a cell: the count, "<5" for a small count, "x" for a complement. */
export type PublishedCell = number | string;

export function publishedCell(
  value: number,
  state: CellState,
  opts: SuppressionOptions,
): PublishedCell {
  if (state === 'published') return value;
  return state === 'primary' ? `<${opts.threshold}` : SUPPRESSED_MARK;
}

/**
 * A complementary cell is not small, so "<5" would be untrue: it is shown as "x", the mark many
 * statistics offices use for "hidden for confidentiality".
 */
export const SUPPRESSED_MARK = 'x';

/** The notes printed under every suppressed table (id and en). */
export function suppressionNote(threshold: number): { id: string; en: string } {
  return {
    id: `"<${threshold}": kurang dari ${threshold} orang, disembunyikan untuk melindungi korban. "${SUPPRESSED_MARK}": disembunyikan agar angka "<${threshold}" tidak dapat dihitung dari total.`,
    en: `"<${threshold}": fewer than ${threshold} people, hidden to protect victims. "${SUPPRESSED_MARK}": hidden so that a "<${threshold}" cell cannot be worked out from the totals.`,
  };
}
