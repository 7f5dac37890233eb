import type {
  CandidateDetail,
  CandidateSummary,
  ClearingRunResult,
  MergeView,
} from '@sigap/domain';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealIdentity } from '../src/features/cases/person-crypto.js';
import { casePeople } from '../src/features/cases/schema.js';
import { countUniqueVictims } from '../src/features/clearing/unique-victims.js';
import { queryRows } from '../src/platform/db/client.js';
import {
  clustersOf,
  insertVictim,
  malaysia,
  officer,
  startClearingApp,
} from './clearing-fixture.js';
import type { Client } from './support/session.js';
import type { TestApp } from './support/test-app.js';

type Page<T> = { items: T[]; meta: { total: number } };

let t: TestApp;
let pic: Client;
const maria: Record<'polri' | 'kemensos' | 'bp2mi', string> = {
  polri: '',
  kemensos: '',
  bp2mi: '',
};
let sibling = '';
let namesake = '';
const national = { level: 'national', regionCode: null } as const;

const run = async () => {
  const res = await pic.request('POST', '/api/clearing/run', {});
  expect(res.status).toBe(200);
  return res.json<ClearingRunResult>();
};
const openPairs = async () =>
  (await pic.request('GET', '/api/clearing/candidates?pageSize=200')).json<Page<CandidateSummary>>()
    .items;
const pairOf = (items: CandidateSummary[], x: string, y: string) =>
  items.find(
    (c) => (c.a.personId === x && c.b.personId === y) || (c.a.personId === y && c.b.personId === x),
  );

beforeAll(async () => {
  t = await startClearingApp();
  pic = await officer(t, 'pic.nasional@sigap.test', { level: 'national', region: null });
  // one woman from Kabupaten Kupang, exploited in Malaysia, as three institutions recorded her
  maria.polri = (
    await insertVictim(t.ctx, {
      institution: 'POLRI',
      caseRegion: '53.71',
      name: 'Maria Goreti Tefa',
      birthDate: '1998-03-14',
      nik: '5301025403980002',
      regionCode: '53.01',
      events: malaysia('2022-08-01'),
    })
  ).personId;
  maria.kemensos = (
    await insertVictim(t.ctx, {
      institution: 'KEMENSOS',
      caseRegion: '53.01',
      reportedOn: '2023-02-01',
      name: 'MARIA GORETTI TEFFA',
      age: 24,
      regionCode: '53.01',
      events: malaysia('2022-09-10'),
    })
  ).personId;
  maria.bp2mi = (
    await insertVictim(t.ctx, {
      institution: 'BP2MI',
      caseRegion: null,
      name: 'Sdri. Tefa Maria',
      birthDate: '1998-03-14',
      events: [{ type: 'exploitation', date: '2022-07-20', regionCode: null, countryCode: 'MY' }],
    })
  ).personId;
  // her sister, recruited with her, and a namesake from elsewhere: neither is her
  sibling = (
    await insertVictim(t.ctx, {
      institution: 'POLRI',
      caseRegion: '53.71',
      name: 'Yuliana Tefa',
      birthDate: '2001-05-02',
      regionCode: '53.01',
      events: malaysia('2022-08-01'),
    })
  ).personId;
  namesake = (
    await insertVictim(t.ctx, {
      institution: 'KEMENSOS',
      caseRegion: '53.04',
      name: 'Maria Tefa',
      birthDate: '1975-11-30',
      regionCode: '53.04',
      events: [{ type: 'exploitation', date: '2015-01-10', regionCode: null, countryCode: 'SA' }],
    })
  ).personId;
});
afterAll(async () => t?.close());

