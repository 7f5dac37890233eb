import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plans } from '../src/features/plans/schema.js';
import type { FieldErrors } from './support/organisations.js';
import {
  currentQuarter,
  type FixturePlan,
  insertPlan,
  thisYear as Y,
} from './support/plan-fixture.js';
import { type Client, signInAs } from './support/session.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type Report = {
  id: string;
  state: string;
  periodCode: string;
  year: number;
  target: number | null;
  realisedValue: number | null;
  achievement: number | null;
  achievementRaw: number | null;
  achievementNote: { reason: string; message: { id: string; en: string } } | null;
  version: number;
  institution: { code: string };
  timeline: Array<{ action: string; toState: string }>;
  actions: string[];
  may: { edit: boolean; comment: boolean; score: boolean };
  budget: { planned: number | null; absorption: number | null };
  period: { code: string; status: string; deadline: string };
};
type Period = {
  code: string;
  startsOn: string;
  endsOn: string;
  deadline: string;
  closesOn: string;
  status: string;
  acceptsReports: boolean;
};

let t: TestApp;
let pelapor: Client;
let analis: Client;
let jateng: Client;
let ran: FixturePlan;
let rad: FixturePlan;
let jatengRad: FixturePlan;

beforeAll(async () => {
  t = await startTestApp();
  [pelapor, analis, jateng] = await Promise.all([
    signInAs(t.app, 'pelapor@sigap.local'),
    signInAs(t.app, 'analis@sigap.local'),
    signInAs(t.app, 'jateng@sigap.local'),
  ]);
  ran = await insertPlan(t.database.db, {
    startYear: Y - 3,
    endYear: Y + 1,
    activities: [
      {
        code: 'A1',
        responsible: 'KEMENSOS',
        indicators: [
          { code: 'I1', targets: { [Y]: 200 } },
          { code: 'I2', direction: 'lower_is_better', baseline: 100, targets: { [Y]: 50 } },
          { code: 'I3', direction: 'yes_no', targets: { [Y]: 1 } },
          { code: 'I4', targets: {} },
        ],
        budget: [{ year: Y, amount: 1_000_000 }],
      },
      { code: 'A2', responsible: 'KEMENKES', indicators: [{ code: 'I1', targets: { [Y]: 10 } }] },
    ],
  });
  rad = await insertPlan(t.database.db, {
    kind: 'rad',
    regionCode: '53.01',
    startYear: Y - 1,
    endYear: Y + 1,
    activities: [
      { code: 'R1', responsible: 'DINSOS-53-01', indicators: [{ code: 'I1', targets: {} }] },
    ],
  });
  jatengRad = await insertPlan(t.database.db, {
    kind: 'rad',
    regionCode: '33',
    startYear: Y,
    endYear: Y,
    activities: [
      { code: 'J1', responsible: 'KEMENSOS', indicators: [{ code: 'I1', targets: {} }] },
    ],
  });
});
afterAll(() => t.close());

const file = (client: Client, body: Record<string, unknown>, lang = 'en') =>
  client.request('POST', '/api/reports', body, { 'accept-language': lang });

describe('the period calendar', () => {
  it("is generated from the plan's settings with each period's status today", async () => {
    const res = await analis.request('GET', `/api/reporting/periods?planId=${ran.id}`);
    expect(res.status).toBe(200);
    const body = res.json<{ today: string; periods: Period[]; plan: { frequency: string } }>();
    expect(body.plan.frequency).toBe('quarterly');
    expect(body.periods).toHaveLength(5 * 4);
    expect(body.periods[0]).toEqual({
      code: `${Y - 3}-TW1`,
      year: Y - 3,
      index: 1,
      label: { id: `Triwulan I ${Y - 3}`, en: `Q1 ${Y - 3}` },
      startsOn: `${Y - 3}-01-01`,
      endsOn: `${Y - 3}-03-31`,
      deadline: `${Y - 3}-04-15`,
      closesOn: `${Y - 3}-05-15`,
      status: 'closed',
      acceptsReports: false,
    });
    const now = body.periods.find((p) => p.code === currentQuarter);
    expect(now?.status).toBe('open');
    expect(body.periods.at(-1)).toMatchObject({ code: `${Y + 1}-TW4`, status: 'not_started' });
  });

  it("answers 404 for a plan outside the user's scope", async () => {
    const res = await jateng.request('GET', `/api/reporting/periods?planId=${rad.id}`);
    expect(res.status).toBe(404);
  });
});

