import { and, asc, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db, DbOrTx } from '../../platform/db/client.js';
import type { NamedColumn, SealedTable } from './sealed-columns.js';

export type Row = Record<string, unknown>;

export type Progress = { phase: 'data' | 'index'; table: string; done: number; total: number };

/**
 * Walks a table in primary-key order, a batch at a time, over the rows matching `where`. Each
 * batch is handed to `work` inside its own transaction, so an interrupted run keeps what it did
 * and a re-run starts over cheaply (the rows it finished no longer match, or are skipped).
 */
export async function eachBatch(
  db: Db,
  t: SealedTable,
  columns: NamedColumn[],
  where: SQL,
  batchSize: number,
  work: (tx: DbOrTx, rows: Row[]) => Promise<void>,
): Promise<void> {
  const selected = Object.fromEntries(
    [...t.key, ...columns].map((c) => [c.prop, c.column] as const),
  ) as Record<string, PgColumn>;
  let last: Row | null = null;
  for (;;) {
    const after: SQL = last
      ? sql`(${sql.join(
          t.key.map((k) => k.column),
          sql`, `,
        )}) > (${sql.join(
          t.key.map((k) => sql`${(last as Row)[k.prop]}`),
          sql`, `,
        )})`
      : sql`true`;
    const rows = (await db
      .select(selected)
      .from(t.table)
      .where(and(where, after))
      .orderBy(...t.key.map((k) => asc(k.column)))
      .limit(batchSize)) as Row[];
    if (rows.length === 0) return;
    await db.transaction((tx) => work(tx, rows));
    last = rows[rows.length - 1] as Row;
    if (rows.length < batchSize) return;
  }
}

/** The WHERE that picks one row by its primary key. */
export function byKey(t: SealedTable, row: Row): SQL {
  return and(...t.key.map((k) => sql`${k.column} = ${row[k.prop]}`)) as SQL;
}

export async function countWhere(db: DbOrTx, t: SealedTable, where: SQL): Promise<number> {
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(t.table).where(where);
  return Number(r?.n ?? 0);
}
