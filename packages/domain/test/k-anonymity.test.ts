import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DROPPED, kAnonymise, MISSING, type QiValue, qiAtLevel } from '../src/index.js';

const key = (row: readonly QiValue[]) => JSON.stringify(row);

function classSizes(rows: QiValue[][]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const r of rows) sizes.set(key(r), (sizes.get(key(r)) ?? 0) + 1);
  return sizes;
}

/** Steps that cover every position once, in a random order and grouping. */
const stepsFor = (width: number) =>
  fc
    .shuffledSubarray(
      Array.from({ length: width }, (_, i) => i),
      { minLength: width, maxLength: width },
    )
    .chain((order) =>
      fc.array(fc.boolean(), { minLength: width, maxLength: width }).map((cuts) => {
        const steps: number[][] = [];
        order.forEach((p, i) => {
          if (i === 0 || cuts[i]) steps.push([p]);
          else steps[steps.length - 1]?.push(p);
        });
        return steps;
      }),
    );

const dataSet = fc.integer({ min: 1, max: 5 }).chain((width) =>
  fc.record({
    rows: fc.array(
      fc.array(fc.oneof(fc.constantFrom('a', 'b', 'c'), fc.constantFrom(1, 2, MISSING)), {
        minLength: width,
        maxLength: width,
      }),
      { maxLength: 150 },
    ),
    steps: stepsFor(width),
    k: fc.integer({ min: 1, max: 12 }),
  }),
);

/** Property tests run hundreds of cases; a busy machine must not fail them on time alone. */
const PROPERTY_TIMEOUT = 60_000;

describe('kAnonymise (property)', () => {
  it(
    'leaves no equivalence class below k, and drops rows only when there are fewer than k',
    () => {
      fc.assert(
        fc.property(dataSet, ({ rows, steps, k }) => {
          const r = kAnonymise({ rows, k, steps });
          const out = rows.flatMap((row, i) =>
            r.levels[i] === DROPPED ? [] : [qiAtLevel(row, r.levels[i] as number, steps)],
          );
          expect(out.length).toBe(rows.length - r.dropped);
          expect(r.dropped).toBe(rows.length > 0 && rows.length < k ? rows.length : 0);
          for (const n of classSizes(out).values()) expect(n).toBeGreaterThanOrEqual(k);
          expect(r.classes).toBe(classSizes(out).size);
        }),
        { numRuns: 400 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'only ever replaces values by MISSING, and reports every value it replaced',
    () => {
      fc.assert(
        fc.property(dataSet, ({ rows, steps, k }) => {
          const r = kAnonymise({ rows, k, steps });
          const counted = new Array<number>(steps.flat().length).fill(0);
          rows.forEach((row, i) => {
            if (r.levels[i] === DROPPED) return;
            qiAtLevel(row, r.levels[i] as number, steps).forEach((v, p) => {
              if (v !== row[p]) {
                expect(v).toBe(MISSING);
                counted[p] = (counted[p] ?? 0) + 1;
              }
            });
          });
          expect(r.suppressedValues).toEqual(counted);
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'leaves rows of classes that were already large enough alone (unless needed to pad)',
    () => {
      fc.assert(
        fc.property(dataSet, ({ rows, steps, k }) => {
          const r = kAnonymise({ rows, k, steps });
          if (r.padded > 0 || r.dropped > 0) return;
          const before = classSizes(rows.map((x) => [...x]));
          rows.forEach((row, i) => {
            if ((before.get(key(row)) ?? 0) >= k) expect(r.levels[i]).toBe(0);
          });
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('kAnonymise', () => {
  it('suppresses the first QI of the hierarchy before the next', () => {
    // three rows share (F, 30--38) but differ in year; year goes first and they become one class
    const rows = [
      [2020, 'F', '30--38'],
      [2021, 'F', '30--38'],
      [2022, 'F', '30--38'],
      [2020, 'M', '18--20'],
      [2020, 'M', '18--20'],
      [2020, 'M', '18--20'],
    ];
    const r = kAnonymise({ rows, k: 3, steps: [[0], [2], [1]] });
    expect([...r.levels]).toEqual([1, 1, 1, 0, 0, 0]);
    expect(r.suppressedValues).toEqual([3, 0, 0]);
    expect(r.smallestClass).toBe(3);
  });

  it('fills the class of fully suppressed rows from a large class instead of dropping it', () => {
    const rows = [...Array.from({ length: 6 }, () => ['x', 1]), ['y', 2]];
    const r = kAnonymise({ rows, k: 3, steps: [[0], [1]] });
    expect(r.dropped).toBe(0);
    expect(r.padded).toBe(2);
    const out = rows.map((row, i) => qiAtLevel(row, r.levels[i] as number, [[0], [1]]));
    expect(classSizes(out)).toEqual(
      new Map([
        [key(['x', 1]), 4],
        [key([MISSING, MISSING]), 3],
      ]),
    );
  });

  it('drops everything when the data set is smaller than k, and checks its input', () => {
    const r = kAnonymise({ rows: [['a'], ['a']], k: 3, steps: [[0]] });
    expect(r.dropped).toBe(2);
    expect(() => kAnonymise({ rows: [['a', 'b']], k: 2, steps: [[0]] })).toThrow(/position 1/);
    expect(() => kAnonymise({ rows: [], k: 0, steps: [] })).toThrow(/positive integer/);
  });
});
