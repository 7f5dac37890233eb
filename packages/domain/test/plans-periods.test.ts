import { describe, expect, it } from 'vitest';
import {
  acceptsReports,
  addDays,
  closesOn,
  daysBetween,
  findPeriodByCode,
  generatePeriods,
  PeriodCode,
  parsePeriodCode,
  periodContaining,
  periodOf,
  periodStatus,
  periodsPerYear,
  ReportingSettings,
} from '../src/index.js';

const span = (p: { startsOn: string; endsOn: string }) => [p.startsOn, p.endsOn];

describe('generatePeriods', () => {
  it('makes four-monthly periods B04, B08, B12 as RANHAM names them', () => {
    const ps = generatePeriods({
      frequency: 'four_monthly',
      startYear: 2021,
      endYear: 2021,
      deadlineDays: 10,
    });
    expect(ps.map((p) => p.code)).toEqual(['2021-B04', '2021-B08', '2021-B12']);
    expect(ps.map(span)).toEqual([
      ['2021-01-01', '2021-04-30'],
      ['2021-05-01', '2021-08-31'],
      ['2021-09-01', '2021-12-31'],
    ]);
    expect(ps.map((p) => p.deadline)).toEqual(['2021-05-10', '2021-09-10', '2022-01-10']);
    expect(ps[1]?.label).toEqual({ id: 'B08 (Mei–Agustus 2021)', en: 'B08 (May–August 2021)' });
    expect(ps.map((p) => p.index)).toEqual([1, 2, 3]);
  });

  it('makes quarters TW1–TW4 for every year of a plan, in order', () => {
    const ps = generatePeriods({
      frequency: 'quarterly',
      startYear: 2020,
      endYear: 2024,
      deadlineDays: 15,
    });
    expect(ps).toHaveLength(20);
    expect(ps[0]?.code).toBe('2020-TW1');
    expect(ps[19]?.code).toBe('2024-TW4');
    const q2 = ps.find((p) => p.code === '2022-TW2');
    expect(q2).toEqual({
      code: '2022-TW2',
      year: 2022,
      frequency: 'quarterly',
      index: 2,
      startsOn: '2022-04-01',
      endsOn: '2022-06-30',
      deadline: '2022-07-15',
      label: { id: 'Triwulan II 2022', en: 'Q2 2022' },
    });
    // each period starts the day after the previous one ends: no gaps, no overlaps
    for (let i = 1; i < ps.length; i++) {
      const prev = ps[i - 1];
      const cur = ps[i];
      if (prev && cur) expect(addDays(prev.endsOn, 1)).toBe(cur.startsOn);
    }
  });

  it('makes semesters and annual periods', () => {
    const s = generatePeriods({
      frequency: 'semester',
      startYear: 2023,
      endYear: 2023,
      deadlineDays: 0,
    });
    expect(s.map((p) => [p.code, p.startsOn, p.endsOn, p.deadline])).toEqual([
      ['2023-S1', '2023-01-01', '2023-06-30', '2023-06-30'],
      ['2023-S2', '2023-07-01', '2023-12-31', '2023-12-31'],
    ]);
    expect(s[1]?.label).toEqual({ id: 'Semester II 2023', en: 'H2 2023' });
    const a = generatePeriods({
      frequency: 'annual',
      startYear: 2025,
      endYear: 2029,
      deadlineDays: 90,
    });
    expect(a.map((p) => p.code)).toEqual(['2025', '2026', '2027', '2028', '2029']);
    expect(a[0]).toMatchObject({
      startsOn: '2025-01-01',
      endsOn: '2025-12-31',
      deadline: '2026-03-31',
    });
    expect(a[0]?.label).toEqual({ id: 'Tahun 2025', en: 'Year 2025' });
  });

  it('gives February its 29th day in leap years only', () => {
    const leap = generatePeriods({
      frequency: 'monthly',
      startYear: 2024,
      endYear: 2024,
      deadlineDays: 5,
    });
    expect(leap).toHaveLength(12);
    expect(leap[1]).toMatchObject({
      code: '2024-M02',
      startsOn: '2024-02-01',
      endsOn: '2024-02-29',
      deadline: '2024-03-05',
      label: { id: 'Februari 2024', en: 'February 2024' },
    });
    const plain = periodOf('monthly', 2023, 2, 5);
    expect(plain.endsOn).toBe('2023-02-28');
    expect(plain.deadline).toBe('2023-03-05');
    // 2100 is not a leap year (divisible by 100, not by 400); 2000 is
    expect(periodOf('monthly', 2100, 2, 0).endsOn).toBe('2100-02-28');
    expect(periodOf('monthly', 2000, 2, 0).endsOn).toBe('2000-02-29');
    // a deadline counted across the leap day
    expect(periodOf('monthly', 2024, 1, 30).deadline).toBe('2024-03-01');
    expect(periodOf('monthly', 2023, 1, 30).deadline).toBe('2023-03-02');
  });

  it('carries deadlines across the year end into the next year', () => {
    expect(periodOf('quarterly', 2021, 4, 15).deadline).toBe('2022-01-15');
    expect(periodOf('monthly', 2021, 12, 31).deadline).toBe('2022-01-31');
    expect(periodOf('semester', 2023, 2, 60).deadline).toBe('2024-02-29');
    expect(periodOf('four_monthly', 2024, 3, 366).deadline).toBe('2026-01-01');
  });

  it('refuses impossible calendars instead of returning something', () => {
    expect(() =>
      generatePeriods({ frequency: 'quarterly', startYear: 2024, endYear: 2020, deadlineDays: 0 }),
    ).toThrow(RangeError);
    expect(() => periodOf('quarterly', 2021, 5, 0)).toThrow(RangeError);
    expect(() => periodOf('semester', 2021, 0, 0)).toThrow(RangeError);
    expect(() => periodOf('monthly', 2021, 1, -1)).toThrow(RangeError);
    expect(() => periodOf('annual', 1999, 1, 0)).toThrow(RangeError);
  });

  it('knows how many periods each frequency has in a year', () => {
    expect(
      (['monthly', 'four_monthly', 'quarterly', 'semester', 'annual'] as const).map(periodsPerYear),
    ).toEqual([12, 3, 4, 2, 1]);
  });
});

