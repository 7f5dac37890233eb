import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CTDC_COLUMNS, CTDC_QUASI_IDENTIFIERS, type PublicCaseStatsView } from '@sigap/domain';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../src/features/audit/schema.js';
import { parseCsvLine } from '../src/features/regions/csv.js';
import { addCase, addPerson, emptyRegistry } from './case-stats-fixture.js';
import { signInAs } from './support/session.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * 30 verified victims (2023: 12 women, 8 men; 2024: 7 women, 3 men) and 3 unverified men of 2024.
 * The public release counts the verified ones only; "3 men in 2024" is a small cell.
 */
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
  const db = t.database.db;
  await emptyRegistry(db);
  const groups: Array<[number, 'female' | 'male', number, 'verified' | 'unverified']> = [
    [2023, 'female', 12, 'verified'],
    [2023, 'male', 8, 'verified'],
    [2024, 'female', 7, 'verified'],
    [2024, 'male', 3, 'verified'],
    [2024, 'male', 3, 'unverified'],
  ];
  for (const [year, sex, n, state] of groups)
    for (let i = 0; i < n; i++) {
      const id = await addCase(db, {
        regionCode: '53.71',
        reportedOn: `${year}-0${1 + (i % 9)}-15`,
        state,
        types: ['forced_labour'],
        events: [{ type: 'exploitation', on: `${year}-01-01`, country: 'MY' }],
      });
      await addPerson(db, t.ctx.fields, id, { sex, age: 30, address: '53.71', state });
    }
});

afterAll(async () => {
  await t?.close();
});

const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers });

/** The CSV's lines without the byte-order mark, split into cells. */
async function csvRows(lang: 'id' | 'en'): Promise<string[][]> {
  const body = (await get(`/api/public/case-stats.csv?lang=${lang}`)).body;
  return body
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map(parseCsvLine);
}

async function workbookOf(url: string) {
  const res = await get(url);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const rows = (name: string) => {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new Error(`no sheet ${name}`);
    // rows and cells count from 1: index 0 of each is empty
    return ws
      .getSheetValues()
      .filter((r) => Array.isArray(r))
      .map((r) => (r as unknown[]).slice(1));
  };
  return { res, names: wb.worksheets.map((w) => w.name), rows };
}

const soffice = ['soffice', 'libreoffice'].find(
  (cmd) => spawnSync('which', [cmd], { stdio: 'ignore' }).status === 0,
);

/** Every cell of the release that is a number must be 0 or at least the threshold. */
function numbersOf(view: PublicCaseStatsView): Array<number | string> {
  return [
    ...view.victims.cells,
    view.victims.total,
    ...view.tables.flatMap((tab) => tab.rows.flatMap((r) => [...r.cells, r.total])),
  ];
}

describe('GET /api/public/case-stats', () => {
  it('needs no sign-in, counts verified victims only and hides small cells', async () => {
    const res = await get('/api/public/case-stats');
    expect(res.statusCode).toBe(200);
    const view = res.json<PublicCaseStatsView>();
    expect(view.threshold).toBe(5);
    expect(view.years).toEqual([2023, 2024]);
    expect(view.victims.cells).toEqual([20, 10]);
    expect(view.victims.total).toBe(30);
    const sex = view.tables.find((x) => x.dimension === 'sex');
    // 3 men in 2024 is "<5"; the men of 2023, and then the women's cells, are hidden with it so
    // that no total minus the other cells gives it back
    expect(sex?.rows.map((r) => [r.key, r.cells, r.total])).toEqual([
      ['female', ['x', 'x'], 19],
      ['male', ['x', '<5'], 11],
    ]);
    expect(sex?.rows[0]?.label).toEqual({ id: 'Perempuan', en: 'Female' });
    for (const c of numbersOf(view))
      if (typeof c === 'number') expect(c === 0 || c >= 5).toBe(true);
    expect(view.note.en).toContain('<5');
  });

  it('shows only the tables asked for, suppressed exactly as in the whole release', async () => {
    const whole = (await get('/api/public/case-stats')).json<PublicCaseStatsView>();
    const one = (await get('/api/public/case-stats?dimension=sex')).json<PublicCaseStatsView>();
    expect(one.tables.map((x) => x.dimension)).toEqual(['sex']);
    expect(one.tables[0]).toEqual(whole.tables.find((x) => x.dimension === 'sex'));
    expect((await get('/api/public/case-stats?dimension=name')).statusCode).toBe(400);
  });

  it('publishes the same suppressed figures as a CSV for open data', async () => {
    const res = await get('/api/public/case-stats.csv?lang=en');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toContain('statistik-tppo-2023-2024.csv');
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Table,Code,Value,2023,2024,Total');
    expect(lines[1]).toBe('Victims (people),,,20,10,30');
    expect(lines).toContain('Sex,male,Male,x,<5,11');
    for (const line of lines.slice(1, -1))
      for (const cell of line.split(',').slice(3)) {
        const n = Number(cell);
        if (cell !== '' && Number.isFinite(n)) expect(n === 0 || n >= 5).toBe(true);
      }
    expect(lines[lines.length - 1]).toMatch(/^Note,,/);
  });
});

