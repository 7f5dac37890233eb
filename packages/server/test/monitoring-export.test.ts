import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { progressReports } from '../src/features/reporting/schema.js';
import { type Fixture, insertMonitoringFixture, YEAR } from './monitoring-fixture.js';
import { type Client, signInAs } from './support/session.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** The dashboard as XLSX: the same figures, one sheet per view, and LibreOffice can open it. */
let t: TestApp;
let fx: Fixture;
let sekretariat: Client;
let workbook: Buffer;
beforeAll(async () => {
  t = await startTestApp();
  fx = await insertMonitoringFixture(t.database.db);
  sekretariat = await signInAs(t.app, 'sekretariat@sigap.local');
  // I1's latest approved report (90 %) scores 50 on its evidence: 45 % verified
  await t.database.db
    .update(progressReports)
    .set({ evidenceScore: 50 })
    .where(eq(progressReports.id, fx.report['I1@2012-S2'] ?? ''));
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/monitoring/dashboard.xlsx?planId=${fx.plan.ran}&year=${YEAR}`,
    headers: { cookie: sekretariat.cookie, 'accept-language': 'en' },
  });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  expect(res.headers['content-disposition']).toBe(
    'attachment; filename="monitoring-ran-2012.xlsx"',
  );
  workbook = res.rawPayload;
});
afterAll(() => t.close());

async function sheets() {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(workbook as unknown as ArrayBuffer);
  const rows = (name: string) => {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new Error(`no sheet ${name}`);
    const out: unknown[][] = [];
    ws.eachRow((row) => {
      out.push((row.values as unknown[]).slice(1));
    });
    return out;
  };
  return { names: wb.worksheets.map((w) => w.name), rows };
}

const soffice = ['soffice', 'libreoffice'].find(
  (cmd) => spawnSync('which', [cmd], { stdio: 'ignore' }).status === 0,
);

describe('dashboard.xlsx', () => {
  it('has one sheet per view, in the request language', async () => {
    const { names } = await sheets();
    expect(names).toEqual([
      'Summary',
      'Completeness',
      'By strategy',
      'By institution',
      'By region',
      'Budget',
      'Trend',
      'Missing reports',
    ]);
  });

  it('holds the dashboard’s figures', async () => {
    const { rows } = await sheets();
    expect(rows('Completeness')).toEqual([
      [
        'Period',
        'Deadline',
        'Status',
        'Expected',
        'Filed',
        'Approved',
        'Missing',
        'Overdue',
        'Completeness (%)',
      ],
      ['2012-S1', '2012-07-15', 'Closed', 5, 4, 3, 1, 1, 80],
      ['2012-S2', '2013-01-15', 'Closed', 5, 3, 1, 2, 2, 60],
    ]);
    expect(rows('By strategy')[0]?.slice(7)).toEqual([
      'Light',
      'Verified achievement (%)',
      'Indicators with evidence score',
    ]);
    expect(rows('By strategy').slice(1)).toEqual([
      ['1. Prevention', 3, 3, 2, 1, 0, 60, 'Yellow: needs attention', 45, 1],
      [
        '3. Social rehabilitation, repatriation and reintegration',
        2,
        0,
        0,
        0,
        2,
        undefined,
        'Grey: no data yet',
        undefined,
        0,
      ],
      ['Total', 5, 3, 2, 1, 2, 60, 'Yellow: needs attention', 45, 1],
    ]);
    const inst = rows('By institution')
      .slice(1)
      .map((r) => [r[0], r[6], r[8], r[9]]);
    expect(inst).toEqual(
      expect.arrayContaining([
        [expect.stringContaining('Sosial'), 90, 45, 1],
        [expect.stringContaining('Kepolisian'), 30, undefined, 0],
      ]),
    );
    const summary = Object.fromEntries(rows('Summary').map((r) => [r[0], r[1]]));
    expect(summary['Verified achievement (%)']).toBe(45);
    expect(summary['Indicators with evidence score']).toBe(1);
    const region = rows('By region').find((r) => r[0] === '33');
    expect(region?.slice(2, 9)).toEqual([2, 2, 2, 2, 0, 0, 90]);
    const social = rows('Budget').find((r) => String(r[1]).startsWith('3.'));
    expect(social?.[7]).toBe('No realised budget reported');
    const budget = rows('Budget').at(-1);
    expect(budget?.slice(0, 7)).toEqual(['Total', undefined, 4, 2, 3_000_000, 800_000, 26.7]);
    expect(budget?.slice(10, 13)).toEqual([1, 0, 100_000]);
    const missing = rows('Missing reports');
    expect(missing.length).toBe(4);
    expect(missing[1]?.slice(2, 9)).toEqual([
      'A4',
      'Aksi A4',
      'I5',
      'Indikator I5',
      '2012-S1',
      '2012-07-15',
      'Closed',
    ]);
  });

  it('answers in Indonesian by default and refuses what the dashboard refuses', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/monitoring/dashboard.xlsx?planId=${fx.plan.ran}&year=${YEAR}&strategy=pencegahan`,
      headers: { cookie: sekretariat.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('monitoring-ran-2012-pencegahan.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toContain('Capaian strategi');
    const strategies = wb.getWorksheet('Capaian strategi')?.getColumn(1).values.slice(2);
    expect(strategies).toEqual(['1. Peningkatan upaya pencegahan', 'Jumlah']);
    const bad = await sekretariat.request(
      'GET',
      `/api/monitoring/dashboard.xlsx?planId=${fx.plan.ran}&year=1999`,
    );
    expect(bad.status).toBe(400);
  });

  it.skipIf(!soffice)(
    `opens in LibreOffice${soffice ? '' : ' — SKIPPED: soffice is not installed (apt-get install libreoffice-calc)'}`,
    () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sigap-xlsx-'));
      try {
        const file = path.join(dir, 'dashboard.xlsx');
        fs.writeFileSync(file, workbook);
        // the first sheet converts to CSV: LibreOffice parsed the whole package to get there
        execFileSync(
          soffice ?? 'soffice',
          ['--headless', '--convert-to', 'csv', '--outdir', dir, file],
          {
            timeout: 120_000,
            env: { ...process.env, HOME: dir },
          },
        );
        const csv = fs.readFileSync(path.join(dir, 'dashboard.csv'), 'utf8');
        expect(csv).toContain('Action plan');
        expect(csv).toContain('RAN uji nasional');
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
