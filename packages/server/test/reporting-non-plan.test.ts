import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../src/features/audit/schema.js';
import { institutionId } from '../src/features/institutions/load-institutions.js';
import type { FieldErrors, Page } from './support/organisations.js';
import { type Client, signInAs } from './support/session.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type Activity = {
  id: string;
  institution: { code: string };
  strategy: string;
  title: string;
  year: number;
  regionCodes: string[];
  realisedBudget: number | null;
};

let t: TestApp;
let pelapor: Client;
let kupang: Client;
let jateng: Client;
let analis: Client;
let admin: Client;

beforeAll(async () => {
  t = await startTestApp();
  [pelapor, kupang, jateng, analis, admin] = await Promise.all([
    signInAs(t.app, 'pelapor@sigap.local'),
    signInAs(t.app, 'kupang@sigap.local'),
    signInAs(t.app, 'jateng@sigap.local'),
    signInAs(t.app, 'analis@sigap.local'),
    signInAs(t.app, 'admin@sigap.local'),
  ]);
});
afterAll(() => t.close());

const en = { 'accept-language': 'en' };
const base = {
  strategy: 'koordinasi',
  title: 'Rapat koordinasi lintas provinsi penanganan PMI bermasalah',
  startsOn: '2031-03-10',
  endsOn: '2031-03-11',
  narrative: 'Pemulangan 40 PMI dari Malaysia melalui Entikong',
  regionCodes: ['61'],
  realisedBudget: 120_000_000,
  budgetSource: 'apbn',
};
const list = async (c: Client, q = '') =>
  (await c.request('GET', `/api/non-plan-activities${q}`)).json<Page<Activity>>();

describe('kegiatan non-RAN', () => {
  let id: string;
  let national: string;

  it('records an activity for the reporter’s own institution', async () => {
    const res = await pelapor.request('POST', '/api/non-plan-activities', base);
    expect(res.status).toBe(201);
    const a = res.json<Activity>();
    expect(a).toMatchObject({
      institution: { code: 'KEMENSOS' },
      strategy: 'koordinasi',
      year: 2031,
      regionCodes: ['61'],
      realisedBudget: 120_000_000,
    });
    id = a.id;
    const kemnaker = institutionId('KEMNAKER');
    const other = await pelapor.request(
      'POST',
      '/api/non-plan-activities',
      { ...base, institutionId: kemnaker },
      en,
    );
    expect(other.status).toBe(403);
    expect(other.json<FieldErrors>().error.message).toBe(
      "A reporter records only their own institution's activities",
    );
    const wholeCountry = await pelapor.request('POST', '/api/non-plan-activities', {
      ...base,
      title: 'Kampanye nasional',
      regionCodes: [],
    });
    national = wholeCountry.json<Activity>().id;
  });

  it('refuses bad input, naming the field', async () => {
    const dates = await pelapor.request(
      'POST',
      '/api/non-plan-activities',
      { ...base, endsOn: '2031-03-01' },
      en,
    );
    expect(dates.status).toBe(400);
    expect(dates.json<FieldErrors>().error.fields?.[0]?.path).toBe('endsOn');
    const region = await pelapor.request(
      'POST',
      '/api/non-plan-activities',
      { ...base, regionCodes: ['99.99'] },
      en,
    );
    expect(region.json<FieldErrors>().error.fields).toEqual([
      { path: 'regionCodes.0', message: 'Region 99.99 not found' },
    ]);
  });

  it('is read like reports: own institution for reporters, scope for the others', async () => {
    // the year keeps the demo's own activities out of these lists
    const y = '?year=2031';
    expect((await list(pelapor, y)).items.map((a) => a.id).sort()).toEqual([id, national].sort());
    // Kemensos in Kupang is the same institution
    expect((await list(kupang, y)).meta.total).toBe(2);
    // Jawa Tengah sees national work, not Kalimantan Barat's
    expect((await list(jateng, y)).items.map((a) => a.id)).toEqual([national]);
    expect((await jateng.request('GET', `/api/non-plan-activities/${id}`)).status).toBe(404);
    expect((await list(analis, `${y}&regionCode=61`)).items.map((a) => a.id)).toEqual([id]);
    expect((await list(analis, `${y}&strategy=pencegahan`)).meta.total).toBe(0);
    expect((await list(analis, `${y}&q=kampanye`)).items.map((a) => a.id)).toEqual([national]);
  });

  it('changes and deletes, audited; others may not', async () => {
    const changed = await pelapor.request('PATCH', `/api/non-plan-activities/${id}`, {
      ...base,
      title: 'Rapat koordinasi (revisi)',
      startsOn: '2030-12-30',
      endsOn: null,
    });
    expect(changed.json<Activity>()).toMatchObject({
      title: 'Rapat koordinasi (revisi)',
      year: 2030,
    });
    expect((await jateng.request('PATCH', `/api/non-plan-activities/${id}`, base)).status).toBe(
      403,
    );
    expect((await admin.request('DELETE', `/api/non-plan-activities/${id}`)).status).toBe(204);
    expect((await pelapor.request('GET', `/api/non-plan-activities/${id}`)).status).toBe(404);
    const audit = await t.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, id))
      .orderBy(asc(auditLog.id));
    expect(audit.map((a) => a.action)).toEqual([
      'non_plan_activity.created',
      'non_plan_activity.updated',
      'non_plan_activity.deleted',
    ]);
  });
});
