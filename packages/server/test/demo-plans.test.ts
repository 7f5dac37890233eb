import { createHash } from 'node:crypto';
import {
  achievement,
  generatePeriods,
  INDICATOR_DIRECTIONS,
  nextState,
  PlanDocument,
  REPORT_STATES,
  type ReportAction,
  type ReportState,
  STRATEGY_CODES,
} from '@sigap/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/features/demo/seed-demo.js';
import { evidenceStorageKey } from '../src/features/demo/seed-plans-evidence.js';
import { demoPlanId, RAN_KEY } from '../src/features/demo/seed-plans-matrix.js';
import { PlanChanges } from '../src/features/plans/api-schemas.js';
import type { Database } from '../src/platform/db/client.js';
import { stableId } from '../src/platform/stable-id.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { freshDatabase } from './support/test-db.js';

type Row = Record<string, unknown>;
const rowsOf = async (database: Database, q: ReturnType<typeof sql>) =>
  ((await database.db.execute(q)) as unknown as { rows: Row[] }).rows;
const userId = (email: string) => stableId(`demo-user:${email}`);
const RAN_ID = demoPlanId(RAN_KEY);

/** A fingerprint of every demo plan table: ids and contents, in id order. */
async function fingerprint(database: Database) {
  const tables = [
    'plans',
    'plan_revisions',
    'plan_programs',
    'plan_activities',
    'plan_indicators',
    'progress_reports',
    'report_events',
    'report_comments',
    'evidence_files',
    'notifications',
  ];
  const out: Record<string, unknown> = {};
  for (const t of tables) {
    const [r] = await rowsOf(
      database,
      sql`select count(*)::int as n, md5(string_agg(x::text, '|' order by x.id)) as h from ${sql.identifier(t)} x`,
    );
    out[t] = r;
  }
  const [b] = await rowsOf(
    database,
    sql`select count(*)::int as n, md5(string_agg(x::text, '|' order by x.activity_id, x.year)) as h from plan_activity_budgets x`,
  );
  out.plan_activity_budgets = b;
  out.institutions = await rowsOf(
    database,
    sql`select id, code, region_code from institutions where code like 'DINKES-%' or code like 'DPMD-%' or code like 'DISNAKER-%' order by id`,
  );
  return out;
}

