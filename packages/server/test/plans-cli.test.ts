import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { desc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../src/features/audit/schema.js';
import { openDatabase } from '../src/platform/db/client.js';

/** `sigap plan …` as an operator runs it, on an embedded data directory without demo data. */
const BIN = path.resolve(import.meta.dirname, '../bin/sigap.mjs');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sigap-plan-cli-'));
const env: Record<string, string | undefined> = {
  ...process.env,
  SIGAP_DATA_DIR: path.join(dir, 'data'),
  LOG_LEVEL: 'warn',
};
delete env.DATABASE_URL;

function sigap(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const file = (name: string) => path.join(dir, name);

/** A sheet typed by hand: the plan block, a blank row, the header (row 7) and two indicators. */
async function handSheet(edit: (ws: ExcelJS.Worksheet) => void = () => {}) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Matriks');
  ws.addRows([
    ['Judul Rencana Aksi', 'RAN uji CLI'],
    ['Jenis (RAN/RAD)', 'RAN'],
    ['Tahun Mulai', 2035],
    ['Tahun Akhir', 2037],
    ['Dasar Hukum', 'Perpres 9/2035'],
    [],
    [
      'Strategi',
      'Kode Program',
      'Program/Fokus',
      'Kode Aksi',
      'Aksi',
      'Penanggung Jawab',
      'Kode Indikator',
      'Indikator',
      'Satuan',
      'Arah Indikator',
      'Target 2035',
      'Target 2036',
    ],
    [
      1,
      '1',
      'Edukasi',
      '1.1',
      'Sosialisasi',
      'KEMENPPPA',
      'a',
      'Peserta',
      'orang',
      'Naik',
      100,
      200,
    ],
    [5, '5', 'Penegakan', '5.1', 'Penyidikan', 'Polri', 'a', 'Perkara', 'perkara', 'Turun', 50, 40],
  ]);
  edit(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const onPostgres = process.env.SIGAP_TEST_DB === 'postgres';

describe.skipIf(onPostgres)('sigap plan', () => {
  beforeAll(async () => {
    expect(sigap('db', 'migrate').code).toBe(0);
    fs.writeFileSync(file('new.xlsx'), await handSheet());
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('documents how a plan is named', () => {
    const r = sigap('plan', '--help');
    expect(r.out).toContain('ran:2020        the RAN whose period contains 2020');
    expect(r.out).toContain('rad:33:2021');
    for (const c of ['list', 'export', 'import']) expect(r.out).toContain(c);
  });

  it('dry-runs, then imports a new plan, then lists it', () => {
    expect(sigap('plan', 'list').out).toBe('Belum ada rencana aksi / No plans yet\n');
    const dry = sigap('plan', 'import', file('new.xlsx'), '--dry-run');
    expect(dry.err).toBe('');
    expect(dry.code).toBe(0);
    expect(dry.out.split('\n')).toEqual([
      'Rencana aksi baru: RAN uji CLI (RAN 2035–2037)',
      '+ program 1 Edukasi',
      '+ program 5 Penegakan',
      '+ aksi 1.1 Sosialisasi',
      '+ aksi 5.1 Penyidikan',
      '+ indikator 1.1/a Peserta',
      '+ indikator 5.1/a Perkara',
      'Uji coba (--dry-run): tidak ada yang disimpan',
      '',
    ]);
    expect(JSON.parse(sigap('plan', 'list', '--json').out)).toEqual([]);

    const done = sigap('plan', 'import', file('new.xlsx'));
    expect(done.code).toBe(0);
    expect(done.out).toMatch(/^Rencana aksi dibuat: [0-9a-f-]{36}$/m);
    const plans = JSON.parse(sigap('plan', 'list', '--json').out);
    expect(plans).toMatchObject([
      {
        kind: 'ran',
        title: 'RAN uji CLI',
        startYear: 2035,
        endYear: 2037,
        revision: 1,
        activityCount: 2,
      },
    ]);
    expect(sigap('plan', 'list').out).toContain(
      'RAN  -      2035–2037  rev 1  2 aksi  RAN uji CLI',
    );
  });

  it('exports a plan by shorthand, and its export imports back as "no changes"', () => {
    const r = sigap('plan', 'export', 'ran:2036', '-o', file('out.xlsx'));
    expect(r.code, r.err).toBe(0);
    expect(fs.statSync(file('out.xlsx')).size).toBeGreaterThan(5000);
    for (const args of [[], ['--plan', 'RAN uji CLI']]) {
      const back = sigap('plan', 'import', file('out.xlsx'), '--dry-run', ...args);
      expect(back.code).toBe(0);
      expect(back.out).toContain('Tidak ada perubahan / No changes');
    }
    const none = sigap('plan', 'export', 'rad:33:2036', '-o', file('x.xlsx'));
    expect(none.code).toBe(1);
    expect(none.err).toBe('Rencana aksi "rad:33:2036" tidak ditemukan\n');
  });

  it('prints every error with row and column, exits 1 and writes nothing', async () => {
    fs.writeFileSync(
      file('bad.xlsx'),
      await handSheet((ws) => {
        ws.getCell('A9').value = 9;
        ws.getCell('F8').value = 'Kementerian Antah';
      }),
    );
    const r = sigap('plan', 'import', file('bad.xlsx'), '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.out.split('\n')).toEqual([
      'Row 8, column F "Penanggung Jawab": Unknown institution(s): Kementerian Antah',
      'Row 9, column A "Strategi": Unknown strategy "9"; give its number 1–6, code or name',
      '2 error(s); nothing was written',
      '',
    ]);
    expect(JSON.parse(sigap('plan', 'list', '--json').out)[0].revision).toBe(1);
  });

  it('revises a plan from a changed sheet, audited as the CLI', async () => {
    fs.writeFileSync(
      file('changed.xlsx'),
      await handSheet((ws) => {
        ws.getCell('L8').value = 250;
      }),
    );
    const dry = sigap('plan', 'import', file('changed.xlsx'), '--dry-run', '--lang', 'en');
    expect(dry.out.split('\n').slice(1)).toEqual([
      '~ indicator 1.1/a: targets {"2035":100,"2036":200} → {"2035":100,"2036":250}',
      'Dry run: nothing was written',
      '',
    ]);
    const r = sigap(
      'plan',
      'import',
      file('changed.xlsx'),
      '--note',
      'target naik',
      '--lang',
      'en',
    );
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^Revision 2 saved: [0-9a-f-]{36}$/m);
    expect(JSON.parse(sigap('plan', 'list', '--json').out)[0].revision).toBe(2);

    const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'data') });
    try {
      const [entry] = await database.db
        .select({ email: auditLog.actorEmail, userId: auditLog.actorUserId })
        .from(auditLog)
        .where(eq(auditLog.action, 'plan.revised'))
        .orderBy(desc(auditLog.id));
      expect(entry).toEqual({ email: `cli:${os.userInfo().username}`, userId: null });
    } finally {
      await database.close();
    }
  });
});
