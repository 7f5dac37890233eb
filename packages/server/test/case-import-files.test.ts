import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Batch,
  COLUMN_MAP,
  countCases,
  csvText,
  goodRow,
  HEADERS,
  type ImportApp,
  saveTemplate,
  startImportApp,
  upload,
  victimsOf,
} from './case-import-fixture.js';

/** Files as other institutions really send them, and the bad ones: clear errors, no writes. */
const LIMIT = 300_000;
let t: ImportApp;
let templateId: string;

beforeAll(async () => {
  t = await startImportApp({ SIGAP_IMPORT_MAX_BYTES: String(LIMIT) });
  templateId = await saveTemplate(t.pic, 'Dinsos Kupang', 'dinsos-kupang');
});
afterAll(async () => {
  await t?.close();
});

const send = (bytes: Buffer, name = 'kasus.csv', extra: Record<string, string> = {}) =>
  upload(t.pic, { name, bytes }, { templateId, ...extra });
const preview = async (bytes: Buffer, name?: string) => {
  const res = await send(bytes, name);
  expect(res.status, res.body).toBe(201);
  return res.json<Batch>();
};
const refused = async (bytes: Buffer, name?: string, status = 400) => {
  const res = await send(bytes, name);
  expect(res.status, res.body).toBe(status);
  return res.json<{ error: { message: string; fields?: Array<{ path: string }> } }>().error;
};

