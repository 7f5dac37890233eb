import {
  achievement,
  type IndicatorDirection,
  nextState,
  PlanDocument,
  periodOf,
  periodStatus,
  type ReportAction,
  type ReportState,
  STRATEGY_CODES,
} from '@sigap/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CURRENT_RAN_KEY } from '../src/features/demo/demo-plan-data-current.js';
import { seedDemo } from '../src/features/demo/seed-demo.js';
import { demoPlanId } from '../src/features/demo/seed-plans-matrix.js';
import type { Database } from '../src/platform/db/client.js';
import { stableId } from '../src/platform/stable-id.js';
import { signInAs } from './support/session.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { freshDatabase } from './support/test-db.js';

type Row = Record<string, unknown>;
const rowsOf = async (database: Database, q: ReturnType<typeof sql>) =>
  ((await database.db.execute(q)) as unknown as { rows: Row[] }).rows;
const userId = (email: string) => stableId(`demo-user:${email}`);
const PLAN_ID = demoPlanId(CURRENT_RAN_KEY);
const SEEDED_PERIODS = ['2025-TW1', '2025-TW2', '2025-TW3', '2025-TW4', '2026-TW1', '2026-TW2'];

/** Every row the seed writes for the current RAN, hashed per table in id order. */
async function fingerprint(database: Database) {
  const reports = sql`(select id from progress_reports where plan_id = ${PLAN_ID})`;
  const tables: Record<string, ReturnType<typeof sql>> = {
    plans: sql`select * from plans where id = ${PLAN_ID}`,
    plan_revisions: sql`select * from plan_revisions where plan_id = ${PLAN_ID}`,
    plan_programs: sql`select * from plan_programs where plan_id = ${PLAN_ID}`,
    plan_activities: sql`select * from plan_activities where plan_id = ${PLAN_ID}`,
    plan_activity_budgets: sql`select b.*, b.activity_id::text || b.year as id from plan_activity_budgets b
      where b.activity_id in (select id from plan_activities where plan_id = ${PLAN_ID})`,
    plan_indicators: sql`select * from plan_indicators where plan_id = ${PLAN_ID}`,
    progress_reports: sql`select * from progress_reports where plan_id = ${PLAN_ID}`,
    report_events: sql`select * from report_events where report_id in ${reports}`,
    report_comments: sql`select * from report_comments where report_id in ${reports}`,
    evidence_files: sql`select * from evidence_files where report_id in ${reports}`,
    notifications: sql`select * from notifications where link in (select '/reports/' || id from progress_reports where plan_id = ${PLAN_ID})`,
  };
  const out: Record<string, unknown> = {};
  for (const [name, q] of Object.entries(tables)) {
    const [r] = await rowsOf(
      database,
      sql`select count(*)::int as n, md5(string_agg(x::text, '|' order by x.id)) as h from (${q}) x`,
    );
    out[name] = r;
  }
  return out;
}

/** Removes the current RAN and all it holds, as in an installation seeded before it existed. */
async function dropCurrentPlan(database: Database) {
  const reports = sql`(select id from progress_reports where plan_id = ${PLAN_ID})`;
  const activities = sql`(select id from plan_activities where plan_id = ${PLAN_ID})`;
  for (const q of [
    sql`delete from notifications where link in (select '/reports/' || id from progress_reports where plan_id = ${PLAN_ID})`,
    sql`delete from evidence_files where report_id in ${reports}`,
    sql`delete from report_comments where report_id in ${reports}`,
    sql`delete from report_events where report_id in ${reports}`,
    sql`delete from progress_reports where plan_id = ${PLAN_ID}`,
    sql`delete from plan_indicators where plan_id = ${PLAN_ID}`,
    sql`delete from plan_activity_budgets where activity_id in ${activities}`,
    sql`delete from plan_activities where plan_id = ${PLAN_ID}`,
    sql`delete from plan_programs where plan_id = ${PLAN_ID}`,
    sql`delete from plan_revisions where plan_id = ${PLAN_ID}`,
    sql`delete from plans where id = ${PLAN_ID}`,
  ])
    await database.db.execute(q);
}

