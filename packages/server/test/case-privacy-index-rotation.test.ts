import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { normaliseName } from '@sigap/domain';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../src/features/audit/schema.js';
import { reindex, rotateKeys } from '../src/features/case-privacy/rotate-keys.js';
import { openIdentity, sealIdentity, searchIndexes } from '../src/features/cases/person-crypto.js';
import { casePeople, cases, importBatches, importRows } from '../src/features/cases/schema.js';
import { institutions } from '../src/features/institutions/schema.js';
import { createFieldCrypto, type Keyring, parseKeyring } from '../src/platform/field-crypto.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let keyFile: string;
const actor = { userId: null, email: 'cli:test', ip: null };
const NAMES = [
  'Maria Goreti Seran',
  'Yohanes Nahak',
  'Siti Aminah binti Saleh',
  'Agustina Bria',
  'Dewi Lestari',
  'Fransiska Hoar',
  'Ahmad Fauzi',
  'Nur Aini',
  'Theresia Mau',
  'Paulus Kolo',
  'Rini Susanti',
];
const ring = (): Keyring => parseKeyring(fs.readFileSync(keyFile, 'utf8'), keyFile);
const quiet = { settleMs: 0, batchSize: 4 };

const INDEX_PROPS = ['nameBidx', 'nameTokenBidx', 'nikBidx', 'passportBidx', 'birthDateBidx'];
const indexesOf = (row: Record<string, unknown>) =>
  INDEX_PROPS.map((k) => (Array.isArray(row[k]) ? [...(row[k] as string[])].sort() : row[k]));

beforeAll(async () => {
  t = await startTestApp({ demo: false });
  keyFile = t.ctx.config.fieldKeyringFile;
  const fields = createFieldCrypto(ring());
  const db = t.database.db;
  const [inst] = await db.select({ id: institutions.id }).from(institutions).limit(1);
  const [c] = await db
    .insert(cases)
    .values({
      caseNumber: 'TPPO-1996-000001',
      institutionId: inst?.id as string,
      regionCode: '53.01',
      reportedOn: '1996-05-02',
      source: 'hotline',
    })
    .returning({ id: cases.id });
  for (const [i, name] of NAMES.entries())
    await db.insert(casePeople).values({
      caseId: c?.id as string,
      role: 'victim',
      clusterId: randomUUID(),
      ...sealIdentity(fields, {
        name,
        nik: `530100${String(i).padStart(10, '0')}`,
        passport: i % 2 ? `B${200000 + i}` : null,
        contact: null,
        address: null,
        birthDate: i % 4 ? `1980-01-${String(i + 10).padStart(2, '0')}` : null,
      }),
    });
  // an import that updated this case keeps its people as they were, for a rollback
  const [batch] = await db
    .insert(importBatches)
    .values({
      sourceSystem: 'bp2mi',
      format: 'csv',
      fileName: 'kasus.csv',
      fileSha256: 'cd'.repeat(32),
      institutionId: inst?.id as string,
      state: 'completed',
    })
    .returning({ id: importBatches.id });
  await db.execute(sql`insert into case_import_rows (batch_id, row_number, case_id, mapped)
    select ${batch?.id}, 2, ${c?.id}, jsonb_build_object('people', jsonb_agg(to_jsonb(p)), 'note', 'name_bidx')
    from case_people p`);
}, 120_000);

/** The blind indexes of the person copies kept by the import, by person id. */
async function snapshotIndexes() {
  const [row] = await t.database.db.select().from(importRows);
  if (!row) throw new Error('no import row');
  const copies = (row.mapped as { people: Array<Record<string, unknown>> }).people;
  return new Map(
    copies.map((p) => [
      p.id as string,
      [
        p.name_bidx,
        [...(p.name_token_bidx as string[])].sort(),
        p.nik_bidx,
        p.passport_bidx,
        p.birth_date_bidx,
      ],
    ]),
  );
}

afterAll(async () => {
  await t?.close();
});

async function peopleRows() {
  return t.database.db.select().from(casePeople);
}

