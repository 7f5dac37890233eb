import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../src/features/audit/schema.js';
import type { Progress } from '../src/features/case-privacy/keyset.js';
import { keyStatus, retireKey, rotateKeys } from '../src/features/case-privacy/rotate-keys.js';
import { openIdentity, sealIdentity } from '../src/features/cases/person-crypto.js';
import { casePeople, cases, importBatches, importRows } from '../src/features/cases/schema.js';
import { institutions } from '../src/features/institutions/schema.js';
import {
  createFieldCrypto,
  type Keyring,
  parseKeyring,
  saveKeyring,
  withNewDataKey,
} from '../src/platform/field-crypto.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
let keyFile: string;
const actor = { userId: null, email: 'cli:test', ip: null };
const people = Array.from({ length: 23 }, (_, i) => ({
  name: `Siti Rahayu ${String.fromCharCode(65 + i)}`,
  nik: `53710${String(i).padStart(11, '0')}`,
  passport: i % 3 === 0 ? `C${1000000 + i}` : null,
  contact: `+62812${String(i).padStart(6, '0')}`,
  address: `Jl. Timor Raya ${i}, Kupang`,
  birthDate: `199${i % 10}-0${(i % 9) + 1}-15`,
}));
const SUMMARY = 'Korban direkrut oleh tetangga dengan janji kerja di Malaysia';

const ring = (): Keyring => parseKeyring(fs.readFileSync(keyFile, 'utf8'), keyFile);
const quiet = { settleMs: 0, batchSize: 7 };

/** Every sealed text value of the case tables with the key id it names. */
async function sealedKeyIds() {
  const db = t.database.db;
  const rows = await db.execute(sql`
    select split_part(v, ':', 1) as k from case_people,
      unnest(array[name_enc, nik_enc, passport_enc, contact_enc, address_enc, birth_date_enc]) v
      where v is not null
    union all select split_part(summary_enc, ':', 1) from cases where summary_enc is not null`);
  return (rows as unknown as { rows: Array<{ k: string }> }).rows.map((r) => r.k);
}

