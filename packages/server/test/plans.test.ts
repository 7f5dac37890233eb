import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../src/features/audit/schema.js';
import { planActivities, planIndicators, planRevisions } from '../src/features/plans/schema.js';
import { progressReports } from '../src/features/reporting/schema.js';
import {
  type Activity,
  activities,
  activity,
  type Detail,
  detail,
  inst,
  ranDoc,
} from './support/plan-fixtures.js';
import { type Client, signInAs } from './support/session.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let admin: Client;
let kupang: Client;
let ranId: string;
beforeAll(async () => {
  t = await startTestApp();
  admin = await signInAs(t.app, 'admin@sigap.local');
  kupang = await signInAs(t.app, 'kupang@sigap.local');
  const res = await admin.request('POST', '/api/plans', { ...ranDoc(), note: 'Perpres 1/2035' });
  expect(res.status, res.body).toBe(201);
  ranId = res.json<Detail>().id;
});
afterAll(() => t.close());

describe('creating and reading a plan', () => {
  it('reads back the matrix with institution names, budgets in canonical form and revision 1', async () => {
    const d = await detail(kupang, ranId);
    expect(d.revision).toBe(1);
    expect(d.programs.map((p) => [p.code, p.strategy])).toEqual([
      ['1.1', 'pencegahan'],
      ['5.1', 'penegakan_hukum'],
    ]);
    const a = activity(d, '1.1.1');
    expect(a.responsibleInstitution.code).toBe('KEMENPPPA');
    expect(a.responsibleInstitution.name).toBe(
      'Kementerian Pemberdayaan Perempuan dan Perlindungan Anak',
    );
    expect(a.relatedInstitutions.map((i) => i.code)).toEqual(['KEMNAKER', 'POLRI']);
    expect(a.budget).toEqual([
      { year: 2035, amount: null, source: 'apbn', attached: false },
      { year: 2036, amount: 250_000_000, source: 'apbn', attached: false },
      { year: 2037, amount: null, source: 'apbn', attached: false },
      { year: 2038, amount: null, source: 'apbn', attached: false },
      { year: 2039, amount: null, source: 'apbn', attached: false },
    ]);
    expect(activity(d, '1.1.2').budget).toEqual([]);
    expect(activity(d, '5.1.1').indicators.map((i) => [i.code, i.targets])).toEqual([
      ['a', { '2035': 300, '2039': 100 }],
      ['b', { '2036': 1 }],
    ]);
    const revs = await kupang.request('GET', `/api/plans/${ranId}/revisions`);
    expect(revs.json()).toEqual([
      {
        number: 1,
        note: 'Perpres 1/2035',
        createdAt: expect.any(String),
        createdBy: { id: expect.any(String), name: 'Admin Demo' },
        counts: { added: 9, changed: 0, retired: 0 },
      },
    ]);
  });

  it('refuses unknown institutions and a second RAN for an overlapping period, naming the field', async () => {
    const bad = ranDoc();
    bad.startYear = 2045;
    bad.endYear = 2049;
    bad.programs.forEach((p) => {
      for (const a of p.activities) {
        a.budget = [];
        for (const i of a.indicators) {
          i.targets = {};
          i.baselineYear = null;
        }
      }
    });
    const first = bad.programs[0]?.activities[0];
    if (!first) throw new Error('fixture');
    first.responsibleInstitutionId = '00000000-0000-4000-8000-000000000001';
    const res = await admin.request('POST', '/api/plans', bad, { 'accept-language': 'en' });
    expect(res.status).toBe(400);
    expect(res.json<{ error: { fields: unknown[] } }>().error.fields).toEqual([
      {
        path: 'programs.0.activities.0.responsibleInstitutionId',
        message: 'Institution not found',
      },
    ]);
    const again = await admin.request('POST', '/api/plans', ranDoc(), { 'accept-language': 'en' });
    expect(again.status).toBe(409);
    expect(again.json<{ error: { message: string } }>().error.message).toBe(
      'The period overlaps "RAN PP TPPO 2035–2039 (uji)" (2035–2039); change that plan by a revision instead',
    );
  });
});

