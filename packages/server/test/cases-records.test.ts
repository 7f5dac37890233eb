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
 * Recording a case: picklists from the reference table, validation that names the field in
 * both languages and writes nothing, case numbers, events in order, ages, optimistic versions,
 * verification by the PIC data.
 */
let t: TestApp;
let admin: Client;
let worker: { id: string; client: Client };
let pic: { id: string; client: Client };
let unit: string;

beforeAll(async () => {
  t = await startTestApp();
  admin = await signInAs(t.app, 'admin@sigap.local');
  worker = await userAs(t.app, t.database.db, {
    email: 'cw5301@uji.local',
    role: 'case_worker',
    scope: 'regency',
    region: '53.01',
  });
  pic = await userAs(t.app, t.database.db, {
    email: 'pic53@uji.local',
    role: 'data_officer',
    scope: 'province',
    region: '53',
  });
  unit = await unitOf(admin, '53.01');
  // an installation retires a value: still listed (old records), no longer accepted
  await t.database.db.execute(
    sql`update picklist_values set active = false where list = 'modus' and code = 'magang_beasiswa'`,
  );
});
afterAll(() => t.close());

const countCases = async () =>
  (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from cases`))[0]?.n;

const post = (body: unknown, lang = 'id') =>
  worker.client.request('POST', '/api/cases', body, { 'accept-language': lang });

describe('picklists', () => {
  it('come from the reference table with both labels, HTCDS names and the active flag', async () => {
    const res = await worker.client.request('GET', '/api/picklists');
    expect(res.status).toBe(200);
    const lists = res.json<Record<string, Array<Record<string, unknown>>>>();
    expect(lists.case_status?.[1]).toEqual({
      code: 'follow_up',
      id: 'Tindak lanjut',
      en: 'Follow-up',
      htcds: 'FollowUp',
      active: true,
    });
    expect(lists.modus?.find((m) => m.code === 'magang_beasiswa')?.active).toBe(false);
    const some = await worker.client.request('GET', '/api/picklists?lists=sex,case_source');
    expect(Object.keys(some.json())).toEqual(['case_source', 'sex']);
  });
});

describe('validation', () => {
  it('refuses a future date and an age of 130, naming the fields in the user’s language', async () => {
    const body = caseBody(unit, {
      reportedOn: '2999-01-01',
      people: [{ role: 'victim', name: 'Ani', statedAge: 130 }],
    });
    const before = await countCases();
    const id = await post(body, 'id');
    expect(id.status).toBe(400);
    const idFields = id.json<ErrorBody>().error.fields ?? [];
    expect(idFields).toEqual(
      expect.arrayContaining([
        { path: 'reportedOn', message: 'Tanggal tidak boleh di masa depan' },
        { path: 'people.0.statedAge', message: 'Maksimal 120' },
      ]),
    );
    const en = await post(body, 'en');
    expect(en.json<ErrorBody>().error.fields).toEqual(
      expect.arrayContaining([
        { path: 'reportedOn', message: 'The date may not be in the future' },
        { path: 'people.0.statedAge', message: 'Must be at most 120' },
      ]),
    );
    expect(await countCases()).toBe(before);
  });

  it('refuses unknown or retired codes and unknown places, every one named, nothing written', async () => {
    const body = caseBody(unit, {
      modus: ['pmi_nonprosedural', 'magang_beasiswa', 'bukan_kode'],
      events: [
        { eventType: 'recruitment', regionCode: '53.99' },
        { eventType: 'exploitation', countryCode: 'XX' },
      ],
      people: [
        { ...VICTIM, sex: 'robot', birthDate: '1890-01-01' },
        { role: 'perpetrator', name: 'Calo', traffickingStatus: 'actual' },
      ],
    });
    const before = await countCases();
    const id = await post(body, 'id');
    expect(id.status).toBe(400);
    const fields = Object.fromEntries(
      (id.json<ErrorBody>().error.fields ?? []).map((f) => [f.path, f.message]),
    );
    expect(fields).toEqual({
      'modus.1': 'Modus: kode "magang_beasiswa" tidak ada dalam daftar pilihan',
      'modus.2': 'Modus: kode "bukan_kode" tidak ada dalam daftar pilihan',
      'events.0.regionCode': 'Wilayah (Indonesia): kode wilayah "53.99" tidak dikenal',
      'events.1.countryCode': 'Negara: kode negara "XX" tidak dikenal',
      'people.0.sex': 'Jenis kelamin: kode "robot" tidak ada dalam daftar pilihan',
      'people.0.birthDate': 'Tanggal lahir: usia lebih dari 120 tahun',
      'people.1.traffickingStatus': 'Status korban: hanya untuk korban',
    });
    const en = await post(body, 'en');
    const enFields = (en.json<ErrorBody>().error.fields ?? []).map((f) => f.message);
    expect(enFields).toContain('Modus operandi: "bukan_kode" is not a known code of the picklist');
    expect(enFields).toContain('Region (Indonesia): unknown region code "53.99"');
    expect(await countCases()).toBe(before);
  });

  it('requires a reason to close a case and a region within scope', async () => {
    const closed = await post(caseBody(unit, { status: 'closed' }));
    expect(closed.json<ErrorBody>().error.fields?.[0]?.path).toBe('closureReason');
    const elsewhere = await post({
      ...caseBody(unit),
      serviceUnitId: undefined,
      regionCode: '33.74',
    });
    expect(elsewhere.status).toBe(403);
  });
});

describe('case records', () => {
  let id: string;
  let caseNumber: string;

  it('numbers cases per report year and keeps the events in order', async () => {
    const a = (await post(caseBody(unit))).json<Detail>();
    const b = (await post(caseBody(unit))).json<Detail>();
    id = a.id;
    caseNumber = a.caseNumber;
    expect(a.caseNumber).toMatch(/^TPPO-2024-\d{6}$/);
    expect(Number(b.caseNumber.slice(-6))).toBe(Number(a.caseNumber.slice(-6)) + 1);
    expect(a.events.map((e) => [e.seq, e.eventType.code, e.countryCode])).toEqual([
      [1, 'recruitment', 'ID'],
      [2, 'transit', 'ID'],
      [3, 'exploitation', 'MY'],
    ]);
    const added = await worker.client.request('POST', `/api/cases/${id}/events`, {
      eventType: 'exploitation',
      countryCode: 'kh',
      occurredOn: '2024-03-01',
    });
    expect(added.status, added.body).toBe(201);
    const moved = await worker.client.request(
      'PATCH',
      `/api/cases/${id}/events/${added.json<{ id: string }>().id}`,
      { seq: 1 },
    );
    const order = moved.json<Detail>().events.map((e) => e.countryCode);
    expect(order).toEqual(['KH', 'ID', 'ID', 'MY']);
    const first = moved.json<Detail>().events[0]?.id;
    const removed = await worker.client.request('DELETE', `/api/cases/${id}/events/${first}`);
    expect(removed.status).toBe(204);
    const after = (
      await worker.client.request('GET', `/api/cases/${id}?identity=masked`)
    ).json<Detail>();
    expect(after.events.map((e) => e.seq)).toEqual([1, 2, 3]);
    const clash = await worker.client.request('POST', `/api/cases/${id}/events`, {
      eventType: 'transit',
      regionCode: '21.71',
      countryCode: 'MY',
    });
    expect(clash.json<ErrorBody>().error.fields?.[0]?.path).toBe('countryCode');
  });

  it('places events and homes down to a desa where the installation loaded them', async () => {
    // kecamatan and desa are loaded on demand (`sigap regions import`): two rows stand for them
    await t.database.db.execute(sql`insert into regions (code, name, level, parent_code, valid_from)
      values ('53.01.05', 'Kupang Timur', 'district', '53.01', '2000-01-01'),
             ('53.01.05.2001', 'Oelatimo', 'village', '53.01.05', '2000-01-01')`);
    const res = await post(
      caseBody(unit, {
        events: [
          { eventType: 'recruitment', occurredOn: '2024-01-10', regionCode: '53.01.05.2001' },
        ],
        people: [{ ...VICTIM, addressRegionCode: '53.01.05' }],
      }),
    );
    expect(res.status, res.body).toBe(201);
    const created = res.json<Detail>();
    expect(created.events[0]?.regionCode).toBe('53.01.05.2001');
    const unknown = await post(
      caseBody(unit, {
        events: [
          { eventType: 'recruitment', occurredOn: '2024-01-10', regionCode: '53.01.05.2099' },
        ],
      }),
    );
    expect(unknown.status).toBe(400);
    expect(unknown.json<ErrorBody>().error.fields?.[0]?.path).toBe('events.0.regionCode');
  });

  it('moves the ages with the report date and refuses one before a birth date', async () => {
    const created = (await post(caseBody(unit))).json<Detail>();
    expect(created.people[0]).toMatchObject({ ageAtIdentification: 15, isMinor: true });
    const patch = (body: Record<string, unknown>) =>
      worker.client.request('PATCH', `/api/cases/${created.id}`, body);
    const earlier = await patch({ version: created.version, reportedOn: '2020-01-02' });
    expect(earlier.status, earlier.body).toBe(200);
    expect(earlier.json<Detail>().people[0]?.ageAtIdentification).toBe(10);
    const before = await patch({ version: created.version + 1, reportedOn: '2008-01-01' });
    expect(before.status).toBe(400);
    expect(before.json<ErrorBody>().error.fields?.[0]?.path).toBe('reportedOn');
    const now = (
      await worker.client.request('GET', `/api/cases/${created.id}?identity=masked`)
    ).json<Detail>();
    expect(now).toMatchObject({ reportedOn: '2020-01-02', version: created.version + 1 });
    expect(now.people[0]?.ageAtIdentification).toBe(10);
  });

  it('computes the age from the birth date, else takes the stated age', async () => {
    const victimId = (
      await worker.client.request('GET', `/api/cases/${id}?identity=masked`)
    ).json<Detail>().people[0]?.id;
    const patch = (body: unknown) =>
      worker.client.request('PATCH', `/api/cases/${id}/people/${victimId}`, body);
    const adult = (await patch({ birthDate: '1990-07-01', statedAge: 9 })).json<Detail>();
    expect(adult.people[0]).toMatchObject({ ageAtIdentification: 33, isMinor: false });
    const stated = (await patch({ statedAge: 16 })).json<Detail>();
    expect(stated.people[0]?.ageAtIdentification).toBe(33);
    const cleared = (await patch({ birthDate: null, statedAge: 16 })).json<Detail>();
    expect(cleared.people[0]).toMatchObject({ ageAtIdentification: 16, isMinor: true });
    expect(cleared.people[0]?.identityFields).not.toContain('birthDate');
    // audited in the same transaction, sealed columns redacted, blind indexes left out
    const audit = (await auditOf(t.database.db, 'case.person.updated')).at(-1);
    expect(audit?.entity_id).toBe(victimId);
    expect(audit?.before).toMatchObject({ nameEnc: '[sealed]', birthDateEnc: '[sealed]' });
    expect(audit?.after).toMatchObject({ birthDateEnc: null, ageAtIdentification: 16 });
    expect(JSON.stringify(audit)).not.toMatch(/Bidx|Aminah|1990-07-01/);
  });

  it('records the legal process step by step', async () => {
    const url = `/api/cases/${id}/legal-steps`;
    const future = await worker.client.request('POST', url, {
      step: 'police_report',
      occurredOn: '2999-01-01',
    });
    expect(future.json<ErrorBody>().error.fields?.[0]?.path).toBe('occurredOn');
    const created = await worker.client.request('POST', url, {
      step: 'sentence',
      occurredOn: '2024-09-02',
      referenceNumber: '12/Pid.Sus/2024/PN Kpg',
      sentenceMonths: 48,
    });
    expect(created.status, created.body).toBe(201);
    const stepId = created.json<{ id: string }>().id;
    expect((await worker.client.request('PATCH', `${url}/${stepId}`, {})).status).toBe(200);
    const changed = await worker.client.request('PATCH', `${url}/${stepId}`, {
      sentenceMonths: 60,
    });
    expect(
      changed.json<{ legalSteps: Array<{ sentenceMonths: number; step: { en: string } }> }>()
        .legalSteps,
    ).toEqual([
      expect.objectContaining({
        sentenceMonths: 60,
        step: expect.objectContaining({ en: 'Sentence' }),
      }),
    ]);
    expect((await worker.client.request('DELETE', `${url}/${stepId}`)).status).toBe(204);
    expect((await auditOf(t.database.db, 'case.legal_step.deleted')).at(-1)?.entity_id).toBe(
      stepId,
    );
  });

  it('refuses a change made on an old version', async () => {
    const first = await worker.client.request('PATCH', `/api/cases/${id}`, {
      version: 1,
      status: 'follow_up',
    });
    expect(first.status).toBe(200);
    expect(first.json<Detail>().version).toBe(2);
    const stale = await worker.client.request(
      'PATCH',
      `/api/cases/${id}`,
      { version: 1, modus: ['online_scam'] },
      { 'accept-language': 'en' },
    );
    expect(stale.status).toBe(409);
    expect(stale.json<ErrorBody>().error.fields?.[0]?.path).toBe('version');
    expect(stale.json<ErrorBody>().error.message).toContain('changed the case meanwhile');
  });

  it('is verified or rejected (with a reason) by the PIC data, and filtered by that state', async () => {
    const byWorker = await worker.client.request('POST', `/api/cases/${id}/verification`, {
      state: 'verified',
    });
    expect(byWorker.status).toBe(403);
    const noReason = await pic.client.request('POST', `/api/cases/${id}/verification`, {
      state: 'rejected',
    });
    expect(noReason.json<ErrorBody>().error.fields).toEqual([
      { path: 'reason', message: 'Alasan penolakan wajib diisi' },
    ]);
    const rejected = await pic.client.request('POST', `/api/cases/${id}/verification`, {
      state: 'rejected',
      reason: 'Tanggal laporan tidak sesuai berkas',
    });
    expect(rejected.json()).toMatchObject({ state: 'rejected', by: pic.id });
    const ids = async (state: string) =>
      (await pic.client.request('GET', `/api/cases?verification=${state}&q=${caseNumber}`))
        .json<{ items: Array<{ id: string }> }>()
        .items.map((c) => c.id);
    expect(await ids('rejected')).toEqual([id]);
    expect(await ids('verified')).toEqual([]);
    expect((await auditOf(t.database.db, 'case.verification')).at(-1)?.after).toEqual({
      verificationState: 'rejected',
      verificationReason: 'Tanggal laporan tidak sesuai berkas',
    });
    const personId = (
      await pic.client.request('GET', `/api/cases/${id}?identity=masked`)
    ).json<Detail>().people[0]?.id;
    const person = await pic.client.request('POST', `/api/case-people/${personId}/verification`, {
      state: 'verified',
    });
    expect(person.json()).toMatchObject({ state: 'verified' });
    const outside = await signInAs(t.app, 'petugas@sigap.local');
    const far = await outside.request('POST', `/api/case-people/${personId}/verification`, {
      state: 'verified',
    });
    expect(far.status).toBe(403); // a case worker has no cases.verify at all
  });
});