describe('periodContaining', () => {
  it('finds the period of a date for every frequency, at its edges too', () => {
    expect(periodContaining('2021-04-30', 'four_monthly', 0).code).toBe('2021-B04');
    expect(periodContaining('2021-05-01', 'four_monthly', 0).code).toBe('2021-B08');
    expect(periodContaining('2021-12-31', 'four_monthly', 0).code).toBe('2021-B12');
    expect(periodContaining('2021-03-31', 'quarterly', 0).code).toBe('2021-TW1');
    expect(periodContaining('2021-04-01', 'quarterly', 0).code).toBe('2021-TW2');
    expect(periodContaining('2021-07-01', 'semester', 0).code).toBe('2021-S2');
    expect(periodContaining('2024-02-29', 'monthly', 0).code).toBe('2024-M02');
    expect(periodContaining('2024-06-15', 'annual', 7).deadline).toBe('2025-01-07');
  });

  it('refuses what is not a date', () => {
    expect(() => periodContaining('2021-13-01', 'monthly', 0)).toThrow(RangeError);
    expect(() => periodContaining('1 Jan 2021', 'monthly', 0)).toThrow(RangeError);
  });
});

describe('period codes', () => {
  it('parses every form the calendar generates and nothing else', () => {
    expect(parsePeriodCode('2021-B08')).toEqual({
      frequency: 'four_monthly',
      year: 2021,
      index: 2,
    });
    expect(parsePeriodCode('2021-TW4')).toEqual({ frequency: 'quarterly', year: 2021, index: 4 });
    expect(parsePeriodCode('2021-S1')).toEqual({ frequency: 'semester', year: 2021, index: 1 });
    expect(parsePeriodCode('2021-M11')).toEqual({ frequency: 'monthly', year: 2021, index: 11 });
    expect(parsePeriodCode('2021')).toEqual({ frequency: 'annual', year: 2021, index: 1 });
    for (const bad of [
      '2021-B05',
      '2021-TW5',
      '2021-S3',
      '2021-M13',
      '2021-M1',
      '21-TW1',
      '1999',
      '2021-tw1',
      '',
    ])
      expect(parsePeriodCode(bad), bad).toBeNull();
  });

  it('round-trips every generated code', () => {
    for (const frequency of ['monthly', 'four_monthly', 'quarterly', 'semester', 'annual'] as const)
      for (const p of generatePeriods({
        frequency,
        startYear: 2024,
        endYear: 2025,
        deadlineDays: 3,
      }))
        expect(findPeriodByCode(p.code, frequency, 3)).toEqual(p);
  });

  it('finds a period only in the plan frequency', () => {
    expect(findPeriodByCode('2021-TW2', 'four_monthly', 0)).toBeNull();
    expect(findPeriodByCode('nonsense', 'quarterly', 0)).toBeNull();
  });

  it('validates a code in a request, naming the rule', () => {
    expect(PeriodCode.parse(' 2022-TW3 ')).toBe('2022-TW3');
    const r = PeriodCode.safeParse('2022-Q3');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('period_code_format');
  });
});

