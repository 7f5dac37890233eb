import { count, eq } from 'drizzle-orm';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planImports, plans } from '../src/features/plans/schema.js';
import {
  brief,
  edited as editedPlan,
  multipart,
  type Preview,
  preview,
  ranDoc,
} from './support/plan-fixtures.js';
import { type Client, signInAs } from './support/session.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** Bad sheets (issue 3): each gets its errors with row and column, and nothing is written. */
let t: TestApp;
let admin: Client;
let ranId: string;
beforeAll(async () => {
  t = await startTestApp();
  admin = await signInAs(t.app, 'admin@sigap.local');
  const res = await admin.request('POST', '/api/plans', ranDoc());
  expect(res.status, res.body).toBe(201);
  ranId = res.json<{ id: string }>().id;
});
afterAll(() => t.close());

const edited = (edit: (ws: ExcelJS.Worksheet) => void) => editedPlan(t.app, admin, ranId, edit);

describe('a bad import sheet', () => {
  const cases: Array<
    [string, (ws: ExcelJS.Worksheet) => void, Array<[number, string | null, string]>]
  > = [
    [
      'wrong headers',
      (ws) => {
        ws.getCell('D11').value = 'Kode Kegiatan';
      },
      [
        [11, 'D', 'Unknown column header "Kode Kegiatan"; see the documented column list'],
        [11, null, 'The required column "Activity code" is missing'],
      ],
    ],
    [
      'a formula',
      (ws) => {
        ws.getCell('O12').value = { formula: '1000+200', result: 1200 };
      },
      [[12, 'O', 'The cell holds a formula; paste it as a value (Paste Special → Values)']],
    ],
    [
      'merged cells',
      (ws) => {
        ws.mergeCells('A12:A13');
      },
      [[13, 'A', 'The cell is merged; unmerge it and fill the value in on every row']],
    ],
    [
      'dates as text and as dates',
      (ws) => {
        ws.getCell('N12').value = new Date(Date.UTC(2034, 0, 1));
        ws.getCell('P12').value = '2036-01-01';
      },
      [
        [
          12,
          'N',
          'The year reads as a date (2034-01-01); format the cell as Number and write the year only',
        ],
        [12, 'P', '"2036-01-01" looks like a date, not a number'],
      ],
    ],
    [
      'an unknown institution',
      (ws) => {
        ws.getCell('F14').value = 'Kementerian Antah Berantah';
      },
      [[14, 'F', 'Unknown institution(s): Kementerian Antah Berantah']],
    ],
    [
      'an unknown strategy',
      (ws) => {
        ws.getCell('A14').value = '7. Strategi baru';
      },
      [[14, 'A', 'Unknown strategy "7. Strategi baru"; give its number 1–6, code or name']],
    ],
    [
      'a duplicate row',
      (ws) => {
        ws.getRow(16).values = (ws.getRow(15).values as ExcelJS.CellValue[]).slice(1);
      },
      [[16, 'I', 'Duplicate row: activity 5.1.1 indicator b is already on row 15']],
    ],
  ];
  it.each(cases)(
    'a sheet with %s gets errors naming row and column, and nothing is written',
    async (_, edit, expected) => {
      const [before] = await t.database.db.select().from(plans).where(eq(plans.id, ranId));
      const draftsBefore = await t.database.db.select({ n: count() }).from(planImports);
      const res = await preview(admin, await edited(edit));
      expect(res.status, res.body).toBe(200);
      const p = res.json<Preview>();
      expect(p.valid).toBe(false);
      expect(brief(p)).toEqual(expected);
      const [after] = await t.database.db.select().from(plans).where(eq(plans.id, ranId));
      expect(after?.revision).toBe(before?.revision);
      const drafts = await t.database.db.select({ n: count() }).from(planImports);
      expect(drafts[0]?.n).toBe(draftsBefore[0]?.n);
    },
  );

  it('answers errors in the user’s language', async () => {
    const res = await preview(
      admin,
      await edited((ws) => {
        ws.getCell('A14').value = '7. Strategi baru';
      }),
      { lang: 'id' },
    );
    expect(brief(res.json<Preview>())).toEqual([
      [
        14,
        'A',
        'Strategi "7. Strategi baru" tidak dikenal; isi nomor 1–6, kode atau nama strategi RAN',
      ],
    ]);
  });

  it('refuses a file over 10 MB, and a file that is not a workbook', async () => {
    for (const [lang, message] of [
      ['en', 'The file is too large; at most 10 MB'],
      ['id', 'Berkas terlalu besar; paling besar 10 MB'],
    ] as const) {
      const { body, contentType } = multipart([
        { name: 'file', file: Buffer.alloc(50 * 1024 * 1024, 1), fileName: 'besar.xlsx' },
      ]);
      const res = await admin.request('POST', '/api/plans/import/preview', body, {
        'content-type': contentType,
        'accept-language': lang,
      });
      expect(res.status).toBe(413);
      expect(res.json()).toEqual({ error: { code: 'BODY_TOO_LARGE', message } });
    }
    const res = await preview(admin, Buffer.from('Strategi;Kode Program\n1;1.1\n'));
    expect(res.status).toBe(400);
    expect(res.json<{ error: { message: string } }>().error.message).toBe(
      'The file is not a readable Excel workbook (.xlsx)',
    );
    const json = await admin.request(
      'POST',
      '/api/plans/import/preview',
      { file: 'x' },
      { 'accept-language': 'en' },
    );
    expect(json.status).toBe(415);
  });
});