describe('demo: the current RAN 2025–2029 (draft) with reports up to 2026-TW2', () => {
  let t: TestApp;
  let db: Database;
  let seeded: Record<string, unknown>;
  beforeAll(async () => {
    t = await startTestApp();
    db = t.database;
    seeded = await fingerprint(db);
  });
  afterAll(async () => {
    await t.close();
  });

  it('is a draft RAN for 2025–2029 with activities in all six strategies', async () => {
    const [plan] = await rowsOf(db, sql`select * from plans where id = ${PLAN_ID}`);
    expect(plan).toMatchObject({
      kind: 'ran',
      region_code: null,
      title:
        'Rancangan Rencana Aksi Nasional Pencegahan dan Pemberantasan Tindak Pidana Perdagangan Orang 2025–2029',
      start_year: 2025,
      end_year: 2029,
      revision: 1,
      reporting: { frequency: 'quarterly', deadlineDays: 15, closingGraceDays: 30 },
    });
    // no enacted regulation is known: the legal basis says it is a draft
    expect(plan?.legal_basis).toMatch(/^Rancangan \(belum ditetapkan\)/);
    const byStrategy = await rowsOf(
      db,
      sql`select p.strategy_code as s, count(*)::int as n from plan_activities a
          join plan_programs p on p.id = a.program_id where a.plan_id = ${PLAN_ID} group by 1`,
    );
    expect(Object.fromEntries(byStrategy.map((r) => [r.s, r.n]))).toEqual({
      pencegahan: 4,
      rehabilitasi_kesehatan: 2,
      rehabilitasi_sosial: 4,
      norma_hukum: 2,
      penegakan_hukum: 3,
      koordinasi: 4,
    });
    expect(byStrategy.map((r) => r.s).sort()).toEqual([...STRATEGY_CODES].sort());
    const [counts] = await rowsOf(
      db,
      sql`select (select count(*)::int from plan_indicators where plan_id = ${PLAN_ID}) as indicators,
                 (select count(*)::int from plan_indicators where plan_id = ${PLAN_ID}
                    and targets ?& array['2025','2026','2027','2028','2029']) as five_years`,
    );
    expect(counts).toEqual({ indicators: 24, five_years: 24 });
    // the institutions of the demo users have work in it; every responsible body exists today
    const responsible = await rowsOf(
      db,
      sql`select i.code, i.active, count(*)::int as n from plan_activities a
          join institutions i on i.id = a.responsible_institution_id
          where a.plan_id = ${PLAN_ID} group by 1, 2 order by 1`,
    );
    const n = (code: string) => responsible.find((r) => r.code === code)?.n;
    expect([n('KEMENSOS'), n('KEMENPPPA'), n('POLRI'), n('BPS')]).toEqual([2, 4, 2, 1]);
    expect(responsible.every((r) => r.active === true)).toBe(true);
    const [rev] = await rowsOf(
      db,
      sql`select number, document from plan_revisions where plan_id = ${PLAN_ID}`,
    );
    const doc = PlanDocument.parse(rev?.document);
    expect([rev?.number, doc.legalBasis, doc.programs.length]).toEqual([1, plan?.legal_basis, 9]);
  });

  it('has reports for 2025-TW1 … 2026-TW2 only, mostly approved, as the domain computes them', async () => {
    const reports = await rowsOf(
      db,
      sql`select r.*, i.direction, i.baseline, i.targets, inst.code as inst from progress_reports r
          join plan_indicators i on i.id = r.indicator_id
          join institutions inst on inst.id = r.institution_id where r.plan_id = ${PLAN_ID}`,
    );
    expect([...new Set(reports.map((r) => r.period_code))].sort()).toEqual(SEEDED_PERIODS);
    const byState: Record<string, number> = {};
    for (const r of reports) byState[String(r.state)] = (byState[String(r.state)] ?? 0) + 1;
    expect(byState).toEqual({ approved: 117, verified: 10, returned: 8, submitted: 2, draft: 1 });
    // 24 indicators × 6 periods, a few never filed
    expect(reports).toHaveLength(24 * 6 - 6);
    for (const r of reports) {
      const a = achievement({
        direction: r.direction as IndicatorDirection,
        target: (r.targets as Record<string, number>)[String(r.year)],
        baseline: r.baseline as number | null,
        realised: r.realised_value as number | null,
      });
      expect([r.achievement, r.achievement_raw, r.achievement_note]).toEqual(
        a.computable ? [a.capped, a.raw, null] : [null, null, a.reason],
      );
    }
    // pelapor@ (Kemensos) finds a report returned to fix and one awaiting verification
    const kemensos = reports
      .filter((r) => r.inst === 'KEMENSOS' && r.period_code === '2026-TW2')
      .map((r) => r.state)
      .sort();
    expect(kemensos).toEqual(['approved', 'returned', 'submitted']);
    const [notes] = await rowsOf(
      db,
      sql`select count(*)::int as n from notifications n join progress_reports r on n.link = '/reports/' || r.id
          where r.plan_id = ${PLAN_ID} and n.kind = 'report_returned' and n.user_id = ${userId('pelapor@sigap.local')}`,
    );
    expect(notes?.n).toBe(
      reports.filter((r) => r.inst === 'KEMENSOS' && r.state === 'returned').length,
    );
  });

  it('gives every report a timeline the workflow allows, pelapor@ and sekretariat@ as actors', async () => {
    const events = await rowsOf(
      db,
      sql`select e.*, r.state, inst.code as inst from report_events e
          join progress_reports r on r.id = e.report_id
          join institutions inst on inst.id = r.institution_id
          where r.plan_id = ${PLAN_ID} order by e.report_id, e.created_at`,
    );
    const byReport = new Map<string, Row[]>();
    for (const e of events)
      byReport.set(String(e.report_id), [...(byReport.get(String(e.report_id)) ?? []), e]);
    expect(byReport.size).toBe(138);
    const reporterSide = new Set(['create', 'submit', 'resubmit']);
    for (const list of byReport.values()) {
      let state: ReportState | null = null;
      for (const e of list) {
        const side = reporterSide.has(String(e.action));
        if (state === null) expect(e).toMatchObject({ action: 'create', to_state: 'draft' });
        else
          expect(
            nextState(state, e.action as ReportAction, {
              actor: side ? 'reporter' : 'verifier',
              note: e.note as string | null,
            }),
          ).toMatchObject({ ok: true, state: e.to_state });
        state = e.to_state as ReportState;
        if (!side) expect(e.actor_id).toBe(userId('sekretariat@sigap.local'));
        else if (e.inst === 'KEMENSOS') expect(e.actor_id).toBe(userId('pelapor@sigap.local'));
        else expect(e.actor_id).toBeNull();
      }
      expect(state).toBe(list[0]?.state);
    }
  });

  it('leaves 2026-TW4 open on 2026-11-23: pelapor@ files a Kemensos report for it', async () => {
    const tw4 = periodOf('quarterly', 2026, 4, 15);
    expect(periodStatus(tw4, '2026-11-23', 30)).toBe('open');
    const [indicator] = await rowsOf(
      db,
      sql`select i.id, i.code from plan_indicators i join plan_activities a on a.id = i.activity_id
          join institutions inst on inst.id = a.responsible_institution_id
          where i.plan_id = ${PLAN_ID} and inst.code = 'KEMENSOS' order by i.code limit 1`,
    );
    expect(indicator?.code).toBe('3.1.1.1');
    const pelapor = await signInAs(t.app, 'pelapor@sigap.local');
    // the server judges periods by today's date: pin it, so the test means the same next year
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-23T03:00:00Z') });
    try {
      const calendar = await pelapor.request('GET', `/api/reporting/periods?planId=${PLAN_ID}`);
      const periods = calendar.json<{ periods: Array<{ code: string; status: string }> }>();
      expect(periods.periods.find((p) => p.code === '2026-TW4')?.status).toBe('open');
      const res = await pelapor.request('POST', '/api/reports', {
        indicatorId: indicator?.id,
        periodCode: '2026-TW4',
        realisedValue: 1450,
        narrative: 'Rehabilitasi sosial korban di sentra dan RPTC sampai November 2026.',
        regionCodes: ['53'],
      });
      expect(res.status, res.body).toBe(201);
      expect(res.json()).toMatchObject({
        state: 'draft',
        periodCode: '2026-TW4',
        year: 2026,
        realisedValue: 1450,
        institution: { code: 'KEMENSOS' },
        period: { code: '2026-TW4', status: 'open', deadline: '2027-01-15' },
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it('is deterministic and idempotent, and an older demo installation gains it', async () => {
    const other = await freshDatabase();
    try {
      await seedDemo(other);
      expect(await fingerprint(other)).toEqual(seeded);
      await dropCurrentPlan(other);
      expect((await fingerprint(other)).plans).toEqual({ n: 0, h: null });
      await seedDemo(other);
      expect(await fingerprint(other)).toEqual(seeded);
      await seedDemo(other);
      expect(await fingerprint(other)).toEqual(seeded);
    } finally {
      await other.close();
    }
  });
});
