import { type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../platform/db/client.js';
import { SEALED_IN_JSON, SEALED_TABLES, type SealedTable } from './sealed-columns.js';

/** How many sealed values name each key id, in total and per table. */
export type KeyUsage = {
  total: Record<string, number>;
  byTable: Record<string, Record<string, number>>;
};

/**
 * One scan per table: the `_enc` columns are unnested into one list, jsonb columns are searched
 * for sealed strings. A lookalike string inside JSON that is not really sealed is counted too,
 * which only ever makes retiring a key more careful, never less.
 */
function usageQuery(t: SealedTable): SQL {
  const parts: SQL[] = [];
  if (t.enc.length)
    parts.push(sql`select split_part(v, ':', 1) as key_id from ${t.table},
      unnest(array[${sql.join(
        t.enc.map((c) => c.column),
        sql`, `,
      )}]::text[]) as v where v is not null`);
  for (const c of t.json)
    parts.push(sql`select m[1] as key_id from ${t.table},
      regexp_matches(${c.column}::text, ${SEALED_IN_JSON}, 'g') as m
      where ${c.column}::text ~ ${SEALED_IN_JSON}`);
  return sql`select key_id, count(*)::int as n from (${sql.join(parts, sql` union all `)}) u group by key_id`;
}

export async function countKeyUsage(db: DbOrTx): Promise<KeyUsage> {
  const usage: KeyUsage = { total: {}, byTable: {} };
  for (const t of SEALED_TABLES) {
    const rows = await queryRows<{ key_id: string; n: number }>(db, usageQuery(t));
    for (const r of rows) {
      const n = Number(r.n);
      usage.total[r.key_id] = (usage.total[r.key_id] ?? 0) + n;
      const table = usage.byTable[t.name] ?? {};
      table[r.key_id] = n;
      usage.byTable[t.name] = table;
    }
  }
  return usage;
}
