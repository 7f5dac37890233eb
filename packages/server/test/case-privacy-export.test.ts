import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import { TextWriter, Uint8ArrayReader, ZipReader } from '@zip.js/zip.js';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../src/features/audit/schema.js';
import { sealIdentity } from '../src/features/cases/person-crypto.js';
import {
  caseEvents,
  casePeople,
  cases,
  legalSteps,
  referrals,
  victimServices,
} from '../src/features/cases/schema.js';
import { DEMO_ACCOUNTS } from '../src/features/demo/demo-accounts.js';
import { institutions } from '../src/features/institutions/schema.js';
import { parseCsv } from '../src/features/regions/csv.js';
import { serviceUnits } from '../src/features/service-units/schema.js';
import { type Client, signInAs } from './support/session.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let admin: Client;
const PASSWORD = 'kupang-rahasia-2024!';
const FILES = [
  'cases.csv',
  'events.csv',
  'people.csv',
  'services.csv',
  'referrals.csv',
  'legal_steps.csv',
];

/** Cases reported in 1995, a year the demo data never uses, so filters isolate them. */
beforeAll(async () => {
  t = await startTestApp();
  admin = await signInAs(t.app, 'admin@sigap.local');
  const db = t.database.db;
  const fields = t.ctx.fields;
  const [inst] = await db.select({ id: institutions.id }).from(institutions).limit(1);
  const [unit] = await db
    .insert(serviceUnits)
    .values({ name: 'UPTD PPA Kota Kupang (uji)', kind: 'uptd_ppa', regionCode: '53.71' })
    .returning({ id: serviceUnits.id });
  const add = async (
    n: string,
    regionCode: string,
    status: string,
    victim: string,
    nik: string,
  ) => {
    const [c] = await db
      .insert(cases)
      .values({
        caseNumber: n,
        institutionId: inst?.id as string,
        regionCode,
        reportedOn: '1995-06-01',
        source: 'hotline',
        status,
        modus: ['job_offer', 'debt'],
        summaryEnc: fields.seal(`Ringkasan ${victim}, "dijanjikan" kerja`),
      })
      .returning({ id: cases.id });
    const caseId = c?.id as string;
    const [p] = await db
      .insert(casePeople)
      .values({
        caseId,
        role: 'victim',
        clusterId: randomUUID(),
        sex: 'f',
        ...sealIdentity(fields, {
          name: victim,
          nik,
          passport: null,
          contact: '+6281234567890',
          address: '=HYPERLINK("http://x")',
          birthDate: '2008-02-29',
        }),
      })
      .returning({ id: casePeople.id });
    const personId = p?.id as string;
    await db
      .insert(caseEvents)
      .values({ caseId, seq: 1, eventType: 'recruitment', countryCode: 'ID', regionCode });
    await db
      .insert(victimServices)
      .values({ caseId, personId, serviceType: 'health', providerUnitId: unit?.id });
    await db.insert(referrals).values({
      caseId,
      personId,
      toUnitId: unit?.id as string,
      toRegionCode: '53.71',
      reason: 'pulang ke daerah asal',
    });
    await db.insert(legalSteps).values({
      caseId,
      step: 'police_report',
      occurredOn: '1995-06-02',
      referenceNumber: 'LP/123/VI/1995',
    });
  };
  await add('TPPO-1995-900001', '53.71', 'active', 'Maria Seran', '5371014502080001');
  await add('TPPO-1995-900002', '33.01', 'closed', 'Siti Aminah', '3301016702080002');
}, 180_000);

afterAll(async () => {
  await t?.close();
});

function post(client: Client | null, body: unknown) {
  return t.app.inject({
    method: 'POST',
    url: '/api/case-exports/identifying',
    headers: client ? { cookie: client.cookie, 'x-csrf-token': client.csrf } : {},
    payload: body as Record<string, unknown>,
  });
}

async function open(zip: Buffer, password?: string) {
  const reader = new ZipReader(new Uint8ArrayReader(new Uint8Array(zip)));
  const entries = await reader.getEntries();
  const out: Record<string, string> = {};
  for (const e of entries)
    if (!e.directory)
      out[e.filename] = await e.getData(new TextWriter(), password ? { password } : {});
  await reader.close();
  return { entries, files: out };
}

