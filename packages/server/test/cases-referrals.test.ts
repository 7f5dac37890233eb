import { PICKLISTS } from '@sigap/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
 * Referrals from the destination back to the origin: consent before identity is shared, the
 * receiving region reaches the case only once it accepts, records services there, and the
 * victim's timeline shows what is done and what is still open.
 */
let t: TestApp;
let admin: Client;
let batam: { id: string; client: Client }; // case worker where the victim was found (21.71)
let origin: { id: string; client: Client }; // case worker of the victim's home (53.01)
let semarang: { id: string; client: Client }; // an uninvolved region (33.74)
let caseId: string;
let victimId: string;
let originUnit: string;

type Referral = {
  id: string;
  caseId: string;
  status: string;
  sharesIdentity: boolean;
  person: unknown;
};

/** The referrals of this test's case in a list (the demo has referrals of its own). */
async function referralsOf(c: Client, direction: 'incoming' | 'outgoing') {
  const res = await c.request('GET', `/api/referrals?direction=${direction}&pageSize=200`);
  expect(res.status).toBe(200);
  return res.json<{ items: Referral[] }>().items.filter((r) => r.caseId === caseId);
}

beforeAll(async () => {
  t = await startTestApp();
  admin = await signInAs(t.app, 'admin@sigap.local');
  const db = t.database.db;
  batam = await userAs(t.app, db, {
    email: 'cw2171@uji.local',
    role: 'case_worker',
    scope: 'regency',
    region: '21.71',
  });
  origin = await userAs(t.app, db, {
    email: 'cw5301@uji.local',
    role: 'case_worker',
    scope: 'regency',
    region: '53.01',
  });
  semarang = await userAs(t.app, db, {
    email: 'cw3374@uji.local',
    role: 'case_worker',
    scope: 'regency',
    region: '33.74',
  });
  originUnit = await unitOf(admin, '53.01');
  const body = caseBody(await unitOf(admin, '21.71'), {
    people: [
      VICTIM,
      { role: 'perpetrator', name: 'Yohanes Calo', perpetratorRoles: ['recruiter'] },
    ],
  });
  const res = await batam.client.request('POST', '/api/cases', body);
  expect(res.status, res.body).toBe(201);
  const detail = res.json<Detail>();
  caseId = detail.id;
  victimId = detail.people.find((p) => p.role === 'victim')?.id ?? '';
});
afterAll(() => t.close());

const refer = (extra: Record<string, unknown> = {}, lang = 'id') =>
  batam.client.request(
    'POST',
    `/api/cases/${caseId}/referrals`,
    {
      personId: victimId,
      toUnitId: originUnit,
      serviceTypes: ['reintegration', 'economic_empowerment'],
      reason: 'Pemulangan ke daerah asal dan reintegrasi keluarga',
      ...extra,
    },
    { 'accept-language': lang },
  );

