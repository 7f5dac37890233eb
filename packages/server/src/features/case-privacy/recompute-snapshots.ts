import { and, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import type { FieldCrypto } from '../../platform/field-crypto.js';
import { byKey, eachBatch } from './keyset.js';
import { changedIndexes, indexPlan } from './recompute-indexes.js';
import { CASE_TABLES } from './sealed-columns.js';

type Plan = ReturnType<typeof indexPlan>;

/**
 * Person rows copied into JSON carry blind indexes too: an import keeps the people of every case
 * it updates as they were (`case_import_rows.mapped`, `to_jsonb` of the rows, for its rollback).
 * Left alone, a rollback after an index rotation would put back hashes under the old index key
 * and those people would drop out of search and duplicate detection. Any JSON object holding a
 * `_bidx` key of `case_people` is treated as such a copy and recomputed from its own sealed
 * values; one whose values cannot be opened is left as it is.
 */
export async function recomputeSnapshots(
  db: Db,
  fields: FieldCrypto,
  opts: { batchSize?: number | undefined } = {},
): Promise<{ snapshots: number; conflicts: number }> {
  const plan = indexPlan(fields);
  const names = plan.indexes.map((c) => c.column.name);
  let snapshots = 0;
  let conflicts = 0;
  for (const t of CASE_TABLES)
    for (const c of t.json) {
      const where = or(...names.map((n) => sql`${c.column}::text like ${`%"${n}"%`}`)) as SQL;
      await eachBatch(db, t, [c], where, opts.batchSize ?? 500, async (tx, rows) => {
        for (const row of rows) {
          const next = rewritePeople(fields, plan, row[c.prop]);
          if (!next.changed) continue;
          const updated = await tx
            .update(t.table)
            .set({ [c.prop]: next.value })
            .where(and(byKey(t, row), sql`${c.column} = ${JSON.stringify(row[c.prop])}::jsonb`))
            .returning({ one: sql`1` });
          if (updated.length) snapshots++;
          else conflicts++;
        }
      });
    }
  return { snapshots, conflicts };
}

function rewritePeople(fields: FieldCrypto, plan: Plan, value: unknown) {
  let changed = false;
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (!v || typeof v !== 'object') return v;
    const obj = v as Record<string, unknown>;
    const held = plan.indexes.filter((c) => Object.hasOwn(obj, c.column.name));
    if (held.length === 0)
      return Object.fromEntries(Object.entries(obj).map(([k, x]) => [k, walk(x)]));
    let set: Record<string, unknown> | null;
    try {
      set = changedIndexes(fields, plan.sources, held, (c) => obj[c.column.name] ?? null);
    } catch {
      return obj; // sealed under a key we do not have, or not sealed at all: not ours to change
    }
    if (!set) return obj;
    changed = true;
    const out = { ...obj };
    for (const c of held) if (Object.hasOwn(set, c.prop)) out[c.column.name] = set[c.prop];
    return out;
  };
  const out = walk(value);
  return { value: changed ? out : value, changed };
}