describe('clearing: one victim recorded by three institutions', () => {
  it('proposes her three records as pairs with evidence, and neither her sister nor a namesake', async () => {
    const result = await run();
    expect(result).toMatchObject({ records: 5, recordsInScope: 5, threshold: 80 });
    const items = await openPairs();
    for (const [x, y] of [
      [maria.polri, maria.kemensos],
      [maria.polri, maria.bp2mi],
      [maria.kemensos, maria.bp2mi],
    ] as const) {
      const pair = pairOf(items, x, y);
      expect(pair, `${x} / ${y}`).toBeDefined();
      expect(pair?.score).toBeGreaterThanOrEqual(80);
      expect(pair?.evidence.find((e) => e.field === 'name')?.outcome).not.toBe('mismatch');
    }
    for (const other of [sibling, namesake])
      expect(items.some((c) => c.a.personId === other || c.b.personId === other)).toBe(false);
    // the queue is best first and names nobody
    expect(items.map((c) => c.score)).toEqual([...items.map((c) => c.score)].sort((a, b) => b - a));
    expect(JSON.stringify(items)).not.toMatch(/Maria|MARIA|Tefa|5301025403980002/);
  });

  it('shows a pair side by side and audits the identity read with the fields opened', async () => {
    const pair = pairOf(await openPairs(), maria.polri, maria.kemensos) as CandidateSummary;
    const res = await pic.request('GET', `/api/clearing/candidates/${pair.id}`);
    expect(res.status).toBe(200);
    const detail = res.json<CandidateDetail>();
    const polri = detail.a.personId === maria.polri ? detail.a : detail.b;
    expect(polri).toMatchObject({
      name: 'Maria Goreti Tefa',
      nik: '5301025403980002',
      birthDate: '1998-03-14',
      institution: { id: expect.any(String) },
      clusterSize: 1,
    });
    expect(polri.events.map((e) => e.type)).toEqual(['recruitment', 'exploitation']);
    expect(detail.evidence.map((e) => e.field)).toContain('birth');
    const [entry] = await queryRows<{ action: string; actor_email: string; after: unknown }>(
      t.database.db,
      sql`select action, actor_email, after from audit_log
          where action = 'case.identity.read' and entity_id = ${pair.id} order by id desc limit 1`,
    );
    expect(entry).toMatchObject({ actor_email: 'pic.nasional@sigap.test' });
    const after = entry?.after as {
      purpose: string;
      people: Array<{ personId: string; fields: string[] }>;
    };
    expect(after.purpose).toBe('clearing.review');
    expect(after.people.find((p) => p.personId === maria.polri)?.fields).toEqual([
      'name',
      'nik',
      'address',
      'birthDate',
    ]);
    expect(after.people.find((p) => p.personId === maria.kemensos)?.fields).toEqual([
      'name',
      'address',
    ]);
    expect(JSON.stringify(after)).not.toContain('Maria');
  });

  it('merges her records into one person: statistics count her once', async () => {
    const before = await countUniqueVictims(t.database.db, national);
    expect(before).toBe(5);
    const first = pairOf(await openPairs(), maria.polri, maria.kemensos) as CandidateSummary;
    const merged = await pic.request('POST', `/api/clearing/candidates/${first.id}/merge`, {});
    expect(merged.status).toBe(200);
    expect(merged.json<MergeView>().movedPersonIds).toHaveLength(1);
    // the third record against either of the two: one merge brings it in
    const third =
      pairOf(await openPairs(), maria.polri, maria.bp2mi) ??
      (pairOf(await openPairs(), maria.kemensos, maria.bp2mi) as CandidateSummary);
    // the BP2MI record's cluster survives: the first merge's cluster moves on into it
    const survivor = third.a.personId === maria.bp2mi ? 'a' : 'b';
    const second = await pic.request('POST', `/api/clearing/candidates/${third.id}/merge`, {
      survivor,
    });
    expect(second.status).toBe(200);
    expect(second.json<MergeView>().movedPersonIds).toHaveLength(2);
    const clusters = await clustersOf(t.ctx, Object.values(maria));
    expect(new Set(clusters.values()).size).toBe(1);
    expect(await countUniqueVictims(t.database.db, national)).toBe(3);
    // the pair left over is now within one person: nothing to decide, so not in the queue
    const left = await openPairs();
    expect(left.some((c) => Object.values(maria).includes(c.a.personId))).toBe(false);
    const again = await pic.request('POST', `/api/clearing/candidates/${first.id}/merge`, {});
    expect(again.status).toBe(409);
    const audit = await queryRows<{ action: string }>(
      t.database.db,
      sql`select action from audit_log where action = 'clearing.merge'`,
    );
    expect(audit).toHaveLength(2);
  });

  it('undoes merges exactly, newest first, and reopens their pairs', async () => {
    const merges = (await pic.request('GET', '/api/clearing/merges')).json<Page<MergeView>>().items;
    expect(merges).toHaveLength(2);
    const [latest, earliest] = merges as [MergeView, MergeView];
    // the later merge moved the earlier one's records on: undoing the earlier first would split
    // the person merged since, so it waits for the later one
    const early = await pic.request('POST', `/api/clearing/merges/${earliest.id}/undo`);
    expect(early.status).toBe(409);
    expect(early.body).toContain(latest.id);
    expect((await pic.request('POST', `/api/clearing/merges/${latest.id}/undo`)).status).toBe(200);
    const between = await clustersOf(t.ctx, Object.values(maria));
    expect(between.get(maria.bp2mi)).toBe(maria.bp2mi);
    expect(between.get(maria.polri)).toBe(between.get(maria.kemensos));
    expect((await pic.request('POST', `/api/clearing/merges/${earliest.id}/undo`)).status).toBe(
      200,
    );
    const clusters = await clustersOf(t.ctx, Object.values(maria));
    for (const id of Object.values(maria)) expect(clusters.get(id)).toBe(id);
    expect(await countUniqueVictims(t.database.db, national)).toBe(5);
    const history = (await pic.request('GET', '/api/clearing/merges?undone=true')).json<
      Page<MergeView>
    >();
    expect(history.items.every((m) => m.undoneAt !== null && m.undoneBy !== null)).toBe(true);
    expect(history.meta.total).toBe(2);
    const reopened = await openPairs();
    expect(pairOf(reopened, maria.polri, maria.kemensos)).toBeDefined();
    expect((await pic.request('POST', `/api/clearing/merges/${earliest.id}/undo`)).status).toBe(
      409,
    );
  });

  it('never proposes a pair again once marked not the same person', async () => {
    const pair = pairOf(await openPairs(), maria.kemensos, maria.bp2mi) as CandidateSummary;
    const res = await pic.request('POST', `/api/clearing/candidates/${pair.id}/not-same`);
    expect(res.status).toBe(200);
    expect(res.json<CandidateSummary>().state).toBe('not_same');
    await run();
    expect(pairOf(await openPairs(), maria.kemensos, maria.bp2mi)).toBeUndefined();
    const closed = (await pic.request('GET', '/api/clearing/candidates?state=not_same')).json<
      Page<CandidateSummary>
    >().items;
    expect(closed.map((c) => c.id)).toEqual([pair.id]);
    expect(
      (await pic.request('POST', `/api/clearing/candidates/${pair.id}/merge`, {})).status,
    ).toBe(409);
  });

  it('keeps a pair reopened by an undone merge when a later run no longer proposes it', async () => {
    const reopened = pairOf(await openPairs(), maria.polri, maria.kemensos) as CandidateSummary;
    // the police record turns out to be another woman: the pair falls below the threshold
    await t.database.db
      .update(casePeople)
      .set(
        sealIdentity(t.ctx.fields, {
          name: 'Agustina Manafe',
          nik: null,
          passport: null,
          contact: null,
          address: null,
          birthDate: '1971-01-01',
        }),
      )
      .where(eq(casePeople.id, maria.polri));
    const result = await run();
    expect(result.removed).toBe(0);
    // its merge history points at it: it stays for the PIC to close as not the same person
    expect(pairOf(await openPairs(), maria.polri, maria.kemensos)?.id).toBe(reopened.id);
  });
});
