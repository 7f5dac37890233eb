import { describe, expect, it } from 'vitest';
import {
  type Achievement,
  achievement,
  budgetAbsorption,
  NOT_COMPUTABLE_MESSAGES,
  notComputable,
  roundPercent,
  summariseAchievements,
  totalAbsorption,
} from '../src/index.js';

const value = (a: Achievement) => (a.computable ? [a.raw, a.capped, a.method] : a.reason);

describe('achievement: higher is better', () => {
  const hib = (target: number | null, realised: number | null) =>
    value(achievement({ direction: 'higher_is_better', target, realised }));

  it('is realised over target', () => {
    expect(hib(200, 150)).toEqual([75, 75, 'ratio']);
    expect(hib(100, 7)).toEqual([7, 7, 'ratio']);
    expect(hib(3, 0)).toEqual([0, 0, 'ratio']);
  });

  it('keeps over-achievement in raw and caps it for aggregation', () => {
    expect(hib(40, 60)).toEqual([150, 100, 'ratio']);
    const a = achievement(
      { direction: 'higher_is_better', target: 40, realised: 60 },
      { cap: 120 },
    );
    expect(a).toEqual({ computable: true, raw: 150, capped: 120, method: 'ratio' });
  });

  it('says why when there is no number', () => {
    expect(hib(0, 5)).toBe('zero_target');
    expect(hib(0, 0)).toBe('zero_target');
    expect(hib(null, 5)).toBe('no_target');
    expect(hib(10, null)).toBe('no_realisation');
    expect(hib(-10, 5)).toBe('negative_value');
    expect(hib(10, -5)).toBe('negative_value');
    expect(hib(Number.NaN, 5)).toBe('not_a_number');
    expect(hib(10, Number.POSITIVE_INFINITY)).toBe('not_a_number');
    expect(achievement({ direction: 'higher_is_better', target: undefined, realised: 1 })).toEqual({
      computable: false,
      reason: 'no_target',
      message: { id: 'Target tahun ini belum ditetapkan', en: 'No target is set for this year' },
    });
  });
});

describe('achievement: lower is better', () => {
  const lib = (target: number, realised: number, baseline: number | null) =>
    value(achievement({ direction: 'lower_is_better', target, realised, baseline }));

  it('measures the share of the planned reduction from the baseline', () => {
    // baseline 100 cases, target 60: a reduction of 40 is planned
    expect(lib(60, 80, 100)).toEqual([50, 50, 'reduction_from_baseline']);
    expect(lib(60, 60, 100)).toEqual([100, 100, 'reduction_from_baseline']);
    expect(lib(60, 100, 100)).toEqual([0, 0, 'reduction_from_baseline']);
    // to zero with a baseline: still a reduction, not the zero-tolerance rule
    expect(lib(0, 10, 40)).toEqual([75, 75, 'reduction_from_baseline']);
  });

  it('keeps going past the target and getting worse than the baseline in raw only', () => {
    expect(lib(60, 40, 100)).toEqual([150, 100, 'reduction_from_baseline']);
    expect(lib(60, 120, 100)).toEqual([-50, 0, 'reduction_from_baseline']);
  });

  it('falls back to the negative-polarity formula without a baseline', () => {
    expect(lib(50, 50, null)).toEqual([100, 100, 'negative_polarity']);
    expect(lib(50, 75, null)).toEqual([50, 50, 'negative_polarity']);
    expect(lib(50, 25, null)).toEqual([150, 100, 'negative_polarity']);
    // zero cases against a positive target is finite, unlike target / realised
    expect(lib(50, 0, null)).toEqual([200, 100, 'negative_polarity']);
    expect(lib(50, 150, null)).toEqual([-100, 0, 'negative_polarity']);
  });

  it('uses the target alone when the baseline is not above it (nothing to reduce)', () => {
    expect(lib(50, 75, 50)).toEqual([50, 50, 'negative_polarity']);
    expect(lib(50, 75, 30)).toEqual([50, 50, 'negative_polarity']);
  });

  it('treats a zero target without a baseline as zero tolerance', () => {
    expect(lib(0, 0, null)).toEqual([100, 100, 'zero_tolerance']);
    expect(lib(0, 3, null)).toEqual([0, 0, 'zero_tolerance']);
    expect(lib(0, 0, 0)).toEqual([100, 100, 'zero_tolerance']);
  });

  it('refuses a negative baseline', () => {
    expect(lib(10, 5, -1)).toBe('negative_value');
  });
});

describe('achievement: yes/no', () => {
  const yn = (target: number, realised: number) =>
    value(achievement({ direction: 'yes_no', target, realised }));

  it('is 100 for yes and 0 for no', () => {
    expect(yn(1, 1)).toEqual([100, 100, 'binary']);
    expect(yn(1, 0)).toEqual([0, 0, 'binary']);
  });

  it('has no figure in a year with nothing due, or for values other than 0 and 1', () => {
    expect(yn(0, 1)).toBe('zero_target');
    expect(yn(1, 2)).toBe('not_yes_no');
    expect(yn(1, 0.5)).toBe('not_yes_no');
    expect(yn(2, 1)).toBe('not_yes_no');
  });
});

describe('achievement: target attainment', () => {
  const ta = (target: number, realised: number) =>
    value(achievement({ direction: 'target_attainment', target, realised }));

  it('is proportional below the target and 100 at or above it, even raw', () => {
    expect(ta(34, 17)).toEqual([50, 50, 'attainment']);
    expect(ta(34, 34)).toEqual([100, 100, 'attainment']);
    expect(ta(34, 40)).toEqual([100, 100, 'attainment']);
    expect(ta(0, 5)).toBe('zero_target');
  });
});

