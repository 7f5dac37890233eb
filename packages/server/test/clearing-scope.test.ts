import type { CandidateSummary, ClearingRunResult } from '@sigap/domain';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealIdentity } from '../src/features/cases/person-crypto.js';
import { casePeople } from '../src/features/cases/schema.js';
import { institutionId } from '../src/features/institutions/load-institutions.js';
import { queryRows } from '../src/platform/db/client.js';
import { insertVictim, malaysia, officer, startClearingApp } from './clearing-fixture.js';
import type { Client } from './support/session.js';
import type { TestApp } from './support/test-app.js';

type Page<T> = { items: T[]; meta: { total: number } };

let t: TestApp;
let ntt: Client;
let jateng: Client;
let national: Client;
let nttPair = '';

const list = async (c: Client) =>
  (await c.request('GET', '/api/clearing/candidates')).json<Page<CandidateSummary>>();

beforeAll(async () => {
  t = await startClearingApp();
  ntt = await officer(t, 'pic.ntt@sigap.test', { level: 'province', region: '53' });
  jateng = await officer(t, 'pic.jateng@sigap.test', { level: 'province', region: '33' });
  national = await officer(t, 'pic@sigap.test', { level: 'national', region: null });
  // a victim of a Kupang case also recorded by a national institution (no region)
  for (const [institution, caseRegion, name] of [
    ['KEMENSOS', '53.71', 'Yohana Benu'],
    ['KEMLU', null, 'YOHANA BENU'],
  ] as const)
    await insertVictim(t.ctx, {
      institution,
      caseRegion,
      name,
      birthDate: '1996-10-02',
      regionCode: '53.01',
      events: malaysia('2021-05-01'),
    });
  // and one in Central Java, recorded twice there
  for (const [institution, name] of [
    ['POLRI', 'Sri Wahyuni'],
    ['BP2MI', 'Sri Wahjoeni'],
  ] as const)
    await insertVictim(t.ctx, {
      institution,
      caseRegion: '33.01',
      name,
      birthDate: '1990-01-20',
      regionCode: '33.01',
      events: [{ type: 'exploitation', date: '2020-03-01', regionCode: null, countryCode: 'TW' }],
    });
});
afterAll(async () => t?.close());

describe('clearing scope', () => {
  it('a provincial run proposes only pairs with a record of its province', async () => {
    const res = await ntt.request('POST', '/api/clearing/run', {});
    expect(res.status).toBe(200);
    expect(res.json<ClearingRunResult>()).toMatchObject({
      records: 4,
      recordsInScope: 1,
      proposed: 1,
    });
    const mine = await list(ntt);
    expect(mine.meta.total).toBe(1);
    nttPair = mine.items[0]?.id ?? '';
    const regions = [mine.items[0]?.a.caseRegionCode, mine.items[0]?.b.caseRegionCode];
    expect(regions.sort()).toEqual(['53.71', null]);
    expect((await list(jateng)).meta.total).toBe(0);
  });

  it("another province's run leaves that pair alone, and neither sees the other's", async () => {
    const res = await jateng.request('POST', '/api/clearing/run', {});
    expect(res.json<ClearingRunResult>()).toMatchObject({ proposed: 1, removed: 0 });
    expect((await list(ntt)).items.map((c) => c.id)).toEqual([nttPair]);
    const javanese = (await list(jateng)).items;
    expect(javanese).toHaveLength(1);
    for (const [who, id] of [
      [jateng, nttPair],
      [ntt, javanese[0]?.id],
    ] as const) {
      expect((await who.request('GET', `/api/clearing/candidates/${id}`)).status).toBe(404);
      expect((await who.request('POST', `/api/clearing/candidates/${id}/not-same`)).status).toBe(
        404,
      );
    }
    expect((await list(national)).meta.total).toBe(2);
  });

  it('a pair no longer proposed leaves the queue on the next run', async () => {
    const [kemlu] = await queryRows<{ id: string }>(
      t.database.db,
      sql`select p.id from case_people p join cases c on c.id = p.case_id
          where c.institution_id = ${institutionId('KEMLU')}`,
    );
    // the record is corrected: it was another woman, of another name and age
    await t.database.db
      .update(casePeople)
      .set({
        ...sealIdentity(t.ctx.fields, {
          name: 'Agustina Manafe',
          nik: null,
          passport: null,
          contact: null,
          address: null,
          birthDate: '1980-02-02',
        }),
        birthYear: 1980,
      })
      .where(eq(casePeople.id, kemlu?.id ?? ''));
    const res = await national.request('POST', '/api/clearing/run', {});
    expect(res.json<ClearingRunResult>()).toMatchObject({ proposed: 1, removed: 1 });
    expect((await list(ntt)).meta.total).toBe(0);
  });

  it('needs the verify permission: case workers and analysts are refused', async () => {
    const worker = await officer(
      t,
      'petugas@sigap.test',
      { level: 'regency', region: '53.71' },
      'case_worker',
    );
    const analyst = await officer(
      t,
      'analis@sigap.test',
      { level: 'national', region: null },
      'analyst',
    );
    for (const c of [worker, analyst]) {
      expect((await c.request('GET', '/api/clearing/candidates')).status).toBe(403);
      expect((await c.request('POST', '/api/clearing/run', {})).status).toBe(403);
      expect((await c.request('GET', `/api/clearing/candidates/${nttPair}`)).status).toBe(403);
    }
  });
});