describe('demo action plans (RAN 2020–2024, RADs, four years of reports)', () => {
  let t: TestApp;
  let db: Database;
  beforeAll(async () => {
    t = await startTestApp();
    db = t.database;
  });
  afterAll(async () => {
    await t.close();
  });

  it('seeds the RAN with activities across all six strategies and the enacted legal basis', async () => {
    const [ran] = await rowsOf(db, sql`select * from plans where id = ${RAN_ID}`);
    expect(ran).toMatchObject({
      kind: 'ran',
      region_code: null,
      start_year: 2020,
      end_year: 2024,
      revision: 2,
      reporting: { frequency: 'quarterly', deadlineDays: 15, closingGraceDays: 30 },
    });
    expect(ran?.legal_basis).toMatch(/^Peraturan Presiden Nomor 19 Tahun 2023/);
    const byStrategy = await rowsOf(
      db,
      sql`select p.strategy_code as s, count(*)::int as n from plan_activities a
          join plan_programs p on p.id = a.program_id
          where a.plan_id = ${RAN_ID} and a.retired_in_revision is null group by 1 order by 1`,
    );
    expect(byStrategy.map((r) => r.s).sort()).toEqual([...STRATEGY_CODES].sort());
    expect(byStrategy.reduce((n, r) => n + Number(r.n), 0)).toBe(58);
    expect(Math.min(...byStrategy.map((r) => Number(r.n)))).toBeGreaterThanOrEqual(6);
    const [counts] = await rowsOf(
      db,
      sql`select (select count(*)::int from plan_activities where plan_id = ${RAN_ID}) as activities,
                 (select count(*)::int from plan_indicators where plan_id = ${RAN_ID}) as indicators`,
    );
    expect(counts).toEqual({ activities: 59, indicators: 67 });
    // responsible parties are the real K/L of the reference data
    const responsible = await rowsOf(
      db,
      sql`select distinct i.code from plan_activities a join institutions i on i.id = a.responsible_institution_id
          where a.plan_id = ${RAN_ID} order by 1`,
    );
    expect(responsible.map((r) => r.code)).toEqual(
      expect.arrayContaining([
        'KEMENPPPA',
        'KEMENSOS',
        'POLRI',
        'KEJAKSAAN',
        'MA',
        'KEMLU',
        'BP2MI',
        'KEMENKES',
        'KEMNAKER',
        'KEMENKUMHAM',
        'KEMENDAGRI',
      ]),
    );
  });

  it('uses every indicator direction, missing baselines, a zero target and every kind of budget', async () => {
    const inds = await rowsOf(db, sql`select direction, baseline, targets from plan_indicators`);
    expect(new Set(inds.map((i) => i.direction))).toEqual(new Set(INDICATOR_DIRECTIONS));
    expect(inds.some((i) => i.baseline === null)).toBe(true);
    expect(inds.some((i) => Object.values(i.targets as Record<string, number>).includes(0))).toBe(
      true,
    );
    const budgets = await rowsOf(
      db,
      sql`select source, attached, count(*)::int as n, count(amount)::int as with_amount
          from plan_activity_budgets group by 1, 2 order by 1, 2`,
    );
    expect(budgets.map((b) => `${b.source}:${b.attached}`)).toEqual([
      'apbd:false',
      'apbd:true',
      'apbn:false',
      'apbn:true',
      'other:false',
    ]);
    expect(budgets.find((b) => b.attached === true)?.with_amount).toBe(0);
    const [noPagu] = await rowsOf(
      db,
      sql`select count(*)::int as n from plan_activities a
          where not exists (select 1 from plan_activity_budgets b where b.activity_id = a.id)`,
    );
    expect(Number(noPagu?.n)).toBeGreaterThan(0);
  });

  it('seeds RADs for five provinces and five kabupaten, every activity linked to a RAN activity', async () => {
    const rads = await rowsOf(
      db,
      sql`select p.region_code, count(a.id)::int as n from plans p join plan_activities a on a.plan_id = p.id
          where p.kind = 'rad' group by 1 order by 1`,
    );
    expect(rads.map((r) => r.region_code)).toEqual([
      '12',
      '32',
      '32.12',
      '33',
      '33.29',
      '52',
      '52.03',
      '53',
      '53.01',
      '53.04',
    ]);
    for (const r of rads) {
      expect(Number(r.n)).toBeGreaterThanOrEqual(8);
      expect(Number(r.n)).toBeLessThanOrEqual(15);
    }
    const links = await rowsOf(
      db,
      sql`select a.code, ran.plan_id as ran_plan, i.region_code as inst_region, p.region_code as plan_region
          from plan_activities a join plans p on p.id = a.plan_id
          left join plan_activities ran on ran.id = a.ran_activity_id
          join institutions i on i.id = a.responsible_institution_id where p.kind = 'rad'`,
    );
    expect(links.length).toBeGreaterThan(100);
    for (const l of links) {
      expect(l.ran_plan).toBe(RAN_ID);
      // a regional body of the plan's own region is responsible
      expect(l.inst_region).toBe(l.plan_region);
    }
    const [dinkes] = await rowsOf(
      db,
      sql`select n.name from institutions i join institution_names n on n.institution_id = i.id where i.code = 'DINKES-33'`,
    );
    expect(dinkes?.name).toBe('Dinas Kesehatan Provinsi Jawa Tengah');
  });

  it('keeps revision history: documents of every revision, and what the enacted RAN changed', async () => {
    const revs = await rowsOf(
      db,
      sql`select p.kind, r.plan_id, r.number, r.document, r.changes from plan_revisions r join plans p on p.id = r.plan_id order by r.plan_id, r.number`,
    );
    // the 2020–2024 RAN, ten RADs, and the current RAN 2025–2029 (demo-plans-current.test.ts)
    expect(revs.filter((r) => r.number === 1)).toHaveLength(12);
    for (const r of revs) {
      expect(PlanDocument.safeParse(r.document).success).toBe(true);
      expect(PlanChanges.safeParse(r.changes).success).toBe(true);
    }
    const two = revs.find((r) => r.plan_id === RAN_ID && r.number === 2);
    const changes = PlanChanges.parse(two?.changes);
    expect(changes.plan.map((f) => f.field)).toEqual(['legalBasis']);
    expect(changes.activities.added.map((a) => a.code)).toEqual(['3.2.4']);
    expect(changes.activities.retired.map((a) => a.code)).toEqual(['1.4.3']);
    expect(changes.indicators.changed.map((i) => i.code)).toEqual(['3.2.1.1', '5.1.1.1']);
    expect(changes.indicators.changed[1]?.fields[0]).toEqual({
      field: 'targets',
      before: { 2020: 110, 2021: 130, 2022: 150, 2023: 180, 2024: 200 },
      after: { 2020: 110, 2021: 130, 2022: 150, 2023: 400, 2024: 600 },
    });
    // reports filed on the retired activity stay attached to it
    const [retired] = await rowsOf(
      db,
      sql`select a.retired_in_revision as r, count(pr.id)::int as n, max(pr.year) as last
          from plan_activities a join progress_reports pr on pr.activity_id = a.id
          where a.plan_id = ${RAN_ID} and a.code = '1.4.3' group by 1`,
    );
    expect(retired).toEqual({ r: 2, n: expect.any(Number), last: 2022 });
  });

  it('has reports in every state, overdue periods piling up at the end, achievement as the domain computes it', async () => {
    const reports = await rowsOf(
      db,
      sql`select r.*, i.direction, i.baseline, i.targets, i.unit from progress_reports r join plan_indicators i on i.id = r.indicator_id`,
    );
    expect(reports.length).toBeGreaterThan(2000);
    const byState = new Map<string, number>();
    for (const r of reports) byState.set(String(r.state), (byState.get(String(r.state)) ?? 0) + 1);
    expect([...byState.keys()].sort()).toEqual([...REPORT_STATES].sort());
    for (const r of reports) {
      const a = achievement({
        direction: r.direction as (typeof INDICATOR_DIRECTIONS)[number],
        target: (r.targets as Record<string, number>)[String(r.year)],
        baseline: r.baseline as number | null,
        realised: r.realised_value as number | null,
      });
      expect([r.achievement, r.achievement_raw, r.achievement_note]).toEqual(
        a.computable ? [a.capped, a.raw, null] : [null, null, a.reason],
      );
    }
    // every due period without a report is overdue (all 2021–2024 periods are past their deadline)
    const inds = await rowsOf(
      db,
      sql`select id, targets, retired_in_revision from plan_indicators`,
    );
    const filed = new Set(reports.map((r) => `${r.indicator_id}:${r.period_code}`));
    const periods = generatePeriods({
      frequency: 'quarterly',
      startYear: 2021,
      endYear: 2024,
      deadlineDays: 15,
    });
    const missing = (code: string) =>
      inds.filter(
        (i) =>
          i.retired_in_revision === null &&
          code.slice(0, 4) in (i.targets as object) &&
          !filed.has(`${i.id}:${code}`),
      ).length;
    const early = periods.slice(0, 4).map((p) => missing(p.code));
    expect(missing('2024-TW4')).toBeGreaterThan(25);
    expect(missing('2024-TW4')).toBeGreaterThan(3 * Math.max(...early));
    // realisation is cumulative within a year
    const series = new Map<string, number[]>();
    for (const r of [...reports].sort((x, y) =>
      String(x.period_code).localeCompare(String(y.period_code)),
    ))
      if (r.realised_value !== null && r.unit !== 'persen') {
        const k = `${r.indicator_id}:${r.year}`;
        series.set(k, [...(series.get(k) ?? []), Number(r.realised_value)]);
      }
    for (const values of series.values()) expect(values).toEqual([...values].sort((x, y) => x - y));
  });

  it('gives every report a timeline the workflow allows, with the demo users as actors', async () => {
    const events = await rowsOf(
      db,
      sql`select e.*, r.state, r.plan_id, p.region_code, i.code as inst from report_events e
          join progress_reports r on r.id = e.report_id join plans p on p.id = r.plan_id
          join institutions i on i.id = r.institution_id order by e.report_id, e.created_at`,
    );
    const byReport = new Map<string, Row[]>();
    for (const e of events)
      byReport.set(String(e.report_id), [...(byReport.get(String(e.report_id)) ?? []), e]);
    const [reportCount] = await rowsOf(db, sql`select count(*)::int as n from progress_reports`);
    expect(byReport.size).toBe(reportCount?.n);
    const reporterActions = new Set(['create', 'submit', 'resubmit']);
    for (const list of byReport.values()) {
      const [first, ...rest] = list;
      expect(first).toMatchObject({ action: 'create', from_state: null, to_state: 'draft' });
      let state: ReportState = 'draft';
      for (const e of rest) {
        const actor = reporterActions.has(String(e.action)) ? 'reporter' : 'verifier';
        const next = nextState(state, e.action as ReportAction, {
          actor,
          note: e.note as string | null,
        });
        expect(next).toMatchObject({ ok: true, state: e.to_state });
        expect(e.from_state).toBe(state);
        state = e.to_state as ReportState;
      }
      expect(state).toBe(first?.state);
      for (const e of list) {
        const reporterSide = reporterActions.has(String(e.action));
        if (first?.plan_id === RAN_ID && first.inst === 'KEMENSOS' && reporterSide)
          expect(e.actor_id).toBe(userId('pelapor@sigap.local'));
        if (first?.region_code === '53.01' && reporterSide)
          expect(e.actor_id).toBe(userId('kupang@sigap.local'));
        if (first?.plan_id === RAN_ID && !reporterSide)
          expect(e.actor_id).toBe(userId('sekretariat@sigap.local'));
      }
    }
    const [comments] = await rowsOf(
      db,
      sql`select count(*)::int as n, count(parent_id)::int as replies from report_comments`,
    );
    expect(Number(comments?.n)).toBeGreaterThan(0);
    expect(Number(comments?.replies)).toBeGreaterThan(0);
  });

  it('stores evidence files whose bytes hash to their sha256', async () => {
    const files = await rowsOf(
      db,
      sql`select sha256, mime_type, size_bytes, count(*)::int as n from evidence_files group by 1, 2, 3 order by 2, 1`,
    );
    expect(files.map((f) => f.mime_type)).toEqual([
      'application/pdf',
      'application/pdf',
      'image/png',
    ]);
    for (const f of files) {
      const bytes = await t.ctx.storage.get(evidenceStorageKey(String(f.sha256)));
      expect(bytes).not.toBeNull();
      expect(
        createHash('sha256')
          .update(bytes ?? '')
          .digest('hex'),
      ).toBe(f.sha256);
      expect(bytes?.length).toBe(f.size_bytes);
      const head = bytes?.subarray(0, 8).toString('latin1');
      if (f.mime_type === 'application/pdf') {
        expect(head?.startsWith('%PDF-1.4')).toBe(true);
        expect(bytes?.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
      } else expect(head).toBe('\x89PNG\r\n\x1a\n');
    }
  });

  it('notifies the demo reporters of returned reports and deadlines', async () => {
    const notes = await rowsOf(
      db,
      sql`select u.email, n.kind, count(*)::int as n from notifications n join users u on u.id = n.user_id group by 1, 2 order by 1, 2`,
    );
    const kinds = (email: string) => notes.filter((n) => n.email === email).map((n) => n.kind);
    expect(kinds('pelapor@sigap.local')).toEqual([
      'deadline_approaching',
      'report_overdue',
      'report_returned',
    ]);
    expect(kinds('kupang@sigap.local')).toEqual([
      'deadline_approaching',
      'report_overdue',
      'report_returned',
    ]);
    const [returned] = await rowsOf(
      db,
      sql`select count(*)::int as n from progress_reports r join institutions i on i.id = r.institution_id
          where r.state = 'returned' and ((r.region_code is null and i.code = 'KEMENSOS') or r.region_code = '53.01')`,
    );
    const notified = notes
      .filter((n) => n.kind === 'report_returned')
      .reduce((s, n) => s + Number(n.n), 0);
    expect(notified).toBe(returned?.n);
  });

  it('is deterministic and idempotent: another installation gets the same rows, a second run adds nothing', async () => {
    const before = await fingerprint(db);
    const other = await freshDatabase();
    try {
      await seedDemo(other);
      expect(await fingerprint(other)).toEqual(before);
    } finally {
      await other.close();
    }
    await seedDemo(db, () => {}, t.ctx.storage);
    expect(await fingerprint(db)).toEqual(before);
  });
});
