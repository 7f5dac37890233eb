import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardView, RecordFilter } from '../src/features/monitoring/schemas.js';
import type { ReportSummary } from '../src/features/reporting/views.js';
import { type Fixture, insertMonitoringFixture, YEAR } from './monitoring-fixture.js';
import { type Client, signInAs } from './support/session.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Every number of the monitoring dashboard links to its records: GET /api/reports with a
 * figure's `records` filter lists exactly the reports the figure counts (monitoring-fixture.ts
 * for the matrix and the reports), as the national secretariat sees them.
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

async function dashboard(planKey: string, extra = ''): Promise<DashboardView> {
  const res = await sekretariat.request(
    'GET',
    `/api/monitoring/dashboard?planId=${fx.plan[planKey]}&year=${YEAR}${extra}`,
  );
  expect(res.status, res.body).toBe(200);
  return res.json<DashboardView>();
}

/** A filter as the web app sends it: lists comma-separated, or each value as its own key. */
function queryOf(f: RecordFilter, lists: 'comma' | 'repeat') {
  const p = new URLSearchParams({ pageSize: '200' });
  for (const [k, v] of Object.entries(f)) {
    if (Array.isArray(v)) {
      if (lists === 'comma') p.set(k, v.join(','));
      else for (const x of v) p.append(k, x);
    } else if (v !== undefined) p.set(k, String(v));
  }
  return p.toString();
}

/** The fixture keys (`I1@2012-S2`) of the reports a filter lists, sorted; and its total. */
async function recordsOf(f: RecordFilter, lists: 'comma' | 'repeat' = 'comma') {
  const res = await sekretariat.request('GET', `/api/reports?${queryOf(f, lists)}`);
  expect(res.status, res.body).toBe(200);
  const page = res.json<{ items: ReportSummary[]; meta: { total: number } }>();
  const keyOf = new Map(Object.entries(fx.report).map(([k, id]) => [id, k]));
  return {
    total: page.meta.total,
    keys: page.items.map((r) => keyOf.get(r.id) ?? r.id).sort(),
  };
}

describe('achievement figures', () => {
  it('lists the latest approved report of each indicator counted, in total and by group', async () => {
    const d = await dashboard('ran');
    const total = await recordsOf(d.totals.achievement.records);
    expect(d.totals.achievement.withApproved).toBe(3);
    expect(total).toEqual({ total: 3, keys: ['I1@2012-S2', 'I2@2012-S1', 'I3@2012-S1'] });

    const byStrategy = await Promise.all(
      d.achievement.byStrategy.map(async (s) => [
        s.strategy,
        s.withApproved,
        (await recordsOf(s.records, 'repeat')).total,
      ]),
    );
    expect(byStrategy).toEqual([
      ['pencegahan', 3, 3],
      ['rehabilitasi_sosial', 0, 0],
    ]);

    const byInstitution = await Promise.all(
      d.achievement.byInstitution.map(async (i) => [
        i.institution.abbreviation,
        i.withApproved,
        (await recordsOf(i.records)).keys,
      ]),
    );
    expect(byInstitution).toEqual([
      ['KemenPPPA', 0, []],
      ['Kemensos', 1, ['I1@2012-S2']],
      ['Polri', 2, ['I2@2012-S1', 'I3@2012-S1']],
    ]);
  });

  it('as of a period, lists the latest approved up to it, and the trend point says the same', async () => {
    const d = await dashboard('ran', '&periodCode=2012-S1');
    expect(d.totals.achievement.records.upToPeriodCode).toBe('2012-S1');
    expect(d.totals.achievement.withApproved).toBe(3);
    expect(await recordsOf(d.totals.achievement.records)).toEqual({
      total: 3,
      keys: ['I1@2012-S1', 'I2@2012-S1', 'I3@2012-S1'],
    });
    const whole = await dashboard('ran');
    const s1 = whole.trend.find((p) => p.periodCode === '2012-S1');
    expect((await recordsOf(s1?.records as RecordFilter)).keys).toEqual([
      'I1@2012-S1',
      'I2@2012-S1',
      'I3@2012-S1',
    ]);
  });

  it('by region: the RADs under each province, retired indicators left out, as of by date', async () => {
    const rowsOf = async (extra: string) => {
      const d = await dashboard('ran', extra);
      return Promise.all(
        d.achievement.byRegion
          .filter((r) => r.regionCode === null || r.plans > 0)
          .map(async (r) => [r.regionCode, r.withApproved, (await recordsOf(r.records)).keys]),
      );
    };
    // 53: I10 is retired with an approved report, which no figure counts
    expect(await rowsOf('')).toEqual([
      [null, 3, ['I1@2012-S2', 'I2@2012-S1', 'I3@2012-S1']],
      ['33', 2, ['I6@2012-TW2', 'I7@2012-S1']],
      ['53', 1, ['I8@2012-S2']],
    ]);
    // the quarterly RAD of Jawa Tengah as of the first semester: TW2 ends with it
    expect(await rowsOf('&periodCode=2012-S1')).toEqual([
      [null, 3, ['I1@2012-S1', 'I2@2012-S1', 'I3@2012-S1']],
      ['33', 2, ['I6@2012-TW2', 'I7@2012-S1']],
      ['53', 1, ['I8@2012-S1']],
    ]);
  });
});

