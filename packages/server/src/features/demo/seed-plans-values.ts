import type { DemoBudget, DemoIndicator } from './demo-plan-data.js';
import type { Random } from './seed-plans-random.js';

/**
 * Realised values of one indicator over one year, quarter by quarter. Realisation is cumulative
 * for the year (report-schemas.ts), so the four figures never go down, and the last one is the
 * year's result. Most institutions land near their target, some lag far behind, a few overshoot.
 */
export type YearFigures = {
  /** Year-to-date realisation at the end of each quarter. */
  values: [number, number, number, number];
  /** Year-to-date share of the year's pagu spent at the end of each quarter. */
  absorption: [number, number, number, number];
  /** What a melekat (attached) activity spent of the institution's own allocation this year. */
  ownSpend: number;
};

const round1 = (v: number) => Math.round(v * 10) / 10;

export function yearFigures(
  ind: DemoIndicator,
  targets: Record<string, number>,
  year: number,
  rnd: Random,
): YearFigures {
  const target = targets[String(year)] ?? 0;
  const laggard = rnd.chance(0.15);
  const perf = laggard ? 0.35 + 0.3 * rnd.next() : 0.78 + 0.42 * rnd.next();
  const q1 = 0.12 + 0.13 * rnd.next();
  const q2 = q1 + 0.18 + 0.12 * rnd.next();
  const q3 = q2 + 0.18 + 0.12 * rnd.next();
  const share = [q1, q2, q3, 1];
  const spend = laggard ? 0.7 : 1;
  const absorption = [0.08, 0.3, 0.55, 0.82].map(
    (base, i) => (base + 0.06 * (i + 1) * rnd.next()) * spend,
  ) as YearFigures['absorption'];
  const ownSpend = rnd.int(40, 400) * 1_000_000;
  return { values: values(ind, targets, year, target, perf, share, rnd), absorption, ownSpend };
}

function values(
  ind: DemoIndicator,
  targets: Record<string, number>,
  year: number,
  target: number,
  perf: number,
  share: number[],
  rnd: Random,
): YearFigures['values'] {
  const each = (f: (s: number, q: number) => number) =>
    share.map((s, q) => f(s, q)) as YearFigures['values'];
  switch (ind.direction) {
    case 'yes_no': {
      // a regulation is either enacted in some quarter of the year or not at all
      const doneIn = target === 0 ? 5 : perf >= 0.75 ? rnd.int(1, 4) : 5;
      return each((_, q) => (q + 1 >= doneIn ? 1 : 0));
    }
    case 'target_attainment': {
      // a stock (LTSA operating, regions with a task force): grows from last year's level
      const before = targets[String(year - 1)] ?? ind.baseline ?? 0;
      const from = before <= target ? before : 0;
      return each((s) => Math.round(from + (target - from) * Math.min(perf, 1.1) * s));
    }
    case 'lower_is_better': {
      // a count of bad outcomes (repeat victims, acquittals), accumulating over the year
      const year_ =
        target === 0
          ? rnd.chance(0.3)
            ? rnd.int(1, 2)
            : 0
          : Math.round(target * (0.55 + 0.7 * rnd.next()));
      return each((s) => Math.round(year_ * s));
    }
    case 'higher_is_better':
      if (ind.unit === 'persen')
        // a rate is not summed: each quarter reports the rate so far this year
        return each((_, q) => Math.min(100, round1(target * perf * (0.94 + 0.02 * q))));
      return each((s) => Math.round(target * perf * s));
  }
}

/**
 * Realised spending to date in whole thousands of rupiah; null where nothing is reported. Only
 * some institutions report spending on melekat activities (`reportsOwnSpend`).
 */
export function realisedBudget(
  budget: DemoBudget,
  year: number,
  figures: YearFigures,
  quarter: number,
  reportsOwnSpend: boolean,
): number | null {
  const share = figures.absorption[quarter - 1] ?? 1;
  const thousands = (v: number) => Math.round(v / 1000) * 1000;
  switch (budget.kind) {
    case 'none':
      return null;
    case 'pagu': {
      const pagu = budget.amounts[String(year)];
      return pagu === undefined ? null : thousands(pagu * share);
    }
    case 'attached':
      return reportsOwnSpend ? thousands(figures.ownSpend * share) : null;
  }
}
