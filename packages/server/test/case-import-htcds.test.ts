import { TextWriter, Uint8ArrayReader, ZipReader } from '@zip.js/zip.js';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htcdsColumns } from '../src/features/case-import/htcds-export.js';
import { queryRows } from '../src/platform/db/client.js';
import {
  type Batch,
  csvText,
  type ImportApp,
  settle,
  startImportApp,
  upload,
  victimsOf,
} from './case-import-fixture.js';

/** HTCDS 2.0 export (with and without identifying fields) and the round trip into a fresh database. */
let a: ImportApp;
let b: ImportApp | null = null;
const SOURCE = 'roundtrip';

const HEADERS = [
  'Kasus',
  'Korban',
  'Tgl Lapor',
  'Status',
  'Modus',
  'Eksploitasi',
  'Pengendalian',
  'Tgl Rekrut',
  'Wilayah Rekrut',
  'Negara Tujuan',
  'Tgl Eksploitasi',
  'Tempat Eksploitasi',
  'Nama',
  'JK',
  'Tgl Lahir',
  'Umur',
  'WN',
  'NIK',
  'Paspor',
  'HP',
  'Alamat',
  'Wilayah Alamat',
  'Status Korban',
  'Persetujuan',
];
const MAP = Object.fromEntries(
  [
    'sourceRecordId',
    'sourcePersonId',
    'reportedOn',
    'status',
    'modus',
    'exploitationTypes',
    'meansOfControl',
    'recruitmentDate',
    'recruitmentRegion',
    'exploitationCountry',
    'exploitationDate',
    'exploitationPlace',
    'victimName',
    'sex',
    'birthDate',
    'age',
    'citizenship',
    'nik',
    'passport',
    'contact',
    'address',
    'addressRegion',
    'traffickingStatus',
    'consent',
  ].map((k, i) => [k, HEADERS[i] as string]),
);
const ROWS = [
  [
    'A-1',
    'V-1',
    '02/01/2024',
    'Tindak lanjut',
    'online_scam',
    'Kerja paksa; Servitude',
    'Jeratan utang, WithholdsDocuments',
    '5 Oktober 2023',
    '53.71',
    'KH',
    '10/11/2023',
    'Sihanoukville, "compound" 3',
    'Maria Goreti Bria',
    'P',
    '14/02/2001',
    '',
    'ID',
    '5371015402010001',
    'C1234567',
    '081234567890',
    'Jl. Timor Raya 12',
    '53.71',
    'ActualVictimOfTrafficking',
    'ya',
  ],
  [
    'A-1',
    'V-2',
    '02/01/2024',
    'Tindak lanjut',
    'online_scam',
    'Kerja paksa',
    '',
    '',
    '',
    'KH',
    '',
    '',
    'Yohanes Nahak',
    'L',
    '',
    '17',
    'Indonesia',
    '',
    '',
    '',
    '',
    '53.01',
    'possible',
    'tidak',
  ],
  [
    'A-2',
    '',
    '15 Maret 2024',
    'Aktif',
    'pmi_nonprosedural',
    'Eksploitasi seksual',
    '',
    '',
    '',
    'Malaysia',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
  ],
];

beforeAll(async () => {
  a = await startImportApp();
  const tpl = await a.pic.request('POST', '/api/case-import-templates', {
    name: 'Round trip',
    sourceSystem: SOURCE,
    columnMap: MAP,
  });
  expect(tpl.status, tpl.body).toBe(201);
  const res = await upload(
    a.pic,
    { name: 'kasus.csv', bytes: Buffer.from(csvText([HEADERS, ...ROWS])) },
    { templateId: tpl.json<{ id: string }>().id },
  );
  expect(res.status, res.body).toBe(201);
  const batch = res.json<Batch>();
  expect(batch.errors).toEqual([]);
  await a.pic.request('POST', `/api/case-imports/${batch.id}/confirm`, {});
  expect((await settle(a.pic, batch.id)).state).toBe('completed');
});
// the fresh database of the round trip (its own application)
beforeAll(async () => {
  b = await startImportApp();
}, 240_000);
afterAll(async () => {
  await a?.close();
  await b?.close();
});

const records = (csv: string) =>
  parse(csv, { columns: true, bom: true }) as Array<Record<string, string>>;
const mine = (rows: Array<Record<string, string>>) =>
  rows.filter((r) => r.sigap_CaseId?.startsWith(`IMP/${SOURCE}/`));

