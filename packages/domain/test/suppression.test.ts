import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildPublicTables,
  type CellRelation,
  PUBLIC_DIMENSIONS,
  type PublicCountRow,
  type PublicTables,
  publishedCell,
  SUPPRESSED_MARK,
  suppressCells,
} from '../src/index.js';

const opts = { threshold: 5 };

/** Property tests run hundreds of cases; a busy machine must not fail them on time alone. */
const PROPERTY_TIMEOUT = 60_000;

describe('suppressCells', () => {
  it('hides a small count and the smallest other cell of its row', () => {
    const values = new Map([
      ['a', 3],
      ['b', 20],
      ['c', 7],
      ['t', 30],
    ]);
    const state = suppressCells(values, [{ total: 't', parts: ['a', 'b', 'c'] }], opts);
    expect(Object.fromEntries(state)).toEqual({
      a: 'primary',
      b: 'published',
      c: 'complementary',
      t: 'published',
    });
    expect(publishedCell(3, 'primary', opts)).toBe('<5');
    expect(publishedCell(7, 'complementary', opts)).toBe(SUPPRESSED_MARK);
  });

  it('prefers a non-zero cell as complement, then a zero, then the total', () => {
    const withZero = new Map([
      ['a', 2],
      ['z', 0],
      ['b', 9],
      ['t', 11],
    ]);
    const s1 = suppressCells(withZero, [{ total: 't', parts: ['a', 'z', 'b'] }], opts);
    expect(s1.get('b')).toBe('complementary');
    expect(s1.get('z')).toBe('published');
    const lone = new Map([
      ['a', 2],
      ['t', 2],
    ]);
    // the total of a single small cell is small itself: both hidden, nothing else needed
    expect(Object.fromEntries(suppressCells(lone, [{ total: 't', parts: ['a'] }], opts))).toEqual({
      a: 'primary',
      t: 'primary',
    });
  });

  it('follows a complement into the crossing column until nothing can be derived', () => {
    // 2 × 2 with margins: hiding (0,0) hides (0,1) in the row, which leaves column 1 with one
    // hidden cell, so (1,1) goes too, and then column 0 needs (1,0): a closed rectangle
    const v = new Map([
      ['r0c0', 1],
      ['r0c1', 10],
      ['r1c0', 12],
      ['r1c1', 30],
      ['r0', 11],
      ['r1', 42],
      ['c0', 13],
      ['c1', 40],
      ['g', 53],
    ]);
    const rel: CellRelation[] = [
      { total: 'r0', parts: ['r0c0', 'r0c1'] },
      { total: 'r1', parts: ['r1c0', 'r1c1'] },
      { total: 'c0', parts: ['r0c0', 'r1c0'] },
      { total: 'c1', parts: ['r0c1', 'r1c1'] },
      { total: 'g', parts: ['r0', 'r1'] },
      { total: 'g', parts: ['c0', 'c1'] },
    ];
    const s = suppressCells(v, rel, opts);
    expect(['r0c0', 'r0c1', 'r1c0', 'r1c1'].map((id) => s.get(id))).toEqual([
      'primary',
      'complementary',
      'complementary',
      'complementary',
    ]);
    expect(['r0', 'r1', 'c0', 'c1', 'g'].every((id) => s.get(id) === 'published')).toBe(true);
  });

  it('hides zeros too when asked', () => {
    const s = suppressCells(
      new Map([
        ['a', 0],
        ['b', 8],
        ['t', 8],
      ]),
      [{ total: 't', parts: ['a', 'b'] }],
      { threshold: 5, publishZeros: false },
    );
    expect(s.get('a')).toBe('primary');
    expect(s.get('b')).toBe('complementary');
  });

  it('refuses negative or fractional counts and unknown cells', () => {
    expect(() => suppressCells(new Map([['a', -1]]), [], opts)).toThrow(/non-negative integer/);
    expect(() => suppressCells(new Map([['a', 1.5]]), [], opts)).toThrow(/non-negative integer/);
    expect(() => suppressCells(new Map([['a', 1]]), [{ total: 'a', parts: ['b'] }], opts)).toThrow(
      /unknown cell/,
    );
  });
});

/** Victims as the statistics would count them: one year and one value per breakdown each. */
const victim = fc.record({
  year: fc.integer({ min: 2019, max: 2023 }),
  sex: fc.constantFrom('female', 'male', null),
  ageCtdc: fc.constantFrom('0--8', '9--17', '18--20', '30--38', null),
  ageSimfoni: fc.constantFrom('0-5', '13-17', '25-44', null),
  originProvince: fc.constantFrom('53', '52', '33', '11', null),
  countryOfExploitation: fc.constantFrom('MY', 'SA', 'KH', 'ID', 'TW', null),
  destination: fc.constantFrom('MY', '31', '51', null),
  exploitationType: fc.subarray(['forced_labour', 'sexual_exploitation', 'organ_removal']),
  modus: fc.subarray(['online_scam', 'abk_perikanan']),
});
type Victim = typeof victim extends fc.Arbitrary<infer T> ? T : never;

