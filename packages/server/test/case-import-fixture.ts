import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { openIdentity } from '../src/features/cases/person-crypto.js';
import { institutionId } from '../src/features/institutions/load-institutions.js';
import { queryRows } from '../src/platform/db/client.js';
import { type Client, signInAs } from './support/session.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Case-import tests: an application with a PIC data (data officer) of Kota Kupang, files built
 * in the test (never committed), and helpers to upload, confirm and wait.
 */
export const PIC_EMAIL = 'pic.kupang@test.local';
export const PIC_PASSWORD = 'sandi-uji-12345';

export type ImportApp = TestApp & { admin: Client; pic: Client };

export async function startImportApp(env: Record<string, string> = {}): Promise<ImportApp> {
  const t = await startTestApp({ env });
  const admin = await signInAs(t.app, 'admin@sigap.local');
  await addUser(admin, PIC_EMAIL, 'data_officer', 'regency', '53.71');
  const pic = await signInAs(t.app, PIC_EMAIL, PIC_PASSWORD);
  return { ...t, admin, pic };
}

export async function addUser(
  admin: Client,
  email: string,
  role: string,
  scopeLevel: string,
  scopeRegionCode: string | null,
) {
  const res = await admin.request('POST', '/api/users', {
    email,
    fullName: `Uji ${role}`,
    role,
    institutionId: institutionId('KEMENSOS'),
    scopeLevel,
    scopeRegionCode,
    password: PIC_PASSWORD,
    mustChangePassword: false,
  });
  if (res.status !== 201) throw new Error(`user ${email}: ${res.status} ${res.body}`);
}

/** A CSV text: fields quoted when needed, CRLF line ends as Excel writes them. */
export function csvText(
  rows: ReadonlyArray<ReadonlyArray<string | number>>,
  delimiter = ',',
): string {
  const field = (v: string | number) => {
    const s = String(v);
    return s.includes(delimiter) || /["\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `${rows.map((r) => r.map(field).join(delimiter)).join('\r\n')}\r\n`;
}

export function multipart(
  file: { name: string; bytes: Buffer },
  fields: Record<string, string> = {},
) {
  const boundary = `----sigap${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields))
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
    );
  chunks.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    file.bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { body: Buffer.concat(chunks), type: `multipart/form-data; boundary=${boundary}` };
}

export function upload(
  c: Client,
  file: { name: string; bytes: Buffer },
  fields: Record<string, string>,
  url = '/api/case-imports',
) {
  const m = multipart(file, fields);
  return c.request('POST', url, m.body, { 'content-type': m.type, 'accept-language': 'en' });
}

/** The columns of the test files (a typical district spreadsheet, Indonesian headers). */
export const HEADERS = [
  'No Kasus',
  'Tgl Lapor',
  'Nama Korban',
  'JK',
  'Tgl Lahir',
  'Umur',
  'NIK',
  'Kode Wilayah',
  'Negara Tujuan',
  'Modus',
  'Bentuk Eksploitasi',
];
export const COLUMN_MAP = {
  sourceRecordId: 'No Kasus',
  reportedOn: 'Tgl Lapor',
  victimName: 'Nama Korban',
  sex: 'JK',
  birthDate: 'Tgl Lahir',
  age: 'Umur',
  nik: 'NIK',
  addressRegion: 'Kode Wilayah',
  exploitationCountry: 'Negara Tujuan',
  modus: 'Modus',
  exploitationTypes: 'Bentuk Eksploitasi',
};

export async function saveTemplate(
  c: Client,
  name: string,
  sourceSystem: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const res = await c.request('POST', '/api/case-import-templates', {
    name,
    sourceSystem,
    columnMap: COLUMN_MAP,
    codeMap: { modus: { PMI: 'pmi_nonprosedural', Scam: 'online_scam' } },
    ...extra,
  });
  if (res.status !== 201) throw new Error(`template: ${res.status} ${res.body}`);
  return res.json<{ id: string }>().id;
}

/** A valid row of the test files. */
export function goodRow(i: number): Array<string | number> {
  return [
    `K-${i}`,
    `0${(i % 9) + 1}/03/2024`,
    `Korban Uji ${i}`,
    i % 2 ? 'P' : 'L',
    '',
    String(18 + (i % 40)),
    `5371${String(i).padStart(12, '0')}`,
    '53.71',
    'Malaysia',
    i % 3 ? 'PMI' : 'Scam',
    'Kerja paksa',
  ];
}

export type Batch = {
  id: string;
  state: string;
  totalRows: number;
  validRows: number;
  processedRows: number;
  createdCases: number;
  updatedCases: number;
  errorCount: number;
  errors: Array<{
    row: number;
    column: string | null;
    field: string | null;
    message: { id: string; en: string };
  }>;
  failure: unknown;
  detected: { encoding: string | null; delimiter: string | null; headers: string[] };
  sample: Array<Record<string, unknown>>;
};

/** Polls an import until its background run ends. */
export async function settle(c: Client, id: string): Promise<Batch> {
  for (let i = 0; i < 600; i++) {
    const b = (await c.request('GET', `/api/case-imports/${id}`)).json<Batch>();
    if (b.state !== 'importing') return b;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`import ${id} did not settle`);
}

export async function countCases(t: TestApp, sourceSystem: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    t.database.db,
    sql`select count(*)::int as n from cases where source_system = ${sourceSystem}`,
  );
  return row?.n ?? 0;
}

/** The victims of a source system's cases, identifying fields opened (as a test may). */
export async function victimsOf(t: TestApp, sourceSystem: string) {
  const rows = await queryRows<Record<string, string | null>>(
    t.database.db,
    sql`select c.source_record_id, p.* from case_people p join cases c on c.id = p.case_id
        where c.source_system = ${sourceSystem} order by c.source_record_id, p.source_record_id`,
  );
  return rows.map((r) => ({
    caseId: r.source_record_id,
    row: r,
    ...openIdentity(t.ctx.fields, {
      nameEnc: r.name_enc ?? null,
      nikEnc: r.nik_enc ?? null,
      passportEnc: r.passport_enc ?? null,
      contactEnc: r.contact_enc ?? null,
      addressEnc: r.address_enc ?? null,
      birthDateEnc: r.birth_date_enc ?? null,
    }),
  }));
}
