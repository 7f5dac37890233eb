import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, queryRows } from '../src/platform/db/client.js';
import { csvText } from './case-import-fixture.js';

/** `sigap cases import …` as an operator runs it, on an embedded data directory. */
const BIN = path.resolve(import.meta.dirname, '../bin/sigap.mjs');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sigap-case-cli-'));
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
    timeout: 180_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const file = (name: string) => path.join(dir, name);

const HEADER = [
  'sigap_CaseId',
  'sigap_ReportedDate',
  'prs_FirstName',
  'prs_Gender',
  'vic_AgeWhenTrafficked',
  'hte_Exploitation_Country',
];
const GOOD = [
  HEADER,
  ['NGO-1', '2024-02-01', 'Siti', 'Feminine', '19', 'MY'],
  ['NGO-2', '2024-02-03', 'Budi', 'Masculine', '', 'KH'],
  ['NGO-3', '2024-02-05', 'Ani', 'Feminine', '16', 'TW'],
];

async function count(query: ReturnType<typeof sql>) {
  const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'data') });
  try {
    const [row] = await queryRows<{ n: number }>(database.db, query);
    return row?.n ?? 0;
  } finally {
    await database.close();
  }
}

describe.skipIf(process.env.SIGAP_TEST_DB === 'postgres')('sigap cases import', () => {
  beforeAll(() => {
    expect(sigap('db', 'migrate').code).toBe(0);
    fs.writeFileSync(file('good.csv'), csvText(GOOD));
    fs.writeFileSync(
      file('bad.csv'),
      csvText([...GOOD, ['NGO-4', '2024-02-31', 'X', 'Feminine', '130', 'Atlantis']]),
    );
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lists every bad row and writes nothing', () => {
    const r = sigap('cases', 'import', file('bad.csv'), '--template', 'HTCDS 2.0', '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.out).toContain('Row 5, column "sigap_ReportedDate": Impossible date: 2024-02-31');
    expect(r.out).toContain('Row 5, column "vic_AgeWhenTrafficked": Age 130 is impossible');
    expect(r.out).toContain('Row 5, column "hte_Exploitation_Country": Unknown country "Atlantis"');
    expect(r.out).toContain('4 rows, 3 valid, 3 errors');
    expect(r.out).toContain('Not imported');
  }, 300_000);

  it('dry-runs, imports with progress and a summary, and imports again without duplicates', async () => {
    const dry = sigap(
      'cases',
      'import',
      file('good.csv'),
      '--template',
      'htcds 2.0',
      '--dry-run',
      '--lang',
      'en',
    );
    expect(dry.code, dry.err).toBe(0);
    expect(dry.out).toContain('Dry run: nothing was written');
    expect(await count(sql`select count(*)::int as n from cases`)).toBe(0);

    const done = sigap(
      'cases',
      'import',
      file('good.csv'),
      '--template',
      'HTCDS 2.0',
      '--institution',
      'kemensos',
      '--region',
      '53.71',
      '--lang',
      'en',
    );
    expect(done.code, done.err).toBe(0);
    expect(done.err).toContain('3/3 (100%) rows imported');
    expect(done.out).toMatch(/Import [0-9a-f-]{36} completed: 3 rows, 3 new cases, 0 updated/);
    expect(
      await count(
        sql`select count(*)::int as n from cases where region_code = '53.71' and source_system = 'htcds'`,
      ),
    ).toBe(3);

    const again = sigap(
      'cases',
      'import',
      file('good.csv'),
      '--template',
      'HTCDS 2.0',
      '--lang',
      'en',
    );
    expect(again.out).toContain('0 new cases, 0 updated');
    expect(await count(sql`select count(*)::int as n from cases`)).toBe(3);

    const id = /Import ([0-9a-f-]{36})/.exec(done.out)?.[1] as string;
    const back = sigap('cases', 'import-rollback', id, '--lang', 'en');
    expect(back.code, back.err).toBe(0);
    expect(back.out).toBe(`Import ${id} rolled back\n`);
    expect(await count(sql`select count(*)::int as n from cases`)).toBe(0);
  }, 600_000);

  it('refuses an unknown institution or template', () => {
    const r = sigap(
      'cases',
      'import',
      file('good.csv'),
      '--template',
      'HTCDS 2.0',
      '--lang',
      'en',
      '--institution',
      'NOPE',
    );
    expect(r.code).toBe(1);
    expect(r.err).toBe('Unknown institution: NOPE\n');
    const t = sigap('cases', 'import', file('good.csv'), '--template', 'Tidak Ada', '--lang', 'en');
    expect(t.code).toBe(1);
    expect(t.err).toBe('Import template not found\n');
  }, 300_000);
});
