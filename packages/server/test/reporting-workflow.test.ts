import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../src/features/audit/schema.js';
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
  version: number;
  achievement: number | null;
  evidenceScore: number | null;
  verifiedAchievement: number | null;
  approvedAt: string | null;
  submittedAt: string | null;
  actions: string[];
  timeline: Array<{
    action: string;
    fromState: string | null;
    toState: string;
    note: string | null;
    actor: { name: string } | null;
  }>;
  comments: Array<{
    id: string;
    parentId: string | null;
    depth: number;
    body: string;
    author: { name: string };
  }>;
};
type Notifications = {
  items: Array<{
    kind: string;
    title: { id: string; en: string };
    body: { id: string; en: string };
    link: string;
  }>;
  unread: number;
};

let t: TestApp;
let pelapor: Client;
let sekretariat: Client;
let analis: Client;
let kupang: Client;
let ran: FixturePlan;
let id: string;

beforeAll(async () => {
  t = await startTestApp();
  [pelapor, sekretariat, analis, kupang] = await Promise.all([
    signInAs(t.app, 'pelapor@sigap.local'),
    signInAs(t.app, 'sekretariat@sigap.local'),
    signInAs(t.app, 'analis@sigap.local'),
    signInAs(t.app, 'kupang@sigap.local'),
  ]);
  ran = await insertPlan(t.database.db, {
    startYear: Y - 1,
    endYear: Y + 1,
    activities: [
      { code: 'A1', responsible: 'KEMENSOS', indicators: [{ code: 'I1', targets: { [Y]: 200 } }] },
    ],
  });
  const res = await pelapor.request('POST', '/api/reports', {
    indicatorId: ran.indicator('A1', 'I1'),
    periodCode: currentQuarter,
    realisedValue: 100,
  });
  id = res.json<Report>().id;
});
afterAll(() => t.close());

const en = { 'accept-language': 'en' };
const act = (c: Client, action: string, note?: string) =>
  c.request(
    'POST',
    `/api/reports/${id}/transitions`,
    note === undefined ? { action } : { action, note },
    en,
  );
const patch = (c: Client, body: Record<string, unknown>) =>
  c.request('PATCH', `/api/reports/${id}`, body, en);
const detail = async (c: Client) => (await c.request('GET', `/api/reports/${id}`)).json<Report>();
/** The user's notifications about this report (the demo seed leaves others in the bell). */
const notes = async (c: Client) => {
  const all = (await c.request('GET', '/api/notifications?pageSize=200')).json<Notifications>();
  return all.items.filter((n) => n.link === `/reports/${id}`);
};