describe('achievement options', () => {
  it('refuses caps below 100 or above 200', () => {
    const f = { direction: 'higher_is_better' as const, target: 1, realised: 1 };
    expect(() => achievement(f, { cap: 99 })).toThrow(RangeError);
    expect(() => achievement(f, { cap: 201 })).toThrow(RangeError);
    expect(achievement(f, { cap: 200 }).computable).toBe(true);
  });

  it('rounds for display to one decimal', () => {
    expect(roundPercent((2 * 100) / 3)).toBe(66.7);
    expect(roundPercent(79.95)).toBe(80);
    expect(roundPercent(12.345, 2)).toBe(12.35);
  });
});

describe('summariseAchievements', () => {
  const a = (raw: number) =>
    achievement({ direction: 'higher_is_better', target: 100, realised: raw });

  it('averages the capped figures and counts what could not be computed', () => {
    const s = summariseAchievements([
      a(50),
      a(150),
      notComputable('no_realisation'),
      notComputable('no_realisation'),
      notComputable('zero_target'),
    ]);
    expect(s).toEqual({
      mean: 75,
      total: 5,
      computable: 2,
      notComputable: 3,
      byReason: { no_realisation: 2, zero_target: 1 },
    });
  });

  it('weighs items when asked', () => {
    const s = summariseAchievements([
      { achievement: a(100), weight: 3 },
      { achievement: a(20), weight: 1 },
      { achievement: a(0), weight: 0 },
    ]);
    expect(s.mean).toBe(80);
    expect(s.computable).toBe(3);
  });

  it('has no mean when nothing is computable, rather than 0', () => {
    expect(summariseAchievements([notComputable('no_target')]).mean).toBeNull();
    expect(summariseAchievements([]).mean).toBeNull();
    expect(summariseAchievements([{ achievement: a(50), weight: 0 }]).mean).toBeNull();
  });

  it('refuses negative weights', () => {
    expect(() => summariseAchievements([{ achievement: a(50), weight: -1 }])).toThrow(RangeError);
  });

  it('has a message in both languages for every reason', () => {
    for (const m of Object.values(NOT_COMPUTABLE_MESSAGES)) {
      expect(m.id.length).toBeGreaterThan(5);
      expect(m.en.length).toBeGreaterThan(5);
      expect(m.id).not.toBe(m.en);
    }
  });
});

describe('budget absorption', () => {
  it('is realised over pagu, keeping overspending visible', () => {
    expect(budgetAbsorption({ planned: 200_000_000, realised: 150_000_000 })).toEqual({
      computable: true,
      raw: 75,
      capped: 75,
      overspent: false,
    });
    expect(budgetAbsorption({ planned: 100, realised: 110 })).toEqual({
      computable: true,
      raw: 110,
      capped: 100,
      overspent: true,
    });
    expect(budgetAbsorption({ planned: 100, realised: 0 })).toMatchObject({ raw: 0 });
  });

  it('has no ratio without a pagu, and says whether the budget is attached', () => {
    expect(budgetAbsorption({ planned: 0, realised: 5_000_000 })).toMatchObject({
      computable: false,
      reason: 'no_pagu',
    });
    expect(budgetAbsorption({ planned: null, realised: null })).toMatchObject({
      reason: 'no_pagu',
    });
    expect(budgetAbsorption({ planned: null, realised: 10, attached: true })).toEqual({
      computable: false,
      reason: 'attached_budget',
      message: {
        id: 'Anggaran melekat pada alokasi instansi; tidak ada pagu tersendiri',
        en: "The budget is attached to the institution's own allocation; there is no separate ceiling",
      },
    });
    expect(budgetAbsorption({ planned: 100, realised: null })).toMatchObject({
      reason: 'no_realisation',
    });
    expect(budgetAbsorption({ planned: -1, realised: 0 })).toMatchObject({
      reason: 'negative_value',
    });
  });

  it('totals many lines as sum over sum, with spending on attached lines apart', () => {
    const t = totalAbsorption([
      { planned: 10_000_000, realised: 10_000_000 },
      { planned: 5_000_000_000, realised: 1_000_000_000 },
      { planned: 1_000_000, realised: null },
      { planned: null, realised: 7_000_000, attached: true },
      { planned: 0, realised: null },
    ]);
    expect(t.planned).toBe(5_011_000_000);
    expect(t.realised).toBe(1_010_000_000);
    expect(t.realisedWithoutPagu).toBe(7_000_000);
    expect(t.linesWithPagu).toBe(3);
    expect(t.linesWithoutPagu).toBe(2);
    expect(t.absorption.computable && roundPercent(t.absorption.raw, 2)).toBe(20.16);
  });

  it('gives the reason when no line has a pagu', () => {
    const attached = totalAbsorption([
      { planned: null, realised: 5, attached: true },
      { planned: 0, realised: null, attached: true },
    ]);
    expect(attached.absorption).toMatchObject({ computable: false, reason: 'attached_budget' });
    expect(totalAbsorption([]).absorption).toMatchObject({ reason: 'no_pagu' });
    const unreported = totalAbsorption([{ planned: 100, realised: null }]);
    expect(unreported.absorption).toMatchObject({ reason: 'no_realisation' });
    expect(() => totalAbsorption([{ planned: -5, realised: 0 }])).toThrow(RangeError);
  });
});