describe('revising a plan', () => {
  it('changes a target, adds and retires activities, and keeps reports on their rows', async () => {
    const before = await detail(admin, ranId);
    const kept = activity(before, '1.1.1');
    const keptIndicator = kept.indicators[0];
    const removed = activity(before, '1.1.2');
    if (!keptIndicator) throw new Error('fixture');
    // a report filed on the kept indicator and one on the activity the revision removes
    const report = (a: Activity) => ({
      planId: ranId,
      activityId: a.id,
      indicatorId: a.indicators[0]?.id ?? '',
      institutionId: inst('KEMENPPPA'),
      strategyCode: 'pencegahan' as const,
      periodCode: '2035-TW1',
      year: 2035,
      state: 'approved' as const,
      realisedValue: 300,
    });
    const [r1, r2] = await t.database.db
      .insert(progressReports)
      .values([report(kept), report(removed)])
      .returning({ id: progressReports.id });

    const doc = ranDoc();
    const [p1] = doc.programs;
    if (!p1?.activities[0]?.indicators[0]) throw new Error('fixture');
    p1.activities[0].indicators[0].targets['2036'] = 1600;
    p1.activities.splice(1, 1, {
      code: '1.1.3',
      title: 'Kampanye daring',
      responsibleInstitutionId: inst('KOMINFO'),
      indicators: [
        {
          code: 'a',
          name: 'Jangkauan kampanye',
          unit: 'orang',
          direction: 'higher_is_better',
          targets: { '2037': 5000 },
        },
      ],
    });
    const res = await admin.request(
      'PUT',
      `/api/plans/${ranId}/matrix`,
      {
        ...doc,
        note: 'Revisi pertengahan periode',
        baseRevision: 1,
      },
      { 'accept-language': 'en' },
    );
    expect(res.status, res.body).toBe(200);
    const body = res.json<{
      changed: boolean;
      revision: number;
      message: string;
      changes: unknown;
    }>();
    expect(body.changed).toBe(true);
    expect(body.revision).toBe(2);
    expect(body.message).toBe('Revision 2 saved');
    const empty = { added: [], changed: [], retired: [] };
    expect(body.changes).toEqual({
      plan: [],
      programs: empty,
      activities: {
        added: [{ code: '1.1.3', title: 'Kampanye daring' }],
        changed: [],
        retired: [{ code: '1.1.2', title: 'Kurikulum anti-TPPO di sekolah' }],
      },
      indicators: {
        added: [{ activityCode: '1.1.3', code: 'a', title: 'Jangkauan kampanye' }],
        changed: [
          {
            activityCode: '1.1.1',
            code: 'a',
            fields: [
              {
                field: 'targets',
                before: { '2035': 1200, '2036': 1500 },
                after: { '2035': 1200, '2036': 1600 },
              },
            ],
          },
        ],
        retired: [{ activityCode: '1.1.2', code: 'a', title: 'Sekolah yang memakai modul' }],
      },
      reordered: false,
    });

    const after = await detail(admin, ranId);
    expect(activities(after).map((a) => a.code)).toEqual(['1.1.1', '1.1.3', '5.1.1']);
    expect(activity(after, '1.1.1').id).toBe(kept.id);
    expect(activity(after, '1.1.1').indicators[0]?.id).toBe(keptIndicator.id);
    expect(activity(after, '1.1.1').indicators[0]?.targets).toEqual({ '2035': 1200, '2036': 1600 });
    const reports = await t.database.db
      .select({ id: progressReports.id, indicatorId: progressReports.indicatorId })
      .from(progressReports)
      .where(eq(progressReports.planId, ranId));
    expect(reports.sort((a, b) => (a.id === r1?.id ? -1 : b.id === r1?.id ? 1 : 0))).toEqual([
      { id: r1?.id, indicatorId: keptIndicator.id },
      { id: r2?.id, indicatorId: removed.indicators[0]?.id },
    ]);
    const [retired] = await t.database.db
      .select({ retired: planActivities.retiredInRevision })
      .from(planActivities)
      .where(eq(planActivities.id, removed.id));
    expect(retired?.retired).toBe(2);

    // revision 1 is still shown as it was, with the same row ids
    const old = await detail(admin, ranId, '?revision=1');
    expect(old.shownRevision).toBe(1);
    expect(activities(old).map((a) => [a.code, a.id])).toEqual([
      ['1.1.1', kept.id],
      ['1.1.2', removed.id],
      ['5.1.1', activity(before, '5.1.1').id],
    ]);
    expect(activity(old, '1.1.1').indicators[0]?.targets).toEqual({ '2035': 1200, '2036': 1500 });
    const audits = await t.database.db
      .select({ action: auditLog.action, email: auditLog.actorEmail })
      .from(auditLog)
      .where(eq(auditLog.entityId, ranId))
      .orderBy(auditLog.id);
    expect(audits).toEqual([
      { action: 'plan.created', email: 'admin@sigap.local' },
      { action: 'plan.revised', email: 'admin@sigap.local' },
    ]);
    const rev = await admin.request('GET', `/api/plans/${ranId}/revisions/2`);
    expect(rev.json<{ note: string; counts: unknown }>()).toMatchObject({
      note: 'Revisi pertengahan periode',
      counts: { added: 2, changed: 1, retired: 2 },
    });
  });

  it('answers "no changes" to the same matrix and writes nothing', async () => {
    const count1 = await t.database.db.select({ n: count() }).from(auditLog);
    const d = await detail(admin, ranId);
    const doc = ranDoc();
    const [p1] = doc.programs;
    if (!p1?.activities[0]?.indicators[0]) throw new Error('fixture');
    p1.activities[0].indicators[0].targets['2036'] = 1600;
    p1.activities.splice(1, 1, {
      code: '1.1.3',
      title: 'Kampanye daring',
      responsibleInstitutionId: inst('KOMINFO'),
      indicators: [
        {
          code: 'a',
          name: 'Jangkauan kampanye',
          unit: 'orang',
          direction: 'higher_is_better',
          targets: { '2037': 5000 },
        },
      ],
    });
    const res = await admin.request('PUT', `/api/plans/${ranId}/matrix`, doc, {
      'accept-language': 'id',
    });
    expect(res.status, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      changed: false,
      revision: 2,
      message: 'Tidak ada perubahan; revisi tidak dibuat',
    });
    expect(d.revision).toBe(2);
    const count2 = await t.database.db.select({ n: count() }).from(auditLog);
    expect(count2[0]?.n).toBe(count1[0]?.n);
    const revs = await t.database.db
      .select({ n: count() })
      .from(planRevisions)
      .where(eq(planRevisions.planId, ranId));
    expect(revs[0]?.n).toBe(2);
  });

  it('brings a removed code back on its old row, and refuses a stale base revision', async () => {
    const old = await detail(admin, ranId, '?revision=1');
    const doc = ranDoc();
    const res = await admin.request('PUT', `/api/plans/${ranId}/matrix`, {
      ...doc,
      baseRevision: 2,
    });
    expect(res.status, res.body).toBe(200);
    const changes = res.json<{ changes: { activities: { added: unknown[] } } }>().changes;
    expect(changes.activities.added).toEqual([
      { code: '1.1.2', title: 'Kurikulum anti-TPPO di sekolah', revived: true },
    ]);
    const now = await detail(admin, ranId);
    expect(activity(now, '1.1.2').id).toBe(activity(old, '1.1.2').id);
    expect(activity(now, '1.1.2').indicators[0]?.id).toBe(activity(old, '1.1.2').indicators[0]?.id);
    const [ind] = await t.database.db
      .select({ retired: planIndicators.retiredInRevision })
      .from(planIndicators)
      .where(and(eq(planIndicators.activityId, activity(old, '1.1.2').id)));
    expect(ind?.retired).toBeNull();
    const extra = await admin.request('PUT', `/api/plans/${ranId}/matrix`, { ...doc, extra: 1 });
    expect(extra.status).toBe(400);
    const stale = await admin.request(
      'PUT',
      `/api/plans/${ranId}/matrix`,
      { ...doc, baseRevision: 2 },
      { 'accept-language': 'en' },
    );
    expect(stale.status).toBe(409);
    expect(stale.json<{ error: { message: string } }>().error.message).toBe(
      'The plan was revised (now revision 3) since you started; reload and try again',
    );
  });
});