describe('periodStatus', () => {
  const tw1 = periodOf('quarterly', 2024, 1, 15); // 2024-01-01 … 2024-03-31, deadline 2024-04-15

  it('is not started, open, overdue, then closed after deadline + grace', () => {
    expect(periodStatus(tw1, '2023-12-31', 30)).toBe('not_started');
    expect(periodStatus(tw1, '2024-01-01', 30)).toBe('open');
    expect(periodStatus(tw1, '2024-04-15', 30)).toBe('open');
    expect(periodStatus(tw1, '2024-04-16', 30)).toBe('overdue');
    expect(periodStatus(tw1, '2024-05-15', 30)).toBe('overdue');
    expect(periodStatus(tw1, '2024-05-16', 30)).toBe('closed');
    expect(closesOn(tw1, 30)).toBe('2024-05-15');
  });

  it('closes the day after the deadline when there is no grace', () => {
    expect(periodStatus(tw1, '2024-04-15', 0)).toBe('open');
    expect(periodStatus(tw1, '2024-04-16', 0)).toBe('closed');
  });

  it('accepts reports while open or overdue only', () => {
    expect(acceptsReports(tw1, '2023-12-31', 10)).toBe(false);
    expect(acceptsReports(tw1, '2024-02-01', 10)).toBe(true);
    expect(acceptsReports(tw1, '2024-04-25', 10)).toBe(true);
    expect(acceptsReports(tw1, '2024-04-26', 10)).toBe(false);
  });

  it('counts days to a deadline for reminders, across months and years', () => {
    expect(daysBetween('2024-04-10', tw1.deadline)).toBe(5);
    expect(daysBetween('2024-04-20', tw1.deadline)).toBe(-5);
    expect(daysBetween('2023-12-25', '2024-01-15')).toBe(21);
  });
});

describe('ReportingSettings', () => {
  it('defaults to quarterly with a 15-day deadline and 30 days of grace', () => {
    expect(ReportingSettings.parse({})).toEqual({
      frequency: 'quarterly',
      deadlineDays: 15,
      closingGraceDays: 30,
    });
  });

  it('refuses unknown frequencies and negative or fractional days', () => {
    expect(ReportingSettings.safeParse({ frequency: 'weekly' }).success).toBe(false);
    expect(ReportingSettings.safeParse({ deadlineDays: -1 }).success).toBe(false);
    expect(ReportingSettings.safeParse({ closingGraceDays: 1.5 }).success).toBe(false);
  });
});
