import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MappedCaseRow } from '@sigap/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCaseFile } from '../src/features/case-import/import-case-file.js';
import { PreparedSpool } from '../src/features/case-import/prepared-spool.js';
import type { MappedResult } from '../src/features/case-import/row-mapper.js';
import { institutionId } from '../src/features/institutions/load-institutions.js';
import { queryRows } from '../src/platform/db/client.js';
import { createFieldCrypto, generateKeyring } from '../src/platform/field-crypto.js';
import { csvText } from './case-import-fixture.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * The fast path of `importCaseFile`: the validation pass keeps its mapped rows (encrypted) for
 * the writes instead of the writes reading the file again, and sealing draws its nonces from a
 * pool.
 */
const row = (n: number, name: string): MappedCaseRow => ({
  rowNumber: n,
  sourceRecordId: `K-${n}`,
  reportedOn: '2024-01-02',
  source: 'import',
  status: 'active',
  closureReason: null,
  exploitationTypes: ['forced_labour'],
  modus: [],
  meansOfControl: [],
  serviceUnitId: null,
  events: [],
  victim: {
    sourcePersonId: `K-${n}`,
    name,
    nik: '5371010101900001',
    passport: null,
    contact: null,
    address: null,
    birthDate: '1990-01-01',
    birthYear: 1990,
    ageAtIdentification: 34,
    isMinor: false,
    sex: 'female',
    citizenship: 'ID',
    disability: null,
    addressRegionCode: null,
    traffickingStatus: null,
    statusDecidedBy: null,
    recruiterRelation: null,
    consent: true,
  },
});

describe('prepared chunks of an import', () => {
  it('come back in order, unreadable on disk, and are deleted afterwards', async () => {
    const spool = new PreparedSpool();
    const tmpBefore = new Set(fs.readdirSync(os.tmpdir()));
    const blocks: MappedResult[][] = [
      [
        { row: row(2, 'Siti Aminah Rahayu'), errors: [] },
        { row: null, errors: [] },
      ],
      [{ row: row(4, 'Yohana Bria Nahak'), errors: [] }],
    ];
    await spool.add(
      [
        { rowNumber: 2, cells: [] },
        { rowNumber: 3, cells: [] },
      ],
      blocks[0] as MappedResult[],
    );
    await spool.add([{ rowNumber: 4, cells: [] }], blocks[1] as MappedResult[]);
    const dir = [...fs.readdirSync(os.tmpdir())].find(
      (d) => d.startsWith('sigap-import-') && !tmpBefore.has(d),
    ) as string;
    const bytes = fs.readFileSync(path.join(os.tmpdir(), dir, 'chunks.bin'));
    // identifying values in clear never touch the disk
    expect(bytes.includes('Siti Aminah')).toBe(false);
    expect(bytes.includes('5371010101900001')).toBe(false);

    const chunks = [];
    for await (const c of spool.read()) chunks.push(c);
    expect(chunks).toEqual([
      { rows: [row(2, 'Siti Aminah Rahayu')], sourceRows: 2, firstRow: 2, lastRow: 3 },
      { rows: [row(4, 'Yohana Bria Nahak')], sourceRows: 1, firstRow: 4, lastRow: 4 },
    ]);
    await spool.discard();
    expect(fs.existsSync(path.join(os.tmpdir(), dir))).toBe(false);
  });
});

describe('sealing from a nonce pool', () => {
  it('gives every value its own IV across pool refills, and every value opens', () => {
    const fields = createFieldCrypto(generateKeyring());
    const ivs = new Set<string>();
    for (let i = 0; i < 10_000; i++) {
      const sealed = fields.seal('Siti Aminah');
      ivs.add(
        Buffer.from(sealed.slice(sealed.indexOf(':') + 1), 'base64')
          .subarray(0, 12)
          .toString('hex'),
      );
      if (i % 997 === 0) expect(fields.open(sealed)).toBe('Siti Aminah');
    }
    expect(ivs.size).toBe(10_000);
  });
});

describe('importCaseFile with its validation pass reused', () => {
  let t: TestApp;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sigap-spool-test-'));
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const HEADER = ['sigap_CaseId', 'sigap_ReportedDate', 'prs_FirstName', 'prs_Gender'];
  const data = Array.from({ length: 9 }, (_, i) => [
    `S-${i}`,
    i === 4 ? '2024-02-31' : '2024-02-01',
    `Nama Korban ${i}`,
    'Feminine',
  ]);
  const input = (name: string, validOnly: boolean) => {
    const filePath = path.join(dir, name);
    fs.writeFileSync(filePath, csvText([HEADER, ...data]));
    return {
      filePath,
      template: 'HTCDS 2.0',
      institutionId: institutionId('KEMENSOS'),
      regionCode: null,
      actor: { userId: null, email: 'test', ip: null },
      validOnly,
      chunkRows: 3,
    };
  };
  const count = async () =>
    (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from cases`))[0]
      ?.n;

  it('writes nothing when a row is bad and only valid rows were not chosen', async () => {
    const r = await importCaseFile(t.ctx, input('bad.csv', false));
    expect(r.batch?.state).toBe('previewed');
    expect(r.validation?.errorCount).toBe(1);
    expect(await count()).toBe(0);
  });

  it('writes the valid rows in chunks of file rows, sealed, skipping the bad one', async () => {
    const progress: number[] = [];
    const spools = () => fs.readdirSync(os.tmpdir()).filter((d) => /^sigap-import-\w{6}$/.test(d));
    const before = new Set(spools());
    const r = await importCaseFile(t.ctx, input('valid-only.csv', true), (p) => {
      if (p.phase === 'import') progress.push(p.rows);
    });
    expect(r.batch?.state).toBe('completed');
    expect(r.batch?.processedRows).toBe(9);
    expect(progress).toEqual([3, 6, 9]);
    expect(await count()).toBe(8);
    const people = await queryRows<{ name_enc: string; name_bidx: string | null }>(
      t.database.db,
      sql`select name_enc, name_bidx from case_people order by source_record_id`,
    );
    expect(people).toHaveLength(8);
    expect(people.every((p) => p.name_enc.startsWith(`${t.ctx.fields.keyId}:`))).toBe(true);
    expect(people.every((p) => p.name_bidx)).toBe(true);
    expect(t.ctx.fields.open(people[0]?.name_enc as string)).toBe('Nama Korban 0');
    // no spool is left behind
    expect(spools().filter((d) => !before.has(d))).toEqual([]);
  });
});
