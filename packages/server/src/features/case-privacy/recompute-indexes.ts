import { and, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import type { FieldCrypto } from '../../platform/field-crypto.js';
import { sealIdentity } from '../cases/person-crypto.js';
import { byKey, eachBatch, type Progress, type Row } from './keyset.js';
import { CASE_TABLES, type NamedColumn } from './sealed-columns.js';

export type RecomputeResult = { checked: number; updated: number; conflicts: number };

/** The identity fields the blind indexes are computed from (contact and address have none). */
const SOURCES = ['name', 'nik', 'passport', 'birthDate'] as const;

/**
 * The blind-index columns and their sources. Built from the schema and from what sealIdentity
 * produces, and refused when they disagree: a `_bidx` column this code does not know how to
 * recompute would silently keep the old key's hashes and stop matching after the rotation.
 */
export function indexPlan(fields: FieldCrypto) {
  const produced = Object.keys(
    sealIdentity(fields, {
      name: null,
      nik: null,
      passport: null,
      contact: null,
      address: null,
      birthDate: null,
    }),
  ).filter((k) => k.endsWith('Bidx'));
  const people = CASE_TABLES.find((t) => t.name === 'case_people');
  if (!people) throw new Error('case_people is missing from the schema');
  for (const t of CASE_TABLES) {
    const unknown = t.bidx.filter((c) => t !== people || !produced.includes(c.prop));
    if (unknown.length)
      throw new Error(
        `blind index ${t.name}.${unknown[0]?.column.name} has no recompute rule: teach recompute-indexes.ts (and sealIdentity) about it`,
      );
  }
  const sources = SOURCES.map((f) => {
    const c = people.enc.find((e) => e.prop === `${f}Enc`);
    if (!c) throw new Error(`case_people has no sealed column for ${f}`);
    return c;
  });
  return { people, sources, indexes: people.bidx };
}

/**
 * Recomputes every blind index of `case_people` under the keyring's current index key, from the
 * decrypted values and with sealIdentity's own normalisation. A row whose indexes are already
 * right is not written, so an interrupted run is simply run again. A row edited meanwhile (its
 * sealed values no longer what was read) is left to the writer, who computed its indexes with
 * the key it had; `conflicts` counts them so the caller can run another pass.
 */
export async function recomputeIndexes(
  db: Db,
  fields: FieldCrypto,
  opts: { batchSize?: number; onProgress?: (p: Progress) => void } = {},
): Promise<RecomputeResult> {
  const { people, sources, indexes } = indexPlan(fields);
  const result: RecomputeResult = { checked: 0, updated: 0, conflicts: 0 };
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(people.table);
  const total = Number(count?.n ?? 0);
  await eachBatch(
    db,
    people,
    [...sources, ...indexes],
    sql`true`,
    opts.batchSize ?? 500,
    async (tx, rows) => {
      for (const row of rows) {
        result.checked++;
        const set = changedIndexes(fields, sources, indexes, (c) => row[c.prop]);
        if (!set) continue;
        const updated = await tx
          .update(people.table)
          .set(set)
          .where(and(byKey(people, row), unchanged(sources, row)))
          .returning({ one: sql`1` });
        if (updated.length) result.updated++;
        else result.conflicts++;
      }
      opts.onProgress?.({ phase: 'index', table: people.name, done: result.checked, total });
    },
  );
  return result;
}

/**
 * The blind indexes (by property name) that differ from what sealIdentity computes now for the
 * sealed values `read` returns, or null when all are right.
 */
export function changedIndexes(
  fields: FieldCrypto,
  sources: NamedColumn[],
  indexes: NamedColumn[],
  read: (c: NamedColumn) => unknown,
): Record<string, unknown> | null {
  const [name, nik, passport, birthDate] = sources.map((c) =>
    fields.openOrNull(read(c) as string | null),
  );
  const fresh = sealIdentity(fields, {
    name: name ?? null,
    nik: nik ?? null,
    passport: passport ?? null,
    birthDate: birthDate ?? null,
    contact: null,
    address: null,
  }) as Record<string, unknown>;
  const set: Record<string, unknown> = {};
  for (const c of indexes) if (!sameIndex(read(c), fresh[c.prop])) set[c.prop] = fresh[c.prop];
  return Object.keys(set).length ? set : null;
}

/** Token lists are sets: the same hashes in another order are the same index. */
function sameIndex(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
  return (a ?? null) === (b ?? null);
}

function unchanged(sources: NamedColumn[], row: Row): SQL {
  return and(
    ...sources.map((c) =>
      row[c.prop] === null ? sql`${c.column} is null` : sql`${c.column} = ${row[c.prop] as string}`,
    ),
  ) as SQL;
}