describe('sigap keys rotate --index-key', () => {
  it('recomputes every blind index under a new index key, as sealIdentity computes them', async () => {
    const before = await peopleRows();
    const oldIndexKey = ring().indexKey;
    const report = await rotateKeys(t.database.db, actor, { keyFile, indexKey: true, ...quiet });
    expect(report.index).toMatchObject({
      checked: NAMES.length,
      updated: NAMES.length,
      snapshots: 1,
      finished: true,
      resumed: false,
    });
    expect(ring().indexKey).not.toBe(oldIndexKey);
    expect(ring().previousIndexKey).toBeUndefined();

    const fields = createFieldCrypto(ring());
    const after = await peopleRows();
    const oldNames = new Set(before.map((p) => p.nameBidx));
    for (const row of after) {
      const who = openIdentity(fields, row);
      expect(indexesOf(row)).toEqual(indexesOf(sealIdentity(fields, who)));
      expect(oldNames.has(row.nameBidx)).toBe(false);
    }
    // the import's copies now carry the same indexes as the people themselves
    const copies = await snapshotIndexes();
    expect(copies.size).toBe(NAMES.length);
    for (const row of after) expect(copies.get(row.id)).toEqual(indexesOf(row));
    // a search as the app makes it finds the person again, by name, name part and NIK
    const maria = searchIndexes(fields, 'maria goreti seran');
    expect(after.filter((r) => r.nameBidx === maria.name)).toHaveLength(1);
    const nik = searchIndexes(fields, '5301000000000002');
    expect(after.filter((r) => r.nikBidx === nik.nik)).toHaveLength(1);
    const part = searchIndexes(fields, 'Bria').parts[0] as string;
    expect(after.filter((r) => r.nameTokenBidx.includes(part))).toHaveLength(1);
  });

  it('keeps the previous index key while interrupted, so both indexes are searched, and resumes', async () => {
    let batches = 0;
    await expect(
      rotateKeys(t.database.db, actor, {
        keyFile,
        indexKey: true,
        ...quiet,
        onProgress: (p) => {
          if (p.phase === 'index' && ++batches === 2) throw new Error('interrupted');
        },
      }),
    ).rejects.toThrow('interrupted');
    expect(ring().previousIndexKey).toBeDefined();

    // half the rows carry the new index, half the old: a search over both finds everyone
    const fields = createFieldCrypto(ring());
    const rows = await peopleRows();
    const current = rows.filter(
      (r) =>
        r.nameBidx === fields.blindIndex('name', normaliseName(openIdentity(fields, r).name ?? '')),
    );
    expect(current.length).toBe(4);
    for (const name of NAMES) {
      const all = fields.blindIndexAll('name', normaliseName(name));
      expect(all).toHaveLength(2);
      expect(rows.filter((r) => all.includes(r.nameBidx as string))).toHaveLength(1);
    }

    // running the command again finishes the index rotation without starting another
    const indexKey = ring().indexKey;
    const report = await rotateKeys(t.database.db, actor, { keyFile, indexKey: false, ...quiet });
    expect(report.index).toMatchObject({
      resumed: true,
      finished: true,
      updated: NAMES.length - 4,
    });
    expect(ring().indexKey).toBe(indexKey);
    expect(ring().previousIndexKey).toBeUndefined();
    const done = createFieldCrypto(ring());
    for (const row of await peopleRows())
      expect(indexesOf(row)).toEqual(indexesOf(sealIdentity(done, openIdentity(done, row))));
  });

  it('reindex rebuilds indexes under the current key (after a normalisation change)', async () => {
    const [row] = await peopleRows();
    if (!row) throw new Error('no person');
    const right = indexesOf(row);
    await t.database.db
      .update(casePeople)
      .set({ nameBidx: 'stale', nameTokenBidx: ['stale'] })
      .where(eq(casePeople.id, row.id));
    const r = await reindex(t.database.db, actor, ring(), { batchSize: 5 });
    expect(r).toEqual({ checked: NAMES.length, updated: 1, snapshots: 0, conflicts: 0 });
    const [again] = await t.database.db.select().from(casePeople).where(eq(casePeople.id, row.id));
    expect(indexesOf(again ?? {})).toEqual(right);
    const [entry] = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'keys.reindexed'));
    expect(entry?.after).toEqual({ checked: NAMES.length, updated: 1, snapshots: 0, conflicts: 0 });
  });
});