describe('filing a report', () => {
  it('files a draft and computes achievement from the direction and the year target', async () => {
    const res = await file(pelapor, {
      indicatorId: ran.indicator('A1', 'I1'),
      periodCode: currentQuarter,
      realisedValue: 150,
      realisedBudget: 250_000,
    });
    expect(res.status).toBe(201);
    const r = res.json<Report>();
    expect(r).toMatchObject({
      state: 'draft',
      periodCode: currentQuarter,
      year: Y,
      target: 200,
      realisedValue: 150,
      achievement: 75,
      achievementRaw: 75,
      achievementNote: null,
      version: 1,
      institution: { code: 'KEMENSOS' },
      actions: ['submit'],
      may: { edit: true, comment: true, score: false },
      budget: { planned: 1_000_000, absorption: 25 },
      period: { code: currentQuarter, status: 'open' },
    });
    expect(r.timeline.map((e) => [e.action, e.toState])).toEqual([['create', 'draft']]);
  });

  it('uses the baseline for a lower-is-better indicator', async () => {
    const res = await file(pelapor, {
      indicatorId: ran.indicator('A1', 'I2'),
      periodCode: currentQuarter,
      realisedValue: 70,
    });
    // (100 − 70) / (100 − 50): 60 % of the planned reduction
    expect(res.json<Report>().achievement).toBe(60);
  });

  it('keeps a draft without a computable figure and says why', async () => {
    const res = await file(pelapor, {
      indicatorId: ran.indicator('A1', 'I4'),
      periodCode: currentQuarter,
      realisedValue: 3,
    });
    expect(res.status).toBe(201);
    expect(res.json<Report>()).toMatchObject({
      target: null,
      achievement: null,
      achievementNote: {
        reason: 'no_target',
        message: { en: 'No target is set for this year' },
      },
    });
  });

  it('refuses to submit a yes/no report whose value is neither 1 nor 0', async () => {
    const created = await file(pelapor, {
      indicatorId: ran.indicator('A1', 'I3'),
      periodCode: currentQuarter,
      realisedValue: 0.5,
      narrative: 'Draf Perpres sedang diharmonisasi',
    });
    expect(created.json<Report>().achievementNote?.reason).toBe('not_yes_no');
    const res = await pelapor.request(
      'POST',
      `/api/reports/${created.json<Report>().id}/transitions`,
      { action: 'submit' },
      { 'accept-language': 'en' },
    );
    expect(res.status).toBe(400);
    const body = res.json<FieldErrors>();
    expect(body.error.fields).toEqual([
      { path: 'realisedValue', message: 'A yes/no indicator only takes 1 (yes) or 0 (no)' },
    ]);
  });

  it('refuses a second report on the same indicator and period (409)', async () => {
    const res = await file(pelapor, {
      indicatorId: ran.indicator('A1', 'I1'),
      periodCode: currentQuarter,
    });
    expect(res.status).toBe(409);
    expect(res.json<FieldErrors>().error).toEqual({
      code: 'CONFLICT',
      message: `A report on indicator I1 for period ${currentQuarter} already exists; open and edit that one`,
      fields: [
        {
          path: 'periodCode',
          message: `A report on indicator I1 for period ${currentQuarter} already exists; open and edit that one`,
        },
      ],
    });
  });

  it('refuses a closed period, in the language of the request', async () => {
    const body = { indicatorId: ran.indicator('A1', 'I1'), periodCode: `${Y - 3}-TW1` };
    const en = await file(pelapor, body, 'en');
    expect(en.status).toBe(400);
    expect(en.json<FieldErrors>().error.message).toBe(
      `The period Q1 ${Y - 3} is closed: reports were accepted until ${Y - 3}-05-15 (deadline ${Y - 3}-04-15)`,
    );
    const id = await file(pelapor, body, 'id');
    expect(id.json<FieldErrors>().error.fields).toEqual([
      {
        path: 'periodCode',
        message: `Periode Triwulan I ${Y - 3} sudah ditutup: laporan hanya diterima sampai ${Y - 3}-05-15 (batas waktu ${Y - 3}-04-15)`,
      },
    ]);
  });

  it('refuses a period that has not started, and a code of another frequency', async () => {
    const later = await file(pelapor, {
      indicatorId: ran.indicator('A1', 'I1'),
      periodCode: `${Y + 1}-TW4`,
    });
    expect(later.status).toBe(400);
    expect(later.json<FieldErrors>().error.message).toBe(
      `The period Q4 ${Y + 1} has not started; reports can be filed from ${Y + 1}-10-01`,
    );
    const semester = await file(pelapor, {
      indicatorId: ran.indicator('A1', 'I1'),
      periodCode: `${Y}-S1`,
    });
    expect(semester.status).toBe(400);
    expect(semester.json<FieldErrors>().error.message).toBe(
      `"${Y}-S1" is not a period of this plan (quarterly, e.g. ${Y - 3}-TW1)`,
    );
  });

  it("refuses a report on another institution's activity (403)", async () => {
    const res = await file(pelapor, {
      indicatorId: ran.indicator('A2', 'I1'),
      periodCode: currentQuarter,
    });
    expect(res.status).toBe(403);
    expect(res.json<FieldErrors>().error.message).toMatch(
      /^Activity A2 is reported by its responsible institution \(Kementerian Kesehatan\), not by yours$/,
    );
  });

  it('lets the regional task force file on its RAD, and nobody from elsewhere', async () => {
    const kupang = await signInAs(t.app, 'kupang@sigap.local');
    const body = { indicatorId: rad.indicator('R1', 'I1'), periodCode: currentQuarter };
    // the Kemensos reporter at national level is neither the responsible body nor the region's
    expect((await file(pelapor, body)).status).toBe(403);
    // a reporter whose scope does not reach a RAD does not learn its indicators exist
    const far = await file(kupang, {
      indicatorId: jatengRad.indicator('J1', 'I1'),
      periodCode: currentQuarter,
    });
    expect(far.status).toBe(400);
    expect(far.json<FieldErrors>().error.fields).toEqual([
      { path: 'indicatorId', message: 'Indicator not found' },
    ]);
    const res = await file(kupang, { ...body, regionCodes: ['53.01'] });
    expect(res.status).toBe(201);
    const outside = await file(kupang, { ...body, regionCodes: ['33.01'] });
    expect(outside.status).toBe(400);
    expect(outside.json<FieldErrors>().error.fields).toEqual([
      {
        path: 'regionCodes.0',
        message: "Region 33.01 lies outside the regional plan's region (53.01)",
      },
    ]);
  });

  it('is closed to roles without reports.file', async () => {
    const res = await file(analis, {
      indicatorId: ran.indicator('A1', 'I1'),
      periodCode: currentQuarter,
    });
    expect(res.status).toBe(403);
  });
});

describe('a plan whose reporting settings change', () => {
  it('still shows the reports filed under the old periods', async () => {
    const [report] = (
      await pelapor.request(
        'GET',
        `/api/reports?planId=${ran.id}&indicatorId=${ran.indicator('A1', 'I1')}`,
      )
    ).json<{ items: Report[] }>().items;
    await t.database.db
      .update(plans)
      .set({ reporting: { frequency: 'semester', deadlineDays: 30, closingGraceDays: 30 } })
      .where(eq(plans.id, ran.id));
    const res = await pelapor.request('GET', `/api/reports/${report?.id}`);
    expect(res.status).toBe(200);
    expect(res.json<Report>().period).toMatchObject({ code: currentQuarter, status: 'open' });
  });
});
