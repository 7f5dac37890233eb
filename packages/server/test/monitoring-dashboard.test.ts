import { achievement, daysBetween } from '@sigap/domain';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DrillView } from '../src/features/monitoring/drill-schemas.js';
import { todayInJakarta } from '../src/features/monitoring/monitoring-frame.js';
import type { DashboardView } from '../src/features/monitoring/schemas.js';
import { progressReports } from '../src/features/reporting/schema.js';
import { queryRows } from '../src/platform/db/client.js';
import { type Fixture, insertMonitoringFixture, YEAR } from './monitoring-fixture.js';
import { type Client, signInAs } from './support/session.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Exact figures of the dashboard on the fixture (see monitoring-fixture.ts for the matrix and
 * the reports), as the national secretariat sees them.
 */
let t: TestApp;
let fx: Fixture;
let sekretariat: Client;
beforeAll(async () => {
  t = await startTestApp();
  fx = await insertMonitoringFixture(t.database.db);
  sekretariat = await signInAs(t.app, 'sekretariat@sigap.local');
});
afterAll(() => t.close());

const ranUrl = (extra = '') =>
  `/api/monitoring/dashboard?planId=${fx.plan.ran}&year=${YEAR}${extra}`;
async function dashboard(extra = '', client = sekretariat): Promise<DashboardView> {
  const res = await client.request('GET', ranUrl(extra));
  expect(res.status, res.body).toBe(200);
  return res.json<DashboardView>();
}
const pick = <T extends object>(o: T, keys: Array<keyof T>) =>
  Object.fromEntries(keys.map((k) => [k, o[k]]));
const ACH = [
  'indicators',
  'withApproved',
  'measured',
  'notComputable',
  'noData',
  'achievement',
  'light',
] as const;

describe('completeness', () => {
  it('counts expected, filed, approved, missing and overdue reports per period', async () => {
    const d = await dashboard();
    expect(
      d.completeness.map((c) =>
        pick(c, [
          'periodCode',
          'expected',
          'filed',
          'approved',
          'missing',
          'overdue',
          'completeness',
          'status',
        ]),
      ),
    ).toEqual([
      {
        periodCode: '2012-S1',
        expected: 5,
        filed: 4,
        approved: 3,
        missing: 1,
        overdue: 1,
        completeness: 80,
        status: 'closed',
      },
      {
        periodCode: '2012-S2',
        expected: 5,
        filed: 3,
        approved: 1,
        missing: 2,
        overdue: 2,
        completeness: 60,
        status: 'closed',
      },
    ]);
    expect(d.completeness[0]?.deadline).toBe('2012-07-15');
    expect(
      pick(d.totals.completeness, [
        'expected',
        'filed',
        'approved',
        'missing',
        'overdue',
        'completeness',
      ]),
    ).toEqual({
      expected: 10,
      filed: 7,
      approved: 4,
      missing: 3,
      overdue: 3,
      completeness: 70,
    });
    // every figure names the reports behind it
    expect(d.completeness[0]?.records.filed).toEqual({
      planId: fx.plan.ran,
      year: YEAR,
      periodCode: '2012-S1',
      state: ['submitted', 'returned', 'verified', 'approved'],
      activeIndicators: true,
    });
    expect(d.completeness[0]?.records.missing).toEqual({
      planId: fx.plan.ran,
      year: YEAR,
      periodCode: '2012-S1',
    });
  });

  it('lists the missing reports, the most overdue first, with days overdue and the draft', async () => {
    const d = await dashboard();
    const today = todayInJakarta();
    expect(d.overdue.total).toBe(3);
    expect(
      d.overdue.items.map((o) => [
        o.indicator.code,
        o.periodCode,
        o.institution.abbreviation,
        o.activity.code,
        o.daysOverdue,
        o.draftReportId,
      ]),
    ).toEqual([
      [
        'I5',
        '2012-S1',
        'Kemensos',
        'A4',
        daysBetween('2012-07-15', today),
        fx.report['I5@2012-S1'],
      ],
      [
        'I4',
        '2012-S2',
        'KemenPPPA',
        'A3',
        daysBetween('2013-01-15', today),
        fx.report['I4@2012-S2'],
      ],
      ['I5', '2012-S2', 'Kemensos', 'A4', daysBetween('2013-01-15', today), null],
    ]);
    const page = await sekretariat.request(
      'GET',
      `/api/monitoring/overdue?planId=${fx.plan.ran}&year=${YEAR}&page=2&pageSize=2`,
    );
    expect(page.status).toBe(200);
    const body = page.json<{
      items: Array<{ indicator: { code: string } }>;
      meta: { total: number };
    }>();
    expect(body.items.map((i) => i.indicator.code)).toEqual(['I5']);
    expect(body.meta).toEqual({ page: 2, pageSize: 2, total: 3 });
    const past = await sekretariat.request(
      'GET',
      `/api/monitoring/overdue?planId=${fx.plan.ran}&year=${YEAR}&page=9&pageSize=2`,
    );
    expect(past.json<{ meta: { total: number } }>().meta.total).toBe(3);
  });
});

