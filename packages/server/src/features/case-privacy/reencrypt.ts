import { and, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import type { FieldCrypto } from '../../platform/field-crypto.js';
import { byKey, countWhere, eachBatch, type Progress, type Row } from './keyset.js';
import { mapSealedStrings, SEALED_TABLES, type SealedTable } from './sealed-columns.js';

export type ReencryptResult = {
  /** Sealed values re-encrypted under the current key. */
  values: number;
  rows: number;
  byTable: Record<string, number>;
};

/** Passes over the tables while rows changed under our feet (a concurrent edit wins, see below). */
const MAX_PASSES = 5;

/** Rows with at least one value sealed under a key other than the current one. */
function staleWhere(t: SealedTable, keyId: string): SQL {
  const notCurrentJson = `"(?!${keyId}:)[a-z0-9]+:[A-Za-z0-9+/]{38,}={0,2}"`;
  return or(
    ...t.enc.map((c) => sql`(${c.column} is not null and ${c.column} not like ${`${keyId}:%`})`),
    ...t.json.map((c) => sql`${c.column}::text ~ ${notCurrentJson}`),
  ) as SQL;
}

/**
 * Re-encrypts every sealed value of the case registry under the keyring's current key. Rows
 * already under it are skipped (FieldCrypto.isStale), so an interrupted run is simply run again.
 * Each row is written back only if its sealed columns still hold what was read: a case worker
 * editing the row meanwhile wins, and the next pass picks up their value if it is still stale.
 */
export async function reencryptAll(
  db: Db,
  fields: FieldCrypto,
  opts: { batchSize?: number; onProgress?: (p: Progress) => void } = {},
): Promise<ReencryptResult> {
  const batchSize = opts.batchSize ?? 500;
  const result: ReencryptResult = { values: 0, rows: 0, byTable: {} };
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    let conflicts = 0;
    for (const t of SEALED_TABLES) {
      const where = staleWhere(t, fields.keyId);
      const total = await countWhere(db, t, where);
      if (total === 0) continue;
      let done = 0;
      await eachBatch(db, t, [...t.enc, ...t.json], where, batchSize, async (tx, rows) => {
        for (const row of rows) {
          const change = resealRow(fields, t, row);
          if (!change) continue;
          const unchanged = [
            ...t.enc
              .filter((c) => change.set[c.prop] !== undefined)
              .map((c) => sql`${c.column} = ${row[c.prop] as string}`),
            ...t.json
              .filter((c) => change.set[c.prop] !== undefined)
              .map((c) => sql`${c.column} = ${JSON.stringify(row[c.prop])}::jsonb`),
          ];
          const updated = await tx
            .update(t.table)
            .set(change.set)
            .where(and(byKey(t, row), ...unchanged))
            .returning({ one: sql`1` });
          if (updated.length === 0) conflicts++;
          else {
            result.rows++;
            result.values += change.values;
            result.byTable[t.name] = (result.byTable[t.name] ?? 0) + change.values;
          }
        }
        done += rows.length;
        opts.onProgress?.({ phase: 'data', table: t.name, done, total });
      });
    }
    if (conflicts === 0) break;
  }
  return result;
}

function resealRow(
  fields: FieldCrypto,
  t: SealedTable,
  row: Row,
): { set: Record<string, unknown>; values: number } | null {
  const set: Record<string, unknown> = {};
  let values = 0;
  for (const c of t.enc) {
    const sealed = row[c.prop] as string | null;
    if (!sealed || !fields.isStale(sealed)) continue;
    let plain: string;
    try {
      plain = fields.open(sealed);
    } catch (err) {
      // a value the keyring cannot open must stop the rotation: retiring its key would lose it
      const why = err instanceof Error ? err.message : String(err);
      throw new Error(
        `${t.name}.${c.column.name} of row ${keyText(t, row)} cannot be opened (${why}); restore the key it names into the key file before rotating`,
      );
    }
    set[c.prop] = fields.seal(plain);
    values++;
  }
  for (const c of t.json) {
    const mapped = mapSealedStrings(row[c.prop], (sealed) => {
      if (!fields.isStale(sealed)) return null;
      try {
        const plain = fields.open(sealed);
        values++;
        return fields.seal(plain);
      } catch {
        // a string that only looks sealed (or names a key we never had): not ours to touch
        return null;
      }
    });
    if (mapped.changed) set[c.prop] = mapped.value;
  }
  return Object.keys(set).length ? { set, values } : null;
}

function keyText(t: SealedTable, row: Row): string {
  return t.key.map((k) => String(row[k.prop])).join('/');
}