describe('HTCDS export', () => {
  it('writes one record per victim without identifying fields, and audits the export', async () => {
    const res = await a.pic.request('GET', '/api/case-exports/htcds?format=csv');
    expect(res.status, res.body).toBe(200);
    const header = res.body
      .replace(/^\uFEFF/, '')
      .split('\r\n')[0]
      ?.split(',');
    expect(header).toEqual(htcdsColumns(false));
    expect(header).not.toContain('prs_FirstName');
    const rows = mine(records(res.body));
    expect(rows).toHaveLength(3);
    const v1 = rows.find((r) => r.prs_Gender === 'Feminine');
    expect(v1).toMatchObject({
      cas_Status: 'FollowUp',
      vic_TypeOfExploitation: 'ForcedLabour;Servitude',
      vic_MethodsOfControl: 'DebtBondage;WithholdsDocuments',
      hte_Recruitment_Date: '2023-10-05',
      sigap_Recruitment_RegionCode: '53.71',
      hte_Recruitment_Country: 'ID',
      hte_Exploitation_Country: 'KH',
      hte_Exploitation_Description: 'Sihanoukville, "compound" 3',
      vic_AgeWhenTrafficked: '22',
      vic_TraffickingStatus: 'ActualVictimOfTrafficking',
      con_Consent: 'true',
    });
    expect(v1?.hte_Recruitment_City).toMatch(/KUPANG/i);
    expect(res.body).not.toContain('Maria');
    expect(rows.find((r) => r.sigap_CaseId?.endsWith('A-2'))?.sigap_PersonId).toBe('');
    const json = await a.pic.request('GET', '/api/case-exports/htcds?format=json');
    const body = json.json<{ credit: string; records: Array<Record<string, string>> }>();
    expect(body.credit).toContain('IOM');
    expect(mine(body.records)).toHaveLength(3);
    const [n] = await queryRows<{ n: number }>(
      a.database.db,
      sql`select count(*)::int as n from audit_log where action = 'case.export.htcds'`,
    );
    expect(n?.n).toBe(2);
  });

  it('gives identifying fields to administrators only, in a password-protected archive', async () => {
    const denied = await a.pic.request('POST', '/api/case-exports/htcds', {
      format: 'csv',
      password: 'kata-sandi-arsip-1',
    });
    expect(denied.status).toBe(403);
    const res = await a.app.inject({
      method: 'POST',
      url: '/api/case-exports/htcds',
      headers: { cookie: a.admin.cookie, 'x-csrf-token': a.admin.csrf },
      payload: { format: 'csv', password: 'kata-sandi-arsip-1' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const zip = new ZipReader(new Uint8ArrayReader(new Uint8Array(res.rawPayload)));
    const [entry] = await zip.getEntries();
    expect(entry?.encrypted).toBe(true);
    await expect(
      (entry as { getData: (w: TextWriter, o: object) => Promise<string> }).getData(
        new TextWriter(),
        { password: 'salah' },
      ),
    ).rejects.toThrow();
    const csv = await (entry as { getData: (w: TextWriter, o: object) => Promise<string> }).getData(
      new TextWriter(),
      { password: 'kata-sandi-arsip-1' },
    );
    const rows = mine(records(csv));
    expect(rows.find((r) => r.prs_FirstName === 'Maria Goreti Bria')).toMatchObject({
      prs_Birthdate: '2001-02-14',
      prs_IdentityNumber: '5371015402010001',
      sigap_PassportNumber: 'C1234567',
      prs_MobilePhone: '081234567890',
      prs_MailingStreet: 'Jl. Timor Raya 12',
    });
    const reads = await queryRows<{ after: { fields: string[]; personIds: string[] } }>(
      a.database.db,
      sql`select after from audit_log where action = 'case.identity.read'`,
    );
    expect(reads.flatMap((r) => r.after.personIds)).toEqual(
      expect.arrayContaining(rows.filter((r) => r.sigap_PersonId).map((r) => r.sigap_PersonId)),
    );
    expect(reads[0]?.after.fields).toContain('prs_IdentityNumber');
    exported = csv;
  });

  it('imports its own export into a fresh database as the same cases (round trip)', async () => {
    const lines = exported.replace(/^\uFEFF/, '').split('\r\n');
    const file = [lines[0], ...lines.slice(1).filter((l) => l.startsWith(`IMP/${SOURCE}/`))].join(
      '\r\n',
    );
    if (!b) throw new Error('no second application');
    const htcds = (await b.pic.request('GET', '/api/case-import-templates'))
      .json<{
        items: Array<{ id: string; name: string }>;
      }>()
      .items.find((t) => t.name === 'HTCDS 2.0');
    const res = await upload(
      b.pic,
      { name: 'htcds.csv', bytes: Buffer.from(`${file}\r\n`) },
      { templateId: htcds?.id as string, sourceSystem: 'sigap-a' },
    );
    expect(res.status, res.body).toBe(201);
    const batch = res.json<Batch>();
    expect(batch.errors).toEqual([]);
    await b.pic.request('POST', `/api/case-imports/${batch.id}/confirm`, {});
    expect((await settle(b.pic, batch.id)).state).toBe('completed');

    const casesOf = async (t: ImportApp, system: string) =>
      queryRows<Record<string, unknown>>(
        t.database.db,
        sql`select c.reported_on, c.source, c.status, c.modus, c.exploitation_types, c.means_of_control,
                   (select json_agg(json_build_object('t', e.event_type, 'd', e.occurred_on, 'r', e.region_code,
                      'c', e.country_code, 'n', e.place_note) order by e.seq) from case_events e where e.case_id = c.id) as events
            from cases c where c.source_system = ${system} order by c.reported_on, c.id`,
      );
    const fresh = b;
    expect(await casesOf(fresh, 'sigap-a')).toEqual(await casesOf(a, SOURCE));
    const people = async (t: ImportApp, system: string) =>
      (await victimsOf(t, system))
        .map((v) => ({
          name: v.name,
          nik: v.nik,
          passport: v.passport,
          contact: v.contact,
          address: v.address,
          birthDate: v.birthDate,
          sex: v.row.sex,
          citizenship: v.row.citizenship,
          age: v.row.age_at_identification,
          minor: v.row.is_minor,
          region: v.row.address_region_code,
          status: v.row.trafficking_status,
        }))
        .sort((x, y) => String(x.name).localeCompare(String(y.name)));
    expect(await people(fresh, 'sigap-a')).toEqual(await people(a, SOURCE));
    const consents = async (t: ImportApp) =>
      (
        await queryRows<{ given: boolean }>(
          t.database.db,
          sql`select given from consents where note = 'import' order by given`,
        )
      ).map((r) => r.given);
    expect(await consents(fresh)).toEqual(await consents(a));
  });
});

let exported = '';