beforeAll(async () => {
  t = await startTestApp({ demo: false });
  keyFile = t.ctx.config.fieldKeyringFile;
  const fields = createFieldCrypto(ring());
  const db = t.database.db;
  const [inst] = await db.select({ id: institutions.id }).from(institutions).limit(1);
  if (!inst) throw new Error('no institution');
  for (const [n, group] of [people.slice(0, 12), people.slice(12)].entries()) {
    const [c] = await db
      .insert(cases)
      .values({
        caseNumber: `TPPO-1995-00000${n}`,
        institutionId: inst.id,
        regionCode: '53.71',
        reportedOn: '1995-03-01',
        source: 'case_management',
        summaryEnc: fields.seal(SUMMARY),
      })
      .returning({ id: cases.id });
    for (const p of group)
      await db.insert(casePeople).values({
        caseId: c?.id as string,
        role: 'victim',
        clusterId: randomUUID(),
        ...sealIdentity(fields, p),
      });
  }
  // an import waiting for confirmation keeps its mapped values sealed inside JSON
  const [batch] = await db
    .insert(importBatches)
    .values({
      sourceSystem: 'simfoni',
      format: 'csv',
      fileName: 'kasus.csv',
      fileSha256: 'ab'.repeat(32),
      institutionId: inst.id,
      state: 'previewed',
    })
    .returning({ id: importBatches.id });
  await db.insert(importRows).values({
    batchId: batch?.id as string,
    rowNumber: 2,
    mapped: { person: { nameEnc: fields.seal('Yohana Bria'), sex: 'f' }, tags: [fields.seal('x')] },
  });
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('sigap keys rotate', () => {
  it('re-encrypts every sealed value under a new key, then retires the old one', async () => {
    const before = await keyStatus(t.database.db, ring());
    // 23 people × 5 fields, 8 passports, 2 summaries, 2 values inside the import row
    expect(before.keys).toEqual([{ id: 'k1', current: true, values: 23 * 5 + 8 + 2 + 2 }]);
    const progress: Progress[] = [];
    const report = await rotateKeys(t.database.db, actor, {
      keyFile,
      indexKey: false,
      ...quiet,
      onProgress: (p) => progress.push(p),
    });
    expect(report).toMatchObject({ from: ['k1'], to: 'k2', resumed: false, retired: ['k1'] });
    expect(report.reencrypted.values).toBe(before.keys[0]?.values);
    expect(report.stillUsed).toEqual({});
    expect(Object.keys(ring().keys)).toEqual(['k2']);
    expect(new Set(await sealedKeyIds())).toEqual(new Set(['k2']));
    // progress in batches, per table, up to the total
    const peopleBatches = progress.filter((p) => p.table === 'case_people');
    expect(peopleBatches.length).toBe(Math.ceil(23 / 7));
    expect(peopleBatches.at(-1)).toMatchObject({ phase: 'data', done: 23, total: 23 });

    const fields = createFieldCrypto(ring());
    const opened = (await t.database.db.select().from(casePeople)).map((p) =>
      openIdentity(fields, p),
    );
    expect(opened.map((p) => p.nik).sort()).toEqual(people.map((p) => p.nik).sort());
    const [row] = await t.database.db.select().from(importRows);
    const mapped = row?.mapped as { person: { nameEnc: string }; tags: string[] };
    expect(mapped.person.nameEnc.startsWith('k2:')).toBe(true);
    expect(fields.open(mapped.person.nameEnc)).toBe('Yohana Bria');
    expect(fields.open(mapped.tags[0] as string)).toBe('x');

    const [entry] = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'keys.rotated'));
    expect(entry?.actorEmail).toBe('cli:test');
    expect(entry?.after).toMatchObject({ from: ['k1'], to: 'k2', retired: ['k1'] });
    const logged = JSON.stringify(entry);
    expect(logged).not.toContain(ring().keys.k2);
    expect(logged).not.toContain('Siti');
  });

  it('is safe to interrupt: a re-run finishes the same rotation and skips what is done', async () => {
    let batches = 0;
    await expect(
      rotateKeys(t.database.db, actor, {
        keyFile,
        indexKey: false,
        ...quiet,
        onProgress: () => {
          if (++batches === 2) throw new Error('power cut');
        },
      }),
    ).rejects.toThrow('power cut');
    // the new key is current and the old one is still there, so both halves open
    expect(ring().current).toBe('k3');
    expect(Object.keys(ring().keys).sort()).toEqual(['k2', 'k3']);
    const mixed = await sealedKeyIds();
    expect(mixed).toContain('k2');
    expect(mixed).toContain('k3');
    const left = mixed.filter((k) => k === 'k2').length + 2; // + the two inside the import row
    const report = await rotateKeys(t.database.db, actor, { keyFile, indexKey: false, ...quiet });
    expect(report).toMatchObject({ from: ['k2'], to: 'k3', resumed: true, retired: ['k2'] });
    expect(report.reencrypted.values).toBe(left);
    expect(Object.keys(ring().keys)).toEqual(['k3']);
    expect(new Set(await sealedKeyIds())).toEqual(new Set(['k3']));
  });

  it('retire refuses a key that values still use, and the current key', async () => {
    saveKeyring(keyFile, withNewDataKey(ring()));
    expect(ring().current).toBe('k4');
    await expect(retireKey(t.database.db, actor, keyFile, 'k3')).rejects.toThrow(
      /values still use key "k3"/,
    );
    await expect(retireKey(t.database.db, actor, keyFile, 'k4')).rejects.toThrow(/current key/);
    const status = await keyStatus(t.database.db, ring());
    expect(status.keys.find((k) => k.id === 'k3')?.values).toBeGreaterThan(0);
    expect(status.keys.find((k) => k.id === 'k4')?.values).toBe(0);
    // once the values are re-encrypted the key can go
    await rotateKeys(t.database.db, actor, { keyFile, indexKey: false, ...quiet });
    expect(Object.keys(ring().keys)).toEqual(['k4']);
  });

  it('reports values naming a key the keyring lost, and stops rather than retire around them', async () => {
    const [p] = await t.database.db.select().from(casePeople).limit(1);
    if (!p?.nameEnc) throw new Error('no person');
    const orphan = `k1:${p.nameEnc.slice(3)}`;
    await t.database.db
      .update(casePeople)
      .set({ contactEnc: orphan })
      .where(eq(casePeople.id, p.id));
    const status = await keyStatus(t.database.db, ring());
    expect(status.unknownKeys).toEqual({ k1: 1 });
    await expect(
      rotateKeys(t.database.db, actor, { keyFile, indexKey: false, ...quiet }),
    ).rejects.toThrow(/case_people.contact_enc of row .* cannot be opened/);
    // the interrupted rotation keeps k4 for what is still under it
    expect(Object.keys(ring().keys).sort()).toEqual(['k4', 'k5']);
    await t.database.db.update(casePeople).set({ contactEnc: null }).where(eq(casePeople.id, p.id));
    const done = await rotateKeys(t.database.db, actor, { keyFile, indexKey: false, ...quiet });
    expect(done.retired).toEqual(['k4']);
  });
});
