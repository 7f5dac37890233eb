import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CTDC_COLUMNS, CTDC_QUASI_IDENTIFIERS, type CtdcReport } from '@sigap/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/platform/db/client.js';
import { generateKeyring, openFieldCrypto } from '../src/platform/field-crypto.js';
import { addCase, addPerson } from './case-stats-fixture.js';

/** `sigap export ctdc` as an operator runs it, on an embedded data directory. */
const BIN = path.resolve(import.meta.dirname, '../bin/sigap.mjs');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sigap-ctdc-cli-'));
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

const QI = CTDC_QUASI_IDENTIFIERS.flatMap((q) => q.columns).map((c) => CTDC_COLUMNS.indexOf(c));

function classesOf(csv: string): { header: string; rows: number; smallest: number } {
  const [header = '', ...rows] = csv.trim().split('\r\n');
  const classes = new Map<string, number>();
  for (const r of rows) {
    const cells = r.split(',');
    const key = QI.map((i) => cells[i]).join('|');
    classes.set(key, (classes.get(key) ?? 0) + 1);
  }
  return { header, rows: rows.length, smallest: Math.min(...classes.values()) };
}

const onPostgres = process.env.SIGAP_TEST_DB === 'postgres';

describe.skipIf(onPostgres)('sigap export ctdc', () => {
  beforeAll(async () => {
    expect(sigap('db', 'migrate').code).toBe(0);
    const database = await openDatabase({ kind: 'pglite', dataDir: path.join(dir, 'data') });
    const fields = openFieldCrypto(JSON.stringify(generateKeyring()), file('unused-keyring.json'));
    try {
      // 15 victims: women and men of 2022 and 2023 in Malaysia and Saudi Arabia, three unverified
      for (let i = 0; i < 15; i++) {
        const id = await addCase(database.db, {
          regionCode: '53.71',
          reportedOn: `${2022 + (i % 2)}-06-01`,
          state: i < 12 ? 'verified' : 'unverified',
          types: [i % 3 === 0 ? 'sexual_exploitation' : 'forced_labour'],
          modus: i % 4 === 0 ? ['abk_perikanan'] : [],
          means: ['debt_bondage'],
          events: [{ type: 'exploitation', on: '2021-01-01', country: i % 5 === 0 ? 'SA' : 'MY' }],
        });
        await addPerson(database.db, fields, id, {
          sex: i % 2 ? 'male' : 'female',
          age: 18 + i,
          state: i < 12 ? 'verified' : 'unverified',
          recruiter: 'acquainted',
        });
      }
    } finally {
      await database.close();
    }
  });

  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes the CTDC header and one row per victim, no class below k, the report on stderr', () => {
    const r = sigap(
      'export',
      'ctdc',
      '--k',
      '11',
      '-o',
      file('ctdc.csv'),
      '--report',
      file('r.json'),
    );
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('CTDC export: k = 11; 15 unique victims in, 15 rows out, 0 dropped');
    expect(r.err).toMatch(/values suppressed \(set to -99\): .*yearOfRegistration \d+/);
    const csv = classesOf(fs.readFileSync(file('ctdc.csv'), 'utf8'));
    expect(csv.header).toBe(CTDC_COLUMNS.join(','));
    expect(csv.rows).toBe(15);
    expect(csv.smallest).toBeGreaterThanOrEqual(11);
    const report = JSON.parse(fs.readFileSync(file('r.json'), 'utf8')) as CtdcReport;
    expect(report).toMatchObject({ k: 11, rowsIn: 15, rowsOut: 15, rowsDropped: 0 });
    expect(report.smallestClass).toBeGreaterThanOrEqual(11);
  });

  it('respects a smaller k and the verified-only switch', () => {
    const r = sigap('export', 'ctdc', '--k', '3', '--verified-only', '-o', file('k3.csv'));
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('below this installation');
    const csv = classesOf(fs.readFileSync(file('k3.csv'), 'utf8'));
    expect(csv.rows).toBe(12);
    expect(csv.smallest).toBeGreaterThanOrEqual(3);
    expect(r.err).toContain('k = 3; 12 unique victims in, 12 rows out, 0 dropped');
  });

  it('refuses a k below 2 and writes nothing', () => {
    const r = sigap('export', 'ctdc', '--k', '1', '-o', file('x.csv'));
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('--k must be a whole number of at least 2');
    expect(fs.existsSync(file('x.csv'))).toBe(false);
  });
});