function countRows(victims: Victim[]) {
  const perYear = new Map<number, number>();
  const rows = new Map<string, PublicCountRow>();
  const add = (dimension: PublicCountRow['dimension'], key: string | null, year: number) => {
    const id = `${dimension}|${key}|${year}`;
    const row = rows.get(id) ?? { dimension, key, year, n: 0 };
    row.n += 1;
    rows.set(id, row);
  };
  for (const v of victims) {
    perYear.set(v.year, (perYear.get(v.year) ?? 0) + 1);
    add('sex', v.sex, v.year);
    add('ageCtdc', v.ageCtdc, v.year);
    add('ageSimfoni', v.ageSimfoni, v.year);
    add('destination', v.destination, v.year);
    add('originProvince', v.originProvince, v.year);
    add('countryOfExploitation', v.countryOfExploitation, v.year);
    for (const t of v.exploitationType) add('exploitationType', t, v.year);
    for (const m of v.modus) add('modus', m, v.year);
  }
  return {
    perYear: [...perYear].map(([year, n]) => ({ year, n })),
    rows: [...rows.values()],
  };
}

/**
 * What a reader can work out from a published release alone: every relation the tables show
 * (rows add up to their totals, additive columns to the year's victims, years to the grand
 * total), solved over and over while some relation has a single unknown.
 */
function attack(t: PublicTables): Map<string, number> {
  const known = new Map<string, number>();
  const cells: Array<[string, number | string]> = [];
  for (const [j, c] of t.margin.cells.entries()) cells.push([`m|${j}`, c]);
  cells.push(['m|*', t.margin.total]);
  for (const tab of t.tables)
    for (const [i, r] of tab.rows.entries()) {
      for (const [j, c] of r.cells.entries()) cells.push([`${tab.dimension}|${i}|${j}`, c]);
      cells.push([`${tab.dimension}|${i}|*`, r.total]);
    }
  for (const [id, c] of cells) if (typeof c === 'number') known.set(id, c);
  const rel: Array<{ total: string; parts: string[] }> = [
    { total: 'm|*', parts: t.years.map((_, j) => `m|${j}`) },
  ];
  for (const tab of t.tables) {
    const cell = (i: number, j: number | '*') => `${tab.dimension}|${i}|${j}`;
    for (const [i, r] of tab.rows.entries())
      rel.push({ total: cell(i, '*'), parts: r.cells.map((_, j) => cell(i, j)) });
    if (!tab.additive) continue;
    for (const j of t.years.keys())
      rel.push({ total: `m|${j}`, parts: tab.rows.map((_, i) => cell(i, j)) });
    rel.push({ total: 'm|*', parts: tab.rows.map((_, i) => cell(i, '*')) });
  }
  for (let progress = true; progress; ) {
    progress = false;
    for (const r of rel) {
      const unknown = [r.total, ...r.parts].filter((id) => !known.has(id));
      if (unknown.length !== 1) continue;
      const id = unknown[0] as string;
      const partsSum = r.parts.reduce((s, p) => s + (known.get(p) ?? 0), 0);
      known.set(id, id === r.total ? partsSum : (known.get(r.total) ?? 0) - partsSum);
      progress = true;
    }
  }
  // only what was hidden is of interest
  for (const [id, c] of cells) if (typeof c === 'number') known.delete(id);
  return known;
}

describe('public tables (property)', () => {
  it(
    'publish no count below the threshold, and no hidden cell can be worked out',
    () => {
      fc.assert(
        fc.property(
          fc.array(victim, { maxLength: 100 }),
          fc.integer({ min: 2, max: 11 }),
          (victims, threshold) => {
            const counts = countRows(victims);
            const t = buildPublicTables(counts.perYear, counts.rows, { threshold });
            const published = [
              ...t.margin.cells,
              t.margin.total,
              ...t.tables.flatMap((tab) => tab.rows.flatMap((r) => [...r.cells, r.total])),
            ];
            for (const c of published) {
              if (typeof c === 'number') expect(c === 0 || c >= threshold).toBe(true);
              else expect([`<${threshold}`, SUPPRESSED_MARK]).toContain(c);
            }
            expect(attack(t).size).toBe(0);
            expect(t.tables.map((x) => x.dimension)).toEqual([...PUBLIC_DIMENSIONS]);
          },
        ),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'show the true count in every published cell',
    () => {
      fc.assert(
        fc.property(fc.array(victim, { minLength: 1, maxLength: 80 }), (victims) => {
          const counts = countRows(victims);
          const t = buildPublicTables(counts.perYear, counts.rows, opts);
          const sex = t.tables.find((x) => x.dimension === 'sex');
          for (const row of sex?.rows ?? [])
            row.cells.forEach((c, j) => {
              const truth = victims.filter(
                (v) => v.sex === row.key && v.year === (t.years[j] as number),
              ).length;
              if (typeof c === 'number') expect(c).toBe(truth);
              else if (c !== SUPPRESSED_MARK) expect(truth > 0 && truth < 5).toBe(true);
            });
        }),
        { numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
