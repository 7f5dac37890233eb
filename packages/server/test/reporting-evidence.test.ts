import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachmentDisposition } from '../src/features/reporting/evidence-access.js';
import { cleanFileName, sniffEvidence } from '../src/features/reporting/evidence-file-types.js';
import type { FieldErrors } from './support/organisations.js';
import {
  currentQuarter,
  type FixturePlan,
  insertPlan,
  thisYear as Y,
} from './support/plan-fixture.js';
import { type Client, signInAs } from './support/session.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type Evidence = {
  id: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  downloadUrl: string;
};
type Report = { id: string; evidence: Evidence[] };

/** 64 KiB here, so the over-size case needs no 10 MB buffer. */
const MAX = 64 * 1024;

let t: TestApp;
let pelapor: Client;
let sekretariat: Client;
let kupang: Client;
let jateng: Client;
let ran: FixturePlan;
let rad: FixturePlan;

const pdf = (text: string) =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
    'latin1',
  );

function multipart(files: Array<{ name: string; type?: string; bytes: Buffer }>) {
  const boundary = `----sigap${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const f of files)
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${f.name}"\r\nContent-Type: ${f.type ?? 'application/octet-stream'}\r\n\r\n`,
        'utf8',
      ),
      f.bytes,
      Buffer.from('\r\n'),
    );
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), type: `multipart/form-data; boundary=${boundary}` };
}

const upload = (c: Client, reportId: string, files: Parameters<typeof multipart>[0]) => {
  const m = multipart(files);
  return c.request('POST', `/api/reports/${reportId}/evidence`, m.body, {
    'content-type': m.type,
    'accept-language': 'en',
  });
};

async function newReport(c: Client, plan: FixturePlan, activity: string) {
  const res = await c.request('POST', '/api/reports', {
    indicatorId: plan.indicator(activity, 'I1'),
    periodCode: currentQuarter,
    realisedValue: 1,
    narrative: 'Rapat koordinasi',
  });
  if (res.status !== 201) throw new Error(res.body);
  return res.json<Report>().id;
}

beforeAll(async () => {
  t = await startTestApp({ env: { SIGAP_EVIDENCE_MAX_BYTES: String(MAX) } });
  [pelapor, sekretariat, kupang, jateng] = await Promise.all([
    signInAs(t.app, 'pelapor@sigap.local'),
    signInAs(t.app, 'sekretariat@sigap.local'),
    signInAs(t.app, 'kupang@sigap.local'),
    signInAs(t.app, 'jateng@sigap.local'),
  ]);
  const activities = ['A1', 'A2', 'A3'].map((code) => ({
    code,
    responsible: 'KEMENSOS',
    indicators: [{ code: 'I1', targets: { [Y]: 1 } }],
  }));
  ran = await insertPlan(t.database.db, { startYear: Y, endYear: Y, activities });
  rad = await insertPlan(t.database.db, {
    kind: 'rad',
    regionCode: '53.01',
    startYear: Y,
    endYear: Y,
    activities: [
      { code: 'R1', responsible: 'DINSOS-53-01', indicators: [{ code: 'I1', targets: {} }] },
    ],
  });
});
afterAll(() => t.close());