describe('completeness figures', () => {
  it('lists the filed and the approved reports of each period', async () => {
    const d = await dashboard('ran');
    const rows = await Promise.all(
      d.completeness.map(async (c) => [
        c.periodCode,
        c.filed,
        (await recordsOf(c.records.filed, 'repeat')).keys,
        c.approved,
        (await recordsOf(c.records.approved)).keys,
      ]),
    );
    expect(rows).toEqual([
      [
        '2012-S1',
        4,
        ['I1@2012-S1', 'I2@2012-S1', 'I3@2012-S1', 'I4@2012-S1'],
        3,
        ['I1@2012-S1', 'I2@2012-S1', 'I3@2012-S1'],
      ],
      ['2012-S2', 3, ['I1@2012-S2', 'I2@2012-S2', 'I3@2012-S2'], 1, ['I1@2012-S2']],
    ]);
    // the year's totals too
    expect([d.totals.completeness.filed, d.totals.completeness.approved]).toEqual([7, 4]);
    expect((await recordsOf(d.totals.completeness.records.filed)).total).toBe(7);
    expect((await recordsOf(d.totals.completeness.records.approved)).total).toBe(4);
  });

  it("leaves out a retired indicator's reports, which the list shows otherwise", async () => {
    const d = await dashboard('rad5301');
    const s1 = d.completeness.find((c) => c.periodCode === '2012-S1');
    expect(s1?.filed).toBe(1);
    const filed = s1?.records.filed as RecordFilter;
    expect(await recordsOf(filed)).toEqual({ total: 1, keys: ['I8@2012-S1'] });
    const { activeIndicators: _, ...everything } = filed;
    expect((await recordsOf(everything)).keys).toEqual(['I10@2012-S1', 'I8@2012-S1']);
  });
});

describe('the query', () => {
  it('takes an activity, and refuses an unknown state or a malformed period code', async () => {
    expect(
      (await recordsOf({ year: YEAR, activityId: fx.activity.A2, state: ['approved'] })).keys,
    ).toEqual(['I2@2012-S1', 'I3@2012-S1']);
    for (const bad of ['state=approved,lost', 'upToPeriodCode=2012-X9']) {
      const res = await sekretariat.request('GET', `/api/reports?${bad}`);
      expect(res.status, bad).toBe(400);
    }
  });
});

describe('after a revision hands an activity to another institution', () => {
  it('the by-institution figure and its link both follow the matrix as it stands', async () => {
    // as a revision would: the activity behind I1 (Kemensos) now belongs to I2's institution (Polri)
    await t.database.db.execute(sql`
      update plan_activities set responsible_institution_id = (
        select a.responsible_institution_id from plan_activities a
        join plan_indicators i on i.activity_id = a.id where i.id = ${fx.indicator.I2})
      where id = (select activity_id from plan_indicators where id = ${fx.indicator.I1})`);
    const d = await dashboard('ran');
    const byInstitution = await Promise.all(
      d.achievement.byInstitution.map(async (i) => [
        i.institution.abbreviation,
        i.withApproved,
        (await recordsOf(i.records)).keys,
      ]),
    );
    expect(byInstitution.filter(([, n]) => n !== 0)).toEqual([
      ['Polri', 3, ['I1@2012-S2', 'I2@2012-S1', 'I3@2012-S1']],
    ]);
  });
});