describe('the report workflow', () => {
  it('edits a draft with optimistic concurrency: a stale version is refused (409)', async () => {
    const first = await patch(pelapor, { version: 1, narrative: 'Sosialisasi di 3 desa' });
    expect(first.status).toBe(200);
    expect(first.json<Report>().version).toBe(2);
    const stale = await patch(pelapor, { version: 1, kendala: 'Cuaca' });
    expect(stale.status).toBe(409);
    expect(stale.json<FieldErrors>().error.message).toBe(
      'Someone else changed this report since you opened it. Reload it, then make your change again.',
    );
    const second = await patch(pelapor, { version: 2, realisedValue: 180 });
    // the untouched fields stay; the achievement follows the new value
    expect(second.json<Report & { narrative: string }>()).toMatchObject({
      version: 3,
      achievement: 90,
      narrative: 'Sosialisasi di 3 desa',
    });
  });

  it('submits, and the verifiers hear of it', async () => {
    const res = await act(pelapor, 'submit');
    expect(res.status).toBe(200);
    expect(res.json<Report>()).toMatchObject({ state: 'submitted', actions: [] });
    const n = await notes(sekretariat);
    expect(n).toHaveLength(1);
    expect(n[0]).toMatchObject({
      kind: 'report_submitted',
      title: { en: `Report A1/I1 (${currentQuarter}) awaits verification` },
      link: `/reports/${id}`,
    });
  });

  it('lets only a verifier verify, and a return needs a comment', async () => {
    const wrong = await act(pelapor, 'verify');
    expect(wrong.status).toBe(403);
    expect(wrong.json<FieldErrors>().error.message).toBe(
      'Only a verifier (the secretariat or the sub-task-force coordinator) may "Verify"',
    );
    expect((await detail(sekretariat)).actions).toEqual(['return', 'verify']);
    const bare = await act(sekretariat, 'return', '  ');
    expect(bare.status).toBe(400);
    expect(bare.json<FieldErrors>().error.fields).toEqual([
      { path: 'note', message: 'A comment for the return is required' },
    ]);
  });

  it('returns with a comment and notifies the reporter', async () => {
    const res = await act(sekretariat, 'return', 'Lampirkan daftar hadir peserta');
    expect(res.json<Report>().state).toBe('returned');
    const n = await notes(pelapor);
    expect(n).toHaveLength(1);
    expect(n[0]).toMatchObject({
      kind: 'report_returned',
      title: { id: `Laporan A1/I1 (${currentQuarter}) dikembalikan` },
      body: {
        id: 'Catatan verifikator: Lampirkan daftar hadir peserta\nPerbaiki lalu ajukan ulang.',
      },
      link: `/reports/${id}`,
    });
    // a RAN report's reporters are the institution's national ones, not a district's
    expect(await notes(kupang)).toEqual([]);
  });

  it('keeps a threaded conversation between those who act on the report', async () => {
    const root = await sekretariat.request('POST', `/api/reports/${id}/comments`, {
      body: 'Daftar hadir belum ada',
    });
    expect(root.status).toBe(201);
    const rootId = root.json<{ id: string }>().id;
    const reply = await pelapor.request('POST', `/api/reports/${id}/comments`, {
      body: 'Segera kami unggah',
      parentId: rootId,
    });
    expect(reply.json<{ depth: number }>().depth).toBe(1);
    const later = await sekretariat.request('POST', `/api/reports/${id}/comments`, {
      body: 'Catatan umum kedua',
    });
    expect(later.status).toBe(201);
    const stray = await pelapor.request(
      'POST',
      `/api/reports/${id}/comments`,
      { body: 'x', parentId: '00000000-0000-4000-8000-000000000000' },
      en,
    );
    expect(stray.json<FieldErrors>().error.fields).toEqual([
      { path: 'parentId', message: 'The comment replied to is not on this report' },
    ]);
    // an analyst reads but takes no part
    const reader = await analis.request('POST', `/api/reports/${id}/comments`, { body: 'x' });
    expect(reader.status).toBe(403);
    const comments = (await detail(analis)).comments;
    expect(comments.map((c) => [c.body, c.depth, c.author.name])).toEqual([
      ['Daftar hadir belum ada', 0, 'Sekretariat Demo'],
      ['Segera kami unggah', 1, 'Pelapor Kemensos Demo'],
      ['Catatan umum kedua', 0, 'Sekretariat Demo'],
    ]);
    expect(comments[1]?.parentId).toBe(rootId);
  });

  it('is fixed, resubmitted, scored, verified and approved', async () => {
    const fixed = await patch(pelapor, {
      version: (await detail(pelapor)).version,
      kendala: 'Tidak ada',
    });
    expect(fixed.status).toBe(200);
    expect((await act(pelapor, 'resubmit')).json<Report>().state).toBe('submitted');
    const scored = await sekretariat.request('PUT', `/api/reports/${id}/evidence-score`, {
      relevance: 3,
      completeness: 3,
      validity: 2,
      timeliness: 2,
    });
    expect(scored.status).toBe(200);
    // 10 of 12 rubric points: 83.3; 90 % claimed × 0.833 = 75 % verified
    expect(scored.json<Report>()).toMatchObject({ evidenceScore: 83.3, verifiedAchievement: 75 });
    expect((await act(sekretariat, 'verify')).json<Report>().state).toBe('verified');
    const approved = (await act(sekretariat, 'approve')).json<Report>();
    expect(approved.state).toBe('approved');
    expect(approved.approvedAt).not.toBeNull();
    expect(approved.actions).toEqual(['reopen']);
  });

  it('locks an approved report', async () => {
    const res = await patch(pelapor, { version: (await detail(pelapor)).version, narrative: 'x' });
    expect(res.status).toBe(409);
    expect(res.json<FieldErrors>().error.message).toBe(
      'An approved report is locked; a verifier must reopen it (giving a reason) before it can change',
    );
    expect((await detail(pelapor)).actions).toEqual([]);
    const score = await sekretariat.request('PUT', `/api/reports/${id}/evidence-score`, {
      relevance: 0,
      completeness: 0,
      validity: 0,
      timeliness: 0,
    });
    expect(score.status).toBe(409);
  });

  it('reopens only with a reason', async () => {
    const bare = await act(sekretariat, 'reopen');
    expect(bare.status).toBe(400);
    expect(bare.json<FieldErrors>().error.message).toBe('A reason for reopening is required');
    const res = await act(sekretariat, 'reopen', 'Angka realisasi keliru ketik');
    expect(res.json<Report>()).toMatchObject({ state: 'returned', approvedAt: null });
    const n = await notes(pelapor);
    expect(n.map((x) => x.title.en)).toEqual([
      `Report A1/I1 (${currentQuarter}) was reopened`,
      `Report A1/I1 (${currentQuarter}) was returned`,
    ]);
    expect((await detail(pelapor)).actions).toEqual(['resubmit']);
  });

  it('shows every step on the timeline and in the audit log', async () => {
    const timeline = (await detail(analis)).timeline;
    expect(timeline.map((e) => [e.action, e.fromState, e.toState, e.actor?.name])).toEqual([
      ['create', null, 'draft', 'Pelapor Kemensos Demo'],
      ['submit', 'draft', 'submitted', 'Pelapor Kemensos Demo'],
      ['return', 'submitted', 'returned', 'Sekretariat Demo'],
      ['resubmit', 'returned', 'submitted', 'Pelapor Kemensos Demo'],
      ['score', 'submitted', 'submitted', 'Sekretariat Demo'],
      ['verify', 'submitted', 'verified', 'Sekretariat Demo'],
      ['approve', 'verified', 'approved', 'Sekretariat Demo'],
      ['reopen', 'approved', 'returned', 'Sekretariat Demo'],
    ]);
    expect(timeline[2]?.note).toBe('Lampirkan daftar hadir peserta');
    expect(timeline[7]?.note).toBe('Angka realisasi keliru ketik');
    const audit = await t.database.db
      .select({ action: auditLog.action, actor: auditLog.actorEmail })
      .from(auditLog)
      .where(eq(auditLog.entityId, id))
      .orderBy(asc(auditLog.id));
    expect(audit.map((a) => a.action)).toEqual([
      'report.created',
      'report.updated',
      'report.updated',
      'report.submit',
      'report.return',
      'report.commented',
      'report.commented',
      'report.commented',
      'report.updated',
      'report.resubmit',
      'report.evidence_scored',
      'report.verify',
      'report.approve',
      'report.reopen',
    ]);
    expect(audit[4]?.actor).toBe('sekretariat@sigap.local');
  });
});