describe('achievement', () => {
  it('is the mean of the latest approved achievement per indicator, with the plan’s lights', async () => {
    const d = await dashboard();
    // I1 90 (S2), I2 30 (S1: its S2 is only verified), I3 approved but zero target, I4 I5 none
    expect(pick(d.totals.achievement, [...ACH])).toEqual({
      indicators: 5,
      withApproved: 3,
      measured: 2,
      notComputable: 1,
      noData: 2,
      achievement: 60,
      light: 'yellow',
    });
    expect(
      d.achievement.byStrategy.map((s) => ({ strategy: s.strategy, ...pick(s, [...ACH]) })),
    ).toEqual([
      {
        strategy: 'pencegahan',
        indicators: 3,
        withApproved: 3,
        measured: 2,
        notComputable: 1,
        noData: 0,
        achievement: 60,
        light: 'yellow',
      },
      {
        strategy: 'rehabilitasi_sosial',
        indicators: 2,
        withApproved: 0,
        measured: 0,
        notComputable: 0,
        noData: 2,
        achievement: null,
        light: 'grey',
      },
    ]);
    const byInst = Object.fromEntries(
      d.achievement.byInstitution.map((i) => [
        i.institution.abbreviation,
        pick(i, ['indicators', 'measured', 'achievement', 'light']),
      ]),
    );
    expect(byInst).toEqual({
      Kemensos: { indicators: 2, measured: 1, achievement: 90, light: 'green' },
      Polri: { indicators: 2, measured: 1, achievement: 30, light: 'red' },
      KemenPPPA: { indicators: 1, measured: 0, achievement: null, light: 'grey' },
    });
    expect(d.achievement.byStrategy[0]?.records).toEqual({
      planId: fx.plan.ran,
      year: YEAR,
      strategy: 'pencegahan',
      state: ['approved'],
      latestPerIndicator: true,
      activeIndicators: true,
    });
    expect(d.plan.trafficLight).toEqual({ green: 75, yellow: 40 });
  });

  it('as of a period uses the reports up to it', async () => {
    const d = await dashboard('&periodCode=2012-S1');
    expect(d.completeness.map((c) => c.periodCode)).toEqual(['2012-S1']);
    expect(pick(d.totals.achievement, ['measured', 'achievement', 'light'])).toEqual({
      measured: 2,
      achievement: 35,
      light: 'red',
    });
    expect(d.totals.achievement.records.upToPeriodCode).toBe('2012-S1');
    expect(d.totals.budget.realised).toBe(300_000);
  });

  it('by region: the RAN, every province with its RADs in force, and provinces without one', async () => {
    const d = await dashboard();
    const rows = Object.fromEntries(
      d.achievement.byRegion.map((r) => [r.regionCode ?? 'national', r]),
    );
    const fig = (k: string) =>
      pick(rows[k] ?? ({} as never), [
        'plans',
        'indicators',
        'measured',
        'achievement',
        'light',
        'expected',
        'filed',
        'completeness',
      ]);
    expect(fig('national')).toEqual({
      plans: 1,
      indicators: 5,
      measured: 2,
      achievement: 60,
      light: 'yellow',
      expected: 10,
      filed: 7,
      completeness: 70,
    });
    // RAD 33 (quarterly: I6 80 %, 3 of 4 filed) and RAD 33.74 (semester: I7 100 %, 1 of 2)
    expect(fig('33')).toEqual({
      plans: 2,
      indicators: 2,
      measured: 2,
      achievement: 90,
      light: 'green',
      expected: 6,
      filed: 4,
      completeness: 66.7,
    });
    expect(fig('53')).toEqual({
      plans: 1,
      indicators: 1,
      measured: 1,
      achievement: 50,
      light: 'yellow',
      expected: 2,
      filed: 2,
      completeness: 100,
    });
    expect(fig('35')).toEqual({
      plans: 0,
      indicators: 0,
      measured: 0,
      achievement: null,
      light: 'grey',
      expected: 0,
      filed: 0,
      completeness: null,
    });
    expect(rows['33']?.records).toEqual({
      year: YEAR,
      regionCode: '33',
      state: ['approved'],
      latestPerIndicator: true,
      activeIndicators: true,
    });
    // provinces as they stood in 2012 (no Papua Selatan, formed in 2022), plus the national row
    const [count] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from regions where level = 'province'
          and valid_from <= '2012-12-31' and (valid_to is null or valid_to > '2012-01-01')`,
    );
    expect(d.achievement.byRegion.length).toBe((count?.n ?? 0) + 1);
    expect(count?.n).toBeGreaterThan(30);
    expect(rows['93']).toBeUndefined();
  });

  it('by region under a filter counts the filtered indicators only', async () => {
    const byKey = (d: DashboardView) =>
      Object.fromEntries(
        d.achievement.byRegion
          .filter((r) => r.regionCode === null || r.regionCode === '33' || r.regionCode === '53')
          .map((r) => [
            r.regionCode ?? 'national',
            pick(r, ['indicators', 'measured', 'achievement', 'expected', 'filed']),
          ]),
      );
    expect(byKey(await dashboard(`&institutionId=${fx.institution.POLRI}`))).toEqual({
      national: { indicators: 2, measured: 1, achievement: 30, expected: 4, filed: 4 },
      '33': { indicators: 1, measured: 1, achievement: 100, expected: 2, filed: 1 },
      '53': { indicators: 0, measured: 0, achievement: null, expected: 0, filed: 0 },
    });
    expect(byKey(await dashboard('&strategy=koordinasi'))).toEqual({
      national: { indicators: 0, measured: 0, achievement: null, expected: 0, filed: 0 },
      '33': { indicators: 2, measured: 2, achievement: 90, expected: 6, filed: 4 },
      '53': { indicators: 1, measured: 1, achievement: 50, expected: 2, filed: 2 },
    });
  });

  it('by region as of a period matches periods of other calendars by date', async () => {
    const d = await dashboard('&periodCode=2012-S1');
    const r33 = d.achievement.byRegion.find((r) => r.regionCode === '33');
    // TW1 + TW2 of the quarterly RAD and S1 of the semester RAD are due by the end of S1
    expect(pick(r33 ?? ({} as never), ['achievement', 'expected', 'filed'])).toEqual({
      achievement: 90,
      expected: 3,
      filed: 3,
    });
  });
});

describe('verified achievement', () => {
  const score = (key: string, evidenceScore: number | null) =>
    t.database.db
      .update(progressReports)
      .set({ evidenceScore })
      .where(eq(progressReports.id, fx.report[key] ?? ''));
  const VER = ['measured', 'scored', 'achievement', 'verifiedAchievement'] as const;

  it('weights the latest approved report by its evidence score; unscored ones are left out', async () => {
    // I1 S2 (90 %) scores 50 → 45. Not counted: I1 S1 (not the latest), I2 S2 (only verified),
    // I3 S1 (zero target: nothing to weight); I2 S1 (30 %) is not scored yet
    await score('I1@2012-S2', 50);
    await score('I1@2012-S1', 100);
    await score('I2@2012-S2', 100);
    await score('I3@2012-S1', 75);
    const d = await dashboard();
    expect(pick(d.totals.achievement, [...VER])).toEqual({
      measured: 2,
      scored: 1,
      achievement: 60,
      verifiedAchievement: 45,
    });
    expect(
      d.achievement.byStrategy.map((s) => [s.strategy, s.scored, s.verifiedAchievement]),
    ).toEqual([
      ['pencegahan', 1, 45],
      ['rehabilitasi_sosial', 0, null],
    ]);
    const byInst = (v: DashboardView) =>
      Object.fromEntries(
        v.achievement.byInstitution.map((i) => [
          i.institution.abbreviation,
          [i.scored, i.verifiedAchievement],
        ]),
      );
    expect(byInst(d)).toEqual({ Kemensos: [1, 45], Polri: [0, null], KemenPPPA: [0, null] });

    // I2 S1 (30 %) scores 50 → 15: the mean is (45 + 15) / 2
    await score('I2@2012-S1', 50);
    const after = await dashboard();
    expect(pick(after.totals.achievement, [...VER])).toEqual({
      measured: 2,
      scored: 2,
      achievement: 60,
      verifiedAchievement: 30,
    });
    expect(byInst(after)).toEqual({ Kemensos: [1, 45], Polri: [1, 15], KemenPPPA: [0, null] });
    // as of S1 the latest approved of I1 is S1 (40 % × 100) and of I2 S1 (15): (40 + 15) / 2
    const s1 = await dashboard('&periodCode=2012-S1');
    expect(pick(s1.totals.achievement, [...VER])).toEqual({
      measured: 2,
      scored: 2,
      achievement: 35,
      verifiedAchievement: 27.5,
    });
    for (const key of ['I1@2012-S2', 'I1@2012-S1', 'I2@2012-S2', 'I3@2012-S1', 'I2@2012-S1'])
      await score(key, null);
    const none = await dashboard();
    expect(pick(none.totals.achievement, ['scored', 'verifiedAchievement'])).toEqual({
      scored: 0,
      verifiedAchievement: null,
    });
  });
});

describe('budget', () => {
  it('absorption per strategy and institution; attached budgets apart', async () => {
    const d = await dashboard();
    const b = d.totals.budget;
    expect(
      pick(b, [
        'activities',
        'linesWithPagu',
        'planned',
        'realised',
        'linesWithoutPagu',
        'realisedWithoutPagu',
      ]),
    ).toEqual({
      activities: 4,
      linesWithPagu: 2,
      planned: 3_000_000,
      realised: 800_000,
      linesWithoutPagu: 1,
      realisedWithoutPagu: 0,
    });
    expect(b.absorption).toEqual({ percent: 26.7, overspent: false, reason: null });
    expect(pick(b.attached, ['lines', 'planned', 'realised'])).toEqual({
      lines: 1,
      planned: 0,
      realised: 100_000,
    });
    expect(b.attached.absorption.reason).toBe('attached_budget');
    const [prevention, social] = d.budget.byStrategy;
    expect(prevention?.absorption.percent).toBe(80);
    expect(prevention?.attached.realised).toBe(100_000);
    expect(social?.absorption.reason).toBe('no_realisation');
    expect(social?.planned).toBe(2_000_000);
    const polri = d.budget.byInstitution.find((i) => i.institution.abbreviation === 'Polri');
    expect(pick(polri ?? ({} as never), ['linesWithPagu', 'planned'])).toEqual({
      linesWithPagu: 0,
      planned: 0,
    });
    expect(polri?.attached.realised).toBe(100_000);
  });
});

describe('trend', () => {
  it('gives achievement as of each period and its completeness', async () => {
    const d = await dashboard();
    expect(
      d.trend.map((p) => pick(p, ['periodCode', 'achievement', 'light', 'completeness'])),
    ).toEqual([
      { periodCode: '2012-S1', achievement: 35, light: 'red', completeness: 80 },
      { periodCode: '2012-S2', achievement: 60, light: 'yellow', completeness: 60 },
    ]);
  });
});

describe('freshness', () => {
  it('a report approved a moment ago shows on the next call', async () => {
    const before = await dashboard();
    expect(before.achievement.byStrategy[1]?.achievement).toBeNull();
    const a = achievement({ direction: 'lower_is_better', target: 20, baseline: 50, realised: 40 });
    await t.database.db
      .update(progressReports)
      .set({
        state: 'approved',
        approvedAt: new Date(),
        achievement: a.computable ? a.capped : null,
      })
      .where(eq(progressReports.id, fx.report['I4@2012-S1'] ?? ''));
    const after = await dashboard();
    expect(after.achievement.byStrategy[1]?.achievement).toBe(33.3);
    expect(after.achievement.byStrategy[1]?.light).toBe('red');
    expect(after.totals.achievement.achievement).toBe(51.1);
    expect(after.totals.completeness.approved).toBe(5);
  });
});

describe('drill-down', () => {
  it('strategy → activity → indicator → reports with evidence counts', async () => {
    const res = await sekretariat.request(
      'GET',
      `/api/monitoring/drill?planId=${fx.plan.ran}&year=${YEAR}&strategy=pencegahan`,
    );
    expect(res.status, res.body).toBe(200);
    const d = res.json<DrillView>();
    expect(d.level).toBe('strategy');
    expect(d.strategies.map((s) => s.strategy)).toEqual(['pencegahan']);
    const [a1, a2] = d.strategies[0]?.activities ?? [];
    expect(a1?.institution.abbreviation).toBe('Kemensos');
    expect(
      a2?.indicators.map((i) => [i.code, i.summary.achievement, i.reports.map((r) => r.state)]),
    ).toEqual([
      ['I2', 30, ['approved', 'verified']],
      ['I3', null, ['approved', 'submitted']],
    ]);
    const i1 = a1?.indicators[0];
    expect(i1?.reports.map((r) => [r.periodCode, r.achievement, r.evidenceCount])).toEqual([
      ['2012-S1', 40, 0],
      ['2012-S2', 90, 1],
    ]);
    expect(d.strategies[0]?.summary).toMatchObject({
      indicators: 3,
      measured: 2,
      achievement: 60,
      expected: 6,
      filed: 6,
    });
  });

  it('one indicator, with the periods it has not reported', async () => {
    const res = await sekretariat.request(
      'GET',
      `/api/monitoring/drill?planId=${fx.plan.ran}&year=${YEAR}&indicatorId=${fx.indicator.I5}`,
    );
    const d = res.json<DrillView>();
    expect(d.level).toBe('indicator');
    expect(d.strategies[0]?.activities[0]?.indicators[0]?.missingPeriods).toEqual([
      '2012-S1',
      '2012-S2',
    ]);
  });
});

describe('bad input', () => {
  it('names the field: a year outside the plan, a period of another calendar, a region outside the plan', async () => {
    const year = await sekretariat.request(
      'GET',
      `/api/monitoring/dashboard?planId=${fx.plan.ran}&year=2020`,
    );
    expect(year.status).toBe(400);
    expect(year.json<{ error: { fields: Array<{ path: string }> } }>().error.fields[0]?.path).toBe(
      'year',
    );
    const period = await sekretariat.request('GET', ranUrl('&periodCode=2012-TW1'));
    expect(period.status).toBe(400);
    expect(
      period.json<{ error: { fields: Array<{ path: string }> } }>().error.fields[0]?.path,
    ).toBe('periodCode');
    const region = await sekretariat.request(
      'GET',
      `/api/monitoring/dashboard?planId=${fx.plan.rad33}&year=${YEAR}&regionCode=35`,
    );
    expect(region.status).toBe(400);
    const unknown = await sekretariat.request(
      'GET',
      `/api/monitoring/dashboard?planId=00000000-0000-4000-8000-000000000000&year=${YEAR}`,
    );
    expect(unknown.status).toBe(404);
  });
});