describe('POST /api/case-exports/identifying', () => {
  it('gives the administrator an AES-256 archive that opens with the password only', async () => {
    const res = await post(admin, { password: PASSWORD, filters: { year: 1995 } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="sigap-identifying-/);
    const zip = res.rawPayload;
    // nothing identifying is readable in the file itself
    expect(zip.includes(Buffer.from('Maria Seran'))).toBe(false);
    expect(zip.includes(Buffer.from('5371014502080001'))).toBe(false);

    const reader = new ZipReader(new Uint8ArrayReader(new Uint8Array(zip)));
    const entries = await reader.getEntries();
    expect(entries.map((e) => e.filename).sort()).toEqual([...FILES, 'README.txt'].sort());
    for (const e of entries) {
      if (e.directory) throw new Error(`unexpected folder ${e.filename}`);
      expect(e.encrypted).toBe(true);
      expect(e.zipCrypto).toBe(false);
      expect(e.extraFieldAES?.strength).toBe(3); // AES-256
      await expect(e.getData(new TextWriter())).rejects.toThrow(/encrypted/i);
      await expect(e.getData(new TextWriter(), { password: 'wrong-password-123' })).rejects.toThrow(
        /password/i,
      );
    }
    await reader.close();

    const { files } = await open(zip, PASSWORD);
    const people = parseCsv((files['people.csv'] as string).replace(/^\uFEFF/, ''));
    expect(people.map((p) => [p.case_number, p.name, p.nik, p.birth_date]).sort()).toEqual([
      ['TPPO-1995-900001', 'Maria Seran', '5371014502080001', '2008-02-29'],
      ['TPPO-1995-900002', 'Siti Aminah', '3301016702080002', '2008-02-29'],
    ]);
    // a phone number stays as it is; text a spreadsheet would run as a formula does not
    expect(people[0]?.contact).toBe('+6281234567890');
    expect(people[0]?.address).toBe(`'=HYPERLINK("http://x")`);
    const caseRows = parseCsv((files['cases.csv'] as string).replace(/^\uFEFF/, ''));
    expect(caseRows.find((c) => c.case_number === 'TPPO-1995-900001')).toMatchObject({
      summary: 'Ringkasan Maria Seran, "dijanjikan" kerja',
      modus: 'job_offer;debt',
      region_code: '53.71',
    });
    for (const f of ['events.csv', 'services.csv', 'referrals.csv', 'legal_steps.csv'])
      expect(parseCsv((files[f] as string).replace(/^\uFEFF/, ''))).toHaveLength(2);
    expect(files['README.txt']).toMatch(/people\.csv\s+2 /);
    expect(files['README.txt']).toContain('admin@sigap.local');
  });

  it('applies the filters (region and below, status) to every file', async () => {
    const res = await post(admin, {
      password: PASSWORD,
      filters: { year: 1995, regionCode: '53' },
    });
    expect(res.statusCode).toBe(200);
    const { files } = await open(res.rawPayload, PASSWORD);
    for (const f of FILES) {
      const rows = parseCsv((files[f] as string).replace(/^\uFEFF/, ''));
      expect(rows.map((r) => r.case_number)).toEqual(['TPPO-1995-900001']);
    }
    const closed = await post(admin, {
      password: PASSWORD,
      filters: { year: 1995, status: 'closed' },
    });
    const people = parseCsv(
      ((await open(closed.rawPayload, PASSWORD)).files['people.csv'] as string).slice(1),
    );
    expect(people.map((p) => p.name)).toEqual(['Siti Aminah']);
  });

  it('records who exported what, with the counts and never the password', async () => {
    const before = fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('sigap-export-'));
    const res = await post(admin, {
      password: PASSWORD,
      filters: { year: 1995, regionCode: '33.01' },
    });
    expect(res.statusCode).toBe(200);
    const [entry] = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'cases.identifying_exported'))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(entry?.actorEmail).toBe('admin@sigap.local');
    expect(entry?.after).toMatchObject({
      filters: { year: 1995, regionCode: '33.01' },
      counts: { 'cases.csv': 1, 'people.csv': 1, 'services.csv': 1 },
      fields: expect.arrayContaining(['name', 'nik', 'birthDate']),
    });
    const all = await t.database.db.select().from(auditLog);
    expect(JSON.stringify(all)).not.toContain(PASSWORD);
    // the temporary archive is gone once sent
    await new Promise((r) => setTimeout(r, 200));
    const after = fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('sigap-export-'));
    expect(after.filter((f) => !before.includes(f))).toEqual([]);
  });

  it('is for administrators only, signed in, with a password of 12 characters or more', async () => {
    const others = DEMO_ACCOUNTS.filter((a) => a.role !== 'admin');
    expect(new Set(others.map((a) => a.role))).toContain('data_officer');
    for (const account of others) {
      const user = await signInAs(t.app, account.email);
      const res = await post(user, { password: PASSWORD, filters: {} });
      expect([account.role, res.statusCode]).toEqual([account.role, 403]);
    }
    expect((await post(null, { password: PASSWORD, filters: {} })).statusCode).toBe(401);
    const short = await post(admin, { password: 'pendek-123', filters: {} });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fields[0].path).toBe('password');
    expect(short.body).not.toContain('pendek-123');
    const bad = await post(admin, { password: PASSWORD, filters: { regionCode: 'Kupang' } });
    expect(bad.statusCode).toBe(400);
  });
});