describe('referral and consent', () => {
  it('refuses to share identifying data without the victim’s consent, in both languages', async () => {
    const id = await refer({}, 'id');
    expect(id.status).toBe(400);
    expect(id.json<ErrorBody>().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ path: 'shareIdentity' }],
    });
    expect(id.json<ErrorBody>().error.message).toContain('persetujuan korban');
    const en = await refer({}, 'en');
    expect(en.json<ErrorBody>().error.message).toContain("victim's consent");
    // a withdrawn consent is no consent
    for (const given of [true, false]) {
      const c = await batam.client.request('POST', `/api/cases/${caseId}/consents`, {
        personId: victimId,
        kind: 'share_for_referral',
        given,
        recordedOn: given ? '2024-06-20' : '2024-06-21',
      });
      expect(c.status, c.body).toBe(201);
    }
    expect((await refer()).status).toBe(400);
  });

  it('sends once the consent is given; the origin is notified but does not reach the case yet', async () => {
    const c = await batam.client.request('POST', `/api/cases/${caseId}/consents`, {
      personId: victimId,
      kind: 'share_for_referral',
      given: true,
      recordedOn: '2024-06-22',
    });
    expect(c.status).toBe(201);
    const sent = await refer();
    expect(sent.status, sent.body).toBe(201);
    const inbox = await origin.client.request('GET', '/api/notifications');
    expect(inbox.json<{ items: Array<{ kind: string }> }>().items.map((n) => n.kind)).toContain(
      'referral_received',
    );
    const [item, more] = await referralsOf(origin.client, 'incoming');
    expect(more).toBeUndefined();
    expect(item).toMatchObject({
      status: 'sent',
      sharesIdentity: true,
      person: { isMinor: true, ageAtIdentification: 15, sex: { code: 'female' } },
    });
    expect(JSON.stringify(item)).not.toContain('Aminah');
    const one = await origin.client.request('GET', `/api/cases/${caseId}`);
    expect(one.json<ErrorBody>().error.code).toBe('BREAK_GLASS_REQUIRED');
    // another region does not even see it
    expect(await referralsOf(semarang.client, 'incoming')).toEqual([]);
    // the same victim cannot be referred twice to the same unit while it is open
    expect((await refer()).status).toBe(409);
  });

  it('accepting gives the origin region the case, with the referred victim’s identity only', async () => {
    const [r] = await referralsOf(origin.client, 'incoming');
    const accepted = await origin.client.request('POST', `/api/referrals/${r?.id}/accept`);
    expect(accepted.status, accepted.body).toBe(200);
    expect(accepted.json<Referral>().status).toBe('accepted');
    expect((await auditOf(t.database.db, 'case.referral.accept')).at(-1)?.entity_id).toBe(r?.id);
    const again = await origin.client.request('POST', `/api/referrals/${r?.id}/accept`);
    expect(again.status).toBe(409);

    const res = await origin.client.request('GET', `/api/cases/${caseId}`);
    expect(res.status).toBe(200);
    const detail = res.json<Detail>();
    expect(detail.access).toBe('referral');
    expect(detail.summary).toBeNull();
    const victim = detail.people.find((p) => p.role === 'victim');
    const perpetrator = detail.people.find((p) => p.role === 'perpetrator');
    expect(victim?.identity?.name).toBe(VICTIM.name);
    expect(perpetrator?.identity).toBeNull();
    expect(res.body).not.toContain('Yohanes');
    // listed for the origin now, and the sender hears the answer
    const number = detail.caseNumber;
    const list = await origin.client.request('GET', `/api/cases?q=${number}`);
    expect(list.json<{ items: Array<{ id: string; access: string }> }>().items).toContainEqual(
      expect.objectContaining({ id: caseId, access: 'referral' }),
    );
    const inbox = await batam.client.request('GET', '/api/notifications');
    expect(inbox.body).toContain('referral_answered');
    expect((await referralsOf(batam.client, 'outgoing')).map((x) => x.status)).toEqual([
      'accepted',
    ]);
  });

  it('keeps the consent and the victim a referral relied on', async () => {
    const masked = (
      await batam.client.request('GET', `/api/cases/${caseId}?identity=masked`)
    ).json<Detail>();
    const consents = masked.people.find((p) => p.id === victimId)?.consents ?? [];
    expect(consents.map((c) => c.given)).toEqual([true, false, true]);
    const ground = consents.at(-1)?.id;
    const del = await batam.client.request('DELETE', `/api/cases/${caseId}/consents/${ground}`);
    expect(del.status).toBe(409);
    const person = await batam.client.request('DELETE', `/api/cases/${caseId}/people/${victimId}`);
    expect(person.status).toBe(409);
  });

  it('the origin records services for the referred victim but does not change the case', async () => {
    const service = await origin.client.request('POST', `/api/cases/${caseId}/services`, {
      personId: victimId,
      serviceType: 'reintegration',
      providerUnitId: originUnit,
      status: 'in_progress',
      startedOn: '2024-07-01',
    });
    expect(service.status, service.body).toBe(201);
    const patch = await origin.client.request('PATCH', `/api/cases/${caseId}`, {
      version: 1,
      status: 'follow_up',
    });
    expect(patch.status).toBe(403);
  });

  it('a referral without identity needs no consent, and a declined one gives no access', async () => {
    const semarangUnit = await unitOf(admin, '33.74');
    const sent = await refer({ toUnitId: semarangUnit, shareIdentity: false });
    expect(sent.status, sent.body).toBe(201);
    const [r] = await referralsOf(semarang.client, 'incoming');
    expect(r?.sharesIdentity).toBe(false);
    const noReason = await semarang.client.request('POST', `/api/referrals/${r?.id}/decline`, {});
    expect(noReason.status).toBe(400);
    const declined = await semarang.client.request('POST', `/api/referrals/${r?.id}/decline`, {
      reason: 'Kapasitas rumah aman penuh bulan ini',
    });
    expect(declined.json<{ status: string; declineReason: string }>()).toMatchObject({
      status: 'declined',
      declineReason: 'Kapasitas rumah aman penuh bulan ini',
    });
    const one = await semarang.client.request('GET', `/api/cases/${caseId}`);
    expect(one.status).toBe(403);
  });
});

describe("a victim's timeline", () => {
  it('lists every service type in paripurna order with what is done and what is open', async () => {
    const done = await batam.client.request('POST', `/api/cases/${caseId}/services`, {
      personId: victimId,
      serviceType: 'identification',
      status: 'completed',
      startedOn: '2024-06-20',
      endedOn: '2024-06-21',
    });
    expect(done.status).toBe(201);
    const res = await origin.client.request(
      'GET',
      `/api/cases/${caseId}/people/${victimId}/timeline`,
    );
    expect(res.status, res.body).toBe(200);
    const tl = res.json<{
      isMinor: boolean;
      stages: Array<{ serviceType: { code: string }; state: string; services: unknown[] }>;
      totals: { done: number; open: number; notStarted: number };
      referrals: Referral[];
    }>();
    expect(tl.stages.map((s) => s.serviceType.code)).toEqual(
      PICKLISTS.service_type.map((s) => s.code),
    );
    const state = Object.fromEntries(tl.stages.map((s) => [s.serviceType.code, s.state]));
    expect(state).toMatchObject({
      identification: 'done',
      reintegration: 'open',
      health: 'not_started',
    });
    expect(tl.totals).toEqual({ done: 1, open: 1, notStarted: PICKLISTS.service_type.length - 2 });
    expect(tl.isMinor).toBe(true);
    expect(tl.referrals.map((r) => r.status).sort()).toEqual(['accepted', 'declined']);
    // completing the referral closes the loop
    const accepted = tl.referrals.find((r) => r.status === 'accepted');
    const complete = await origin.client.request('POST', `/api/referrals/${accepted?.id}/complete`);
    expect(complete.json<Referral>().status).toBe('completed');
  });
});