describe('encodings and separators', () => {
  it('reads Windows-1252 names (é, ñ) from a file that is not UTF-8', async () => {
    const text = csvText([
      HEADERS,
      ['W-1', '01/02/2024', 'José Ñúñez', 'L', '', '30', '', '53.71', '', '', ''],
    ]);
    const b = await preview(Buffer.from(text, 'latin1'));
    expect(b.detected.encoding).toBe('windows-1252');
    expect(b.errorCount).toBe(0);
    expect(b.sample[0]?.victim).toMatchObject({ name: 'J••• Ñ•••' });
    const confirm = await t.pic.request('POST', `/api/case-imports/${b.id}/confirm`, {});
    expect(confirm.status).toBe(202);
    const { settle } = await import('./case-import-fixture.js');
    expect((await settle(t.pic, b.id)).state).toBe('completed');
    const [victim] = await victimsOf(t, 'dinsos-kupang');
    expect(victim?.name).toBe('José Ñúñez');
  });

  it('reads UTF-8 with a BOM and semicolon separators', async () => {
    const text = csvText([HEADERS, goodRow(1), goodRow(2)], ';');
    const b = await preview(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    expect(b.detected).toMatchObject({ encoding: 'utf-8', delimiter: ';' });
    expect(b.detected.headers[0]).toBe('No Kasus');
    expect([b.totalRows, b.validRows]).toEqual([2, 2]);
  });

  it('reads UTF-16 "Unicode text" with tabs', async () => {
    const text = csvText([HEADERS, goodRow(3)], '\t');
    const b = await preview(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    );
    expect(b.detected).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
    expect(b.validRows).toBe(1);
  });
});

describe('dates, ages and codes', () => {
  it('accepts DD/MM/YYYY, Excel serials and Indonesian month names', async () => {
    const row = (id: string, reported: string, born: string) => {
      const r = goodRow(9);
      r[0] = id;
      r[1] = reported;
      r[4] = born;
      r[5] = '';
      return r;
    };
    const b = await preview(
      Buffer.from(
        csvText([
          HEADERS,
          row('D-1', '15/03/2024', '5 Januari 2001'),
          row('D-2', '45366', '5 Agt 2001'),
          row('D-3', '2024-03-15', '05-Okt-2001'),
        ]),
      ),
    );
    expect(b.errors).toEqual([]);
    expect(b.sample.map((s) => s.reportedOn)).toEqual(['2024-03-15', '2024-03-15', '2024-03-15']);
    expect(
      b.sample.map((s) => (s.victim as { ageAtIdentification: number }).ageAtIdentification),
    ).toEqual([23, 22, 22]);
  });

  it('lists every bad row with its row, column and reason, and writes nothing', async () => {
    const rows = [HEADERS, goodRow(1)];
    const bad = (i: number, col: number, value: string) => {
      const r = goodRow(i);
      r[col] = value;
      rows.push(r);
    };
    bad(2, 1, '31/02/2023'); // impossible date → row 3
    bad(3, 5, '130'); // age → row 4
    bad(4, 7, '99.99'); // unknown region → row 5
    bad(5, 9, 'Ngamen'); // unknown modus code → row 6
    bad(6, 3, 'X'); // unknown sex → row 7
    const before = await countCases(t, 'dinsos-kupang');
    const b = await preview(Buffer.from(csvText(rows)));
    expect([b.totalRows, b.validRows, b.errorCount]).toEqual([6, 1, 5]);
    expect(b.errors.map((e) => [e.row, e.column])).toEqual([
      [3, 'Tgl Lapor'],
      [4, 'Umur'],
      [5, 'Kode Wilayah'],
      [6, 'Modus'],
      [7, 'JK'],
    ]);
    const text = b.errors.map((e) => e.message.en).join('\n');
    for (const reason of [
      'Impossible date',
      'Age 130 is impossible',
      'Unknown region code "99.99"',
      'Unknown value "Ngamen"',
    ])
      expect(text).toContain(reason);
    const confirm = await t.pic.request(
      'POST',
      `/api/case-imports/${b.id}/confirm`,
      {},
      { 'accept-language': 'en' },
    );
    expect(confirm.status).toBe(409);
    expect(confirm.json<{ error: { message: string } }>().error.message).toContain(
      '5 row(s) have errors',
    );
    expect(await countCases(t, 'dinsos-kupang')).toBe(before);
  });

  it('says which rows repeat a case and victim', async () => {
    const b = await preview(Buffer.from(csvText([HEADERS, goodRow(1), goodRow(1)])));
    expect(b.errors).toHaveLength(1);
    expect(b.errors[0]).toMatchObject({ row: 3, column: 'No Kasus' });
    expect(b.errors[0]?.message.en).toContain('already appear on row 2');
  });
});

describe('files that cannot be read', () => {
  it('refuses an empty file, a header without rows, and broken quotes', async () => {
    expect((await refused(Buffer.alloc(0))).message).toContain('is empty');
    expect((await refused(Buffer.from('\uFEFF\r\n\r\n'))).message).toContain('is empty');
    expect((await refused(Buffer.from(csvText([HEADERS])))).message).toContain('no data rows');
    const broken = `${csvText([HEADERS])}K-1,"01/02/2024,Siti\r\n`;
    expect((await refused(Buffer.from(broken))).message).toMatch(/Row \d+: broken CSV/);
  });

  it('names the missing column of a required field', async () => {
    const err = await refused(
      Buffer.from(
        csvText([
          ['Nomor', 'Tgl Lapor'],
          ['1', '01/01/2024'],
        ]),
      ),
    );
    expect(err.message).toContain('"No Kasus"');
    expect(err.fields?.[0]?.path).toBe('columnMap.sourceRecordId');
  });

  it('reads an XLSX sheet (date cells and serials) and refuses a truncated one', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Kasus');
    ws.addRow(HEADERS);
    const r1 = goodRow(1);
    r1[1] = '';
    ws.addRow(r1);
    ws.getCell('B2').value = new Date(Date.UTC(2024, 2, 15));
    ws.addRow(goodRow(2));
    ws.getCell('B3').value = 45366;
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const b = await preview(bytes, 'kasus.xlsx');
    expect(b.errors).toEqual([]);
    expect(b.sample.map((s) => s.reportedOn)).toEqual(['2024-03-15', '2024-03-15']);
    const cut = await refused(bytes.subarray(0, Math.floor(bytes.length * 0.7)), 'kasus.xlsx');
    expect(cut.message).toContain('damaged or cut off');
    const xls = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(600),
    ]);
    expect((await refused(xls, 'lama.xls')).message).toContain('old Excel file');
  });

  it('refuses a file over SIGAP_IMPORT_MAX_BYTES before parsing it', async () => {
    const rows: Array<Array<string | number>> = [HEADERS];
    for (let i = 0; rows.length * 100 < LIMIT * 1.5; i++) rows.push(goodRow(i));
    const bytes = Buffer.from(csvText(rows));
    expect(bytes.length).toBeGreaterThan(LIMIT);
    const err = await refused(bytes, 'besar.csv', 413);
    expect(err.message).toContain('too large');
    expect(err.message).toContain('SIGAP_IMPORT_MAX_BYTES');
  });

  it('inspects headers and suggests a mapping', async () => {
    const res = await upload(
      t.pic,
      { name: 'x.csv', bytes: Buffer.from(csvText([HEADERS, goodRow(1)], ';')) },
      {},
      '/api/case-imports/inspect',
    );
    expect(res.status, res.body).toBe(200);
    const body = res.json<{ delimiter: string; suggestedColumnMap: Record<string, string> }>();
    expect(body.delimiter).toBe(';');
    expect(body.suggestedColumnMap).toMatchObject({
      sourceRecordId: COLUMN_MAP.sourceRecordId,
      reportedOn: COLUMN_MAP.reportedOn,
      victimName: COLUMN_MAP.victimName,
      nik: COLUMN_MAP.nik,
    });
  });
});