const PDF = pdf('Daftar hadir sosialisasi');
const SHA = createHash('sha256').update(PDF).digest('hex');
const storageRoot = () => path.join(t.ctx.config.dataDir, 'files', 'evidence');
const storedFiles = () =>
  fs.existsSync(storageRoot())
    ? fs
        .readdirSync(storageRoot(), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
    : [];

describe('evidence files (bukti dukung)', () => {
  let first: string;
  let evidence: Evidence;

  it('takes a PDF, recognised by its content, and lists it on the report', async () => {
    first = await newReport(pelapor, ran, 'A1');
    const res = await upload(pelapor, first, [{ name: 'daftar hadir.pdf', bytes: PDF }]);
    expect(res.status).toBe(201);
    evidence = res.json<{ items: Evidence[] }>().items[0] as Evidence;
    expect(evidence).toMatchObject({
      fileName: 'daftar hadir.pdf',
      mimeType: 'application/pdf',
      sizeBytes: PDF.length,
      sha256: SHA,
      downloadUrl: `/api/evidence/${evidence.id}/download`,
    });
    const report = (await pelapor.request('GET', `/api/reports/${first}`)).json<Report>();
    expect(report.evidence.map((e) => e.id)).toEqual([evidence.id]);
  });

  it('stores the same content once, however many reports carry it', async () => {
    const before = storedFiles().length;
    const second = await newReport(pelapor, ran, 'A2');
    const res = await upload(pelapor, second, [{ name: 'salinan.pdf', bytes: PDF }]);
    expect(res.json<{ items: Evidence[] }>().items[0]?.sha256).toBe(SHA);
    expect(storedFiles().length).toBe(before);
    expect(storedFiles().filter((f) => f.name === SHA)).toHaveLength(1);
    expect(fs.readFileSync(path.join(storageRoot(), SHA.slice(0, 2), SHA)).equals(PDF)).toBe(true);
  });

  it('downloads byte for byte as an attachment under its name', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: evidence.downloadUrl,
      headers: { cookie: sekretariat.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(PDF)).toBe(true);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="daftar hadir.pdf"; filename*=UTF-8''daftar%20hadir.pdf`,
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('keeps names with quotes and non-ASCII letters from breaking the header', async () => {
    expect(attachmentDisposition('Laporan "akhir" NTT ✓.pdf')).toBe(
      `attachment; filename="Laporan _akhir_ NTT _.pdf"; filename*=UTF-8''Laporan%20%22akhir%22%20NTT%20%E2%9C%93.pdf`,
    );
    const evil = attachmentDisposition('a.pdf"\r\nSet-Cookie: sigap_session=x');
    expect(evil).not.toMatch(/[\r\n]/);
    expect(evil.startsWith('attachment; filename="a.pdf___Set-Cookie: sigap_session=x"; ')).toBe(
      true,
    );
  });

  it('recognises office documents by their content', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Rekap').addRow(['Peserta', 40]);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await upload(pelapor, first, [{ name: 'rekap.xlsx', bytes: xlsx }]);
    expect(res.status).toBe(201);
    expect(res.json<{ items: Evidence[] }>().items[0]?.mimeType).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
  });

  it('refuses an executable renamed .pdf, whatever type the browser claims', async () => {
    const exe = Buffer.concat([
      Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'),
      randomBytes(200),
    ]);
    const res = await upload(pelapor, first, [
      { name: 'laporan.pdf', type: 'application/pdf', bytes: exe },
    ]);
    expect(res.status).toBe(400);
    expect(res.json<FieldErrors>().error.message).toBe(
      'The file "laporan.pdf" was refused: its content is not an accepted kind of file. Accepted kinds: PDF, JPEG, PNG, WebP, DOCX, XLSX, ODT, ODS, DOC, XLS',
    );
  });

  it('refuses a file whose name does not fit its content, and keeps none of a mixed upload', async () => {
    const before = (await pelapor.request('GET', `/api/reports/${first}`)).json<Report>().evidence
      .length;
    const res = await upload(pelapor, first, [
      { name: 'foto.pdf', bytes: pdf('ok') },
      { name: 'foto.jpg', bytes: Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex') },
    ]);
    expect(res.status).toBe(400);
    expect(res.json<FieldErrors>().error.message).toBe(
      'The file "foto.jpg" was refused: its content is PNG but its name ends in ".jpg"; rename it to .png. Accepted kinds: PDF, JPEG, PNG, WebP, DOCX, XLSX, ODT, ODS, DOC, XLS',
    );
    const after = (await pelapor.request('GET', `/api/reports/${first}`)).json<Report>().evidence
      .length;
    expect(after).toBe(before);
  });

  it('refuses an over-size file with 413, naming it', async () => {
    const big = Buffer.concat([pdf('besar'), Buffer.alloc(MAX)]);
    const res = await upload(pelapor, first, [{ name: 'besar.pdf', bytes: big }]);
    expect(res.status).toBe(413);
    expect(res.json<FieldErrors>().error.message).toBe(
      'The file "besar.pdf" is too large; at most 64 KB per file',
    );
  });

  it('answers 415 to an upload that is not multipart', async () => {
    const res = await pelapor.request('POST', `/api/reports/${first}/evidence`, { file: 'x' });
    expect(res.status).toBe(415);
  });

  it('removes a file while the report is editable; it no longer downloads', async () => {
    const res = await pelapor.request('DELETE', `/api/evidence/${evidence.id}`);
    expect(res.status).toBe(204);
    const report = (await pelapor.request('GET', `/api/reports/${first}`)).json<Report>();
    expect(report.evidence.map((e) => e.fileName)).toEqual(['rekap.xlsx']);
    expect((await pelapor.request('GET', evidence.downloadUrl)).status).toBe(404);
  });

  it('takes no evidence once the report is submitted', async () => {
    const third = await newReport(pelapor, ran, 'A3');
    await pelapor.request('POST', `/api/reports/${third}/transitions`, { action: 'submit' });
    const res = await upload(pelapor, third, [{ name: 'telat.pdf', bytes: PDF }]);
    expect(res.status).toBe(409);
  });

  it('is out of sight, like its report, for users outside the scope', async () => {
    const report = await newReport(kupang, rad, 'R1');
    const res = await upload(kupang, report, [{ name: 'notulen.pdf', bytes: pdf('notulen') }]);
    const url = res.json<{ items: Evidence[] }>().items[0]?.downloadUrl ?? '';
    expect((await jateng.request('GET', url)).status).toBe(404);
    expect((await pelapor.request('GET', url)).status).toBe(404);
    expect((await sekretariat.request('GET', url)).status).toBe(200);
    expect((await pelapor.request('DELETE', url.replace('/download', ''))).status).toBe(404);
  });
});

describe('recognising a file by its content', () => {
  const zipEntry = (name: string, content: string) =>
    Buffer.concat([
      Buffer.from([0x50, 0x4b, 0x03, 0x04]),
      Buffer.alloc(26),
      Buffer.from(name + content, 'latin1'),
    ]);
  const ole2 = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512)]);

  it('tells the OpenDocument, OOXML and legacy formats apart', () => {
    const kind = (b: Buffer, ext: string) => sniffEvidence(b, ext)?.label ?? null;
    expect(kind(zipEntry('mimetype', 'application/vnd.oasis.opendocument.text'), 'odt')).toBe(
      'ODT',
    );
    expect(
      kind(zipEntry('mimetype', 'application/vnd.oasis.opendocument.spreadsheet'), 'ods'),
    ).toBe('ODS');
    expect(kind(zipEntry('[Content_Types].xml', '...word/document.xml'), 'docx')).toBe('DOCX');
    // a plain ZIP archive is not an office document, whatever its name
    expect(kind(zipEntry('data.csv', 'a,b'), 'docx')).toBeNull();
    expect(kind(ole2, 'doc')).toBe('DOC');
    expect(kind(ole2, 'xls')).toBe('XLS');
    expect(kind(ole2, 'msg')).toBeNull();
    expect(kind(Buffer.from('RIFF\0\0\0\0WEBPVP8 ', 'latin1'), 'webp')).toBe('WebP');
    expect(kind(Buffer.from('<html><script>', 'latin1'), 'pdf')).toBeNull();
  });

  it('keeps only the last segment of a path and drops control characters', () => {
    expect(cleanFileName('C:\\Users\\dinsos\\Laporan\tTW1.pdf')).toBe('LaporanTW1.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('   ')).toBe('bukti-dukung');
    expect(cleanFileName(`${'a'.repeat(300)}.pdf`)).toBe(`${'a'.repeat(190)}.pdf`);
  });
});