describe('GET /api/public/case-stats.xlsx', () => {
  it('holds the CSV\'s suppressed figures, counts as numbers, "<5" and "x" as text', async () => {
    const { res, names, rows } = await workbookOf('/api/public/case-stats.xlsx?lang=en');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toContain('statistik-tppo-2023-2024.xlsx');
    expect(names).toEqual(['Statistics', 'About']);
    const data = rows('Statistics');
    expect(data[0]).toEqual(['Table', 'Code', 'Value', 2023, 2024, 'Total']);
    expect(data).toContainEqual(['Sex', 'male', 'Male', 'x', '<5', 11]);
    // cell for cell the CSV, whose last line (the note) moved to the about sheet
    const csv = await csvRows('en');
    const asText = (row: unknown[]) =>
      Array.from({ length: row.length }, (_, i) => String(row[i] ?? ''));
    expect(data.map(asText)).toEqual(csv.slice(0, -1));
    for (const row of data.slice(1))
      for (const cell of row.slice(3))
        if (typeof cell === 'number') expect(cell === 0 || cell >= 5).toBe(true);
        else expect(['<5', 'x']).toContain(cell);
  });

  it('speaks the language asked for and says where the figures come from', async () => {
    const id = await workbookOf('/api/public/case-stats.xlsx?lang=id');
    expect(id.names).toEqual(['Statistik', 'Tentang']);
    expect(id.rows('Statistik')[0]?.slice(0, 3)).toEqual(['Tabel', 'Kode', 'Nilai']);
    const about = (await workbookOf('/api/public/case-stats.xlsx?lang=en')).rows('About');
    const text = JSON.stringify(about);
    expect(about).toContainEqual(['Suppression threshold', 5]);
    expect(text).toContain('fewer than 5 people');
    expect(text).toContain('Sigap');
  });

  it('says the data is synthetic when the installation is a demo', async () => {
    const before = t.ctx.demo;
    try {
      t.ctx.demo = false;
      const real = await workbookOf('/api/public/case-stats.xlsx?lang=id');
      expect(JSON.stringify(real.rows('Tentang'))).not.toContain('SINTETIS');
      t.ctx.demo = true;
      const { rows } = await workbookOf('/api/public/case-stats.xlsx?lang=id');
      expect(JSON.stringify(rows('Tentang'))).toContain('DATA SINTETIS');
    } finally {
      t.ctx.demo = before;
    }
  });

  it.skipIf(!soffice)(
    `opens in LibreOffice${soffice ? '' : ' — SKIPPED: soffice is not installed (apt-get install libreoffice-calc)'}`,
    async () => {
      const { res } = await workbookOf('/api/public/case-stats.xlsx?lang=en');
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sigap-xlsx-'));
      try {
        const file = path.join(dir, 'stats.xlsx');
        fs.writeFileSync(file, res.rawPayload);
        // the first sheet converts to CSV: LibreOffice parsed the whole package to get there
        execFileSync(
          soffice ?? 'soffice',
          // comma, double quote, UTF-8 (76): the labels' dashes survive
          [
            '--headless',
            '--convert-to',
            'csv:Text - txt - csv (StarCalc):44,34,76',
            '--outdir',
            dir,
            file,
          ],
          { timeout: 120_000, env: { ...process.env, HOME: dir } },
        );
        const lines = fs.readFileSync(path.join(dir, 'stats.csv'), 'utf8').trim().split(/\r?\n/);
        expect(lines.map(parseCsvLine)).toEqual((await csvRows('en')).slice(0, -1));
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
    130_000,
  );
});

describe('GET /api/case-stats/ctdc.csv', () => {
  it('writes one k-anonymous row per victim under the CTDC header, and audits it', async () => {
    const admin = await signInAs(t.app, 'admin@sigap.local');
    const res = await admin.request('GET', '/api/case-stats/ctdc.csv');
    expect(res.status).toBe(200);
    const [header, ...rows] = res.body.trim().split('\r\n');
    expect(header).toBe(CTDC_COLUMNS.join(','));
    expect(rows.length).toBe(33);
    const qi = CTDC_QUASI_IDENTIFIERS.flatMap((q) => q.columns).map((c) => CTDC_COLUMNS.indexOf(c));
    const classes = new Map<string, number>();
    for (const r of rows) {
      const cells = r.split(',');
      const key = qi.map((i) => cells[i]).join('|');
      classes.set(key, (classes.get(key) ?? 0) + 1);
    }
    for (const n of classes.values()) expect(n).toBeGreaterThanOrEqual(11);
    const audited = await t.database.db
      .select({ after: auditLog.after })
      .from(auditLog)
      .where(eq(auditLog.action, 'case.ctdc.export'));
    expect(audited).toHaveLength(1);
    expect(audited[0]?.after).toMatchObject({ k: 11, rowsIn: 33, rowsOut: 33, rowsDropped: 0 });
  });

  it('counts verified records only when asked and never lowers k below the rule', async () => {
    const analyst = await signInAs(t.app, 'analis@sigap.local');
    const verified = await analyst.request(
      'GET',
      '/api/case-stats/ctdc.csv?verifiedOnly=true&k=15',
    );
    expect(verified.status).toBe(200);
    expect(verified.body.trim().split('\r\n')).toHaveLength(31);
    const low = await analyst.request('GET', '/api/case-stats/ctdc.csv?k=5');
    expect(low.status).toBe(400);
  });

  it('is for national users only, and never for strangers', async () => {
    const district = await signInAs(t.app, 'petugas@sigap.local');
    expect((await district.request('GET', '/api/case-stats/ctdc.csv')).status).toBe(403);
    expect((await get('/api/case-stats/ctdc.csv')).statusCode).toBe(401);
  });
});
