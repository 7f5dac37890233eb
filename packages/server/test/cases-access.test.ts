import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/platform/db/client.js';
import {
  auditOf,
  caseBody,
  type Detail,
  type ErrorBody,
  unitOf,
  userAs,
  VICTIM,
} from './cases-fixture.js';
import { type Client, signInAs } from './support/session.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Who reaches a case: scope (a district sees its own cases only, a province its districts),
 * break-the-glass for the others, nothing for roles without cases.read; identifying fields are
 * sealed in the database, opened only with an audit entry, and searched through blind indexes.
 */
let t: TestApp;
let admin: Client;
let kupangCity: Client; // petugas@: case worker of Kota Kupang (53.71)
let kupangRegency: { id: string; client: Client }; // case worker of Kabupaten Kupang (53.01)
let ntt: { id: string; client: Client }; // data officer of the province (53)
let caseId: string;
let caseNumber: string;

beforeAll(async () => {
  t = await startTestApp();
  admin = await signInAs(t.app, 'admin@sigap.local');
  kupangCity = await signInAs(t.app, 'petugas@sigap.local');
  const db = t.database.db;
  kupangRegency = await userAs(t.app, db, {
    email: 'cw5301@uji.local',
    role: 'case_worker',
    scope: 'regency',
    region: '53.01',
  });
  ntt = await userAs(t.app, db, {
    email: 'pic53@uji.local',
    role: 'data_officer',
    scope: 'province',
    region: '53',
  });
  const unit = await unitOf(admin, '53.01');
  const res = await kupangRegency.client.request('POST', '/api/cases', caseBody(unit));
  expect(res.status, res.body).toBe(201);
  caseId = res.json<Detail>().id;
  caseNumber = res.json<Detail>().caseNumber;
});
afterAll(() => t.close());

const get = (c: Client, url: string) => c.request('GET', url);

describe('scope', () => {
  it('a district case worker does not see a case of another district', async () => {
    // the demo holds many cases: find this one by its number, which only owners find
    const list = await get(kupangCity, `/api/cases?q=${caseNumber}`);
    expect(list.status).toBe(200);
    expect(list.json<{ items: Array<{ id: string }> }>().items).toEqual([]);
    const patch = await kupangCity.request('PATCH', `/api/cases/${caseId}`, {
      version: 1,
      status: 'follow_up',
    });
    expect(patch.status).toBe(404);
    const events = await kupangCity.request('POST', `/api/cases/${caseId}/events`, {
      eventType: 'transit',
    });
    expect(events.status).toBe(404);
    // the case itself: it exists, and break-the-glass could open it
    const one = await get(kupangCity, `/api/cases/${caseId}`);
    expect(one.status).toBe(403);
    expect(one.json<ErrorBody>().error.code).toBe('BREAK_GLASS_REQUIRED');
    const missing = await get(kupangCity, '/api/cases/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
  });

  it('the province data officer sees the cases of its districts, the recorder its own', async () => {
    for (const c of [ntt.client, kupangRegency.client]) {
      const list = await get(c, `/api/cases?q=${caseNumber.toLowerCase()}`);
      const items = list.json<{ items: Array<{ id: string; access: string; hasMinor: boolean }> }>()
        .items;
      expect(items.find((x) => x.id === caseId)).toMatchObject({ access: 'owner', hasMinor: true });
    }
    expect((await get(ntt.client, `/api/cases/${caseId}`)).status).toBe(200);
  });

  it('limits a national case worker to the cases of their own institution', async () => {
    const national = await userAs(t.app, t.database.db, {
      email: 'kemensos@uji.local',
      role: 'case_worker',
      scope: 'national',
      region: null,
      institution: 'KEMENSOS',
    });
    const own = await national.client.request('POST', '/api/cases', {
      reportedOn: '2024-05-01',
      source: 'repatriation',
    });
    expect(own.status, own.body).toBe(201);
    const find = async (number: string) =>
      (await national.client.request('GET', `/api/cases?q=${number}`))
        .json<{ items: Array<{ id: string }> }>()
        .items.map((c) => c.id);
    expect(await find(own.json<Detail>().caseNumber)).toEqual([own.json<Detail>().id]);
    expect(await find(caseNumber)).toEqual([]); // a KEMENPPPA case of 53.01
    const list = (await national.client.request('GET', '/api/cases?pageSize=200')).json<{
      items: Array<{ institution: { name: string } }>;
    }>();
    expect(new Set(list.items.map((c) => c.institution.name))).toEqual(
      new Set(['Kementerian Sosial']),
    );
    expect((await national.client.request('GET', `/api/cases/${caseId}`)).status).toBe(403);
  });

  it('an analyst (no cases.read) is refused every case route, whatever the id', async () => {
    const analyst = await signInAs(t.app, 'analis@sigap.local');
    for (const url of ['/api/cases', `/api/cases/${caseId}`, '/api/referrals'])
      expect((await get(analyst, url)).json<ErrorBody>().error.code).toBe('FORBIDDEN');
    const glass = await analyst.request('POST', `/api/cases/${caseId}/break-glass`, {
      reason: 'Saya perlu melihat kasus ini untuk analisis tren.',
    });
    expect(glass.status).toBe(403);
    expect(glass.json<ErrorBody>().error.code).toBe('FORBIDDEN');
  });
});

describe('identifying data', () => {
  it('is sealed in the database: no name, NIK, contact, birth date or summary in clear', async () => {
    const [person] = await queryRows<Record<string, unknown>>(
      t.database.db,
      sql`select * from case_people where case_id = ${caseId}`,
    );
    const [row] = await queryRows<Record<string, unknown>>(
      t.database.db,
      sql`select * from cases where id = ${caseId}`,
    );
    const stored = JSON.stringify([person, row]);
    for (const plain of [
      'Aminah',
      '5301012345678901',
      '3456 7890',
      '2009-03-14',
      'Kenanga',
      'calo di',
    ])
      expect(stored).not.toContain(plain);
    expect(String(person?.name_enc)).toMatch(/^k\w*:/);
    expect(person?.birth_year).toBe(2009);
    // nor in the audit log
    const audit = await queryRows<{ entry: string }>(
      t.database.db,
      sql`select coalesce(before::text, '') || coalesce(after::text, '') as entry from audit_log`,
    );
    const log = audit.map((a) => a.entry).join('\n');
    for (const plain of ['Aminah', '5301012345678901', 'Kenanga', 'calo di Oelamasi'])
      expect(log).not.toContain(plain);
  });

  it('is opened for a reader in scope, and the read is audited with the fields', async () => {
    const before = (await auditOf(t.database.db, 'case.identity.read')).length;
    const res = await get(ntt.client, `/api/cases/${caseId}`);
    const detail = res.json<Detail>();
    expect(detail.identity).toBe('open');
    expect(detail.summary).toContain('Siti Aminah');
    const victim = detail.people[0];
    expect(victim?.identity).toMatchObject({
      name: VICTIM.name,
      nik: '5301012345678901',
      birthDate: VICTIM.birthDate,
    });
    expect(victim).toMatchObject({ isMinor: true, ageAtIdentification: 15 });
    const reads = await auditOf(t.database.db, 'case.identity.read');
    expect(reads).toHaveLength(before + 1);
    const last = reads.at(-1);
    expect(last).toMatchObject({
      entity_type: 'case',
      entity_id: caseId,
      actor_email: 'pic53@uji.local',
    });
    expect(last?.after).toMatchObject({
      personIds: [victim?.id],
      people: [
        { personId: victim?.id, fields: ['name', 'nik', 'contact', 'address', 'birthDate'] },
      ],
      summaryOf: [caseId],
    });
  });

  it('the masked view opens nothing and writes no audit entry', async () => {
    const before = (await auditOf(t.database.db, 'case.identity.read')).length;
    const res = await get(ntt.client, `/api/cases/${caseId}?identity=masked`);
    const detail = res.json<Detail>();
    expect(detail.identity).toBe('masked');
    expect(detail.summary).toBeNull();
    expect(detail.people[0]?.identity).toBeNull();
    expect(detail.people[0]?.identityFields).toEqual([
      'name',
      'nik',
      'contact',
      'address',
      'birthDate',
    ]);
    expect(res.body).not.toContain('Aminah');
    // lists never open anything either
    const list = await get(ntt.client, '/api/cases?q=aminah');
    expect(list.body).not.toContain('Aminah');
    expect((await auditOf(t.database.db, 'case.identity.read')).length).toBe(before);
  });

  it('is found by name variants and by NIK through blind indexes, within scope only', async () => {
    const ids = async (c: Client, q: string) =>
      (
        await get(
          c,
          `/api/cases?year=2024&regionCode=53.01&pageSize=200&q=${encodeURIComponent(q)}`,
        )
      )
        .json<{ items: Array<{ id: string }> }>()
        .items.map((x) => x.id);
    expect(await ids(ntt.client, 'aminah siti')).toContain(caseId);
    expect(await ids(ntt.client, 'Hj. SITI AMINAH')).toContain(caseId);
    expect(await ids(ntt.client, 'Ahmad')).toContain(caseId);
    expect(await ids(ntt.client, '5301-0123-4567-8901')).toContain(caseId);
    expect(await ids(ntt.client, 'siti rahayu')).not.toContain(caseId);
    expect(await ids(ntt.client, '5301012345678900')).not.toContain(caseId);
    expect(await ids(kupangCity, 'aminah siti')).not.toContain(caseId);
  });
});

describe('break-the-glass', () => {
  it('needs a written reason of at least 20 characters', async () => {
    const res = await kupangCity.request('POST', `/api/cases/${caseId}/break-glass`, {
      reason: 'darurat',
    });
    expect(res.status).toBe(400);
    expect(res.json<ErrorBody>().error.fields?.[0]?.path).toBe('reason');
  });

  it('grants a time-limited read, audits it and notifies the case owners', async () => {
    const reason = 'Korban datang ke UPTD PPA Kota Kupang malam ini dan perlu penanganan segera.';
    const res = await kupangCity.request('POST', `/api/cases/${caseId}/break-glass`, { reason });
    expect(res.status, res.body).toBe(201);
    const grant = res.json<{ id: string; expiresAt: string; notified: number }>();
    const hours = (new Date(grant.expiresAt).getTime() - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24);
    const [audit] = (await auditOf(t.database.db, 'case.break_glass')).slice(-1);
    expect(audit).toMatchObject({ entity_id: caseId, actor_email: 'petugas@sigap.local' });
    expect(audit?.after).toMatchObject({ reason, grantId: grant.id });
    // the creator (also a handler of 53.01) and the province's data officers are told; not the
    // national ones, nor the user who broke the glass
    const told = await queryRows<{ email: string }>(
      t.database.db,
      sql`select u.email from notifications n join users u on u.id = n.user_id
        where n.kind = 'case_break_glass' and n.dedupe_key = ${`break-glass:${grant.id}`}`,
    );
    const emails = told.map((r) => r.email);
    expect(emails).toEqual(expect.arrayContaining(['cw5301@uji.local', 'pic53@uji.local']));
    expect(emails).not.toContain('petugas@sigap.local');
    expect(emails).not.toContain('admin@sigap.local');
    expect(grant.notified).toBe(emails.length);
    for (const owner of [kupangRegency.client, ntt.client]) {
      const inbox = await get(owner, '/api/notifications');
      const n = inbox.json<{ items: Array<{ kind: string; body: { en: string } }> }>().items;
      expect(n.find((x) => x.kind === 'case_break_glass')?.body.en).toContain(reason);
    }
    const opened = await get(kupangCity, `/api/cases/${caseId}`);
    expect(opened.status).toBe(200);
    expect(opened.json<Detail>()).toMatchObject({ access: 'grant', identity: 'open' });
    const reads = await auditOf(t.database.db, 'case.identity.read');
    expect(reads.at(-1)?.after).toMatchObject({ access: 'grant' });
    // a grant reads, it does not change the case
    const patch = await kupangCity.request('PATCH', `/api/cases/${caseId}`, {
      version: 1,
      status: 'follow_up',
    });
    expect(patch.status).toBe(403);
    // a second grant while one lives is refused
    const again = await kupangCity.request('POST', `/api/cases/${caseId}/break-glass`, { reason });
    expect(again.status).toBe(409);
    // once it has expired, the case is closed again
    await t.database.db.execute(
      sql`update case_access_grants set expires_at = now() - interval '1 minute' where id = ${grant.id}`,
    );
    const closed = await get(kupangCity, `/api/cases/${caseId}`);
    expect(closed.json<ErrorBody>().error.code).toBe('BREAK_GLASS_REQUIRED');
  });

  it('answers 404 for an id that does not exist', async () => {
    const res = await kupangCity.request(
      'POST',
      '/api/cases/00000000-0000-4000-8000-000000000000/break-glass',
      { reason: 'Korban datang ke UPTD PPA Kota Kupang malam ini.' },
    );
    expect(res.status).toBe(404);
  });
});
