import { type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';

/**
 * Set-based writes for imports: every column travels as one text-array parameter and
 * `unnest()` turns the arrays back into rows, so a chunk of thousands of rows is one statement
 * with a handful of parameters on both PostgreSQL and PGlite (the pattern of the demo seed's
 * bulk insert; see features/demo/seed-plans-bulk.ts for the measurements).
 */
export type Cell = string | number | boolean | null | readonly string[];
export type Column = { name: string; type: string };

const quote = (v: string) =>
  v.includes('"') || v.includes('\\') ? `"${v.replace(/[\\"]/g, '\\$&')}"` : `"${v}"`;

/** A PostgreSQL array literal of text elements: {"a","b\"c",NULL}. */
export function arrayLiteral(values: ReadonlyArray<string | null>): string {
  return `{${values.map((v) => (v === null ? 'NULL' : quote(v))).join(',')}}`;
}

function asText(v: Cell): string | null {
  if (v === null) return null;
  if (Array.isArray(v)) return arrayLiteral(v as readonly string[]);
  return String(v);
}

/** `before <array>::text[] after` with the array bound as one parameter. */
export function pgTextArray(values: readonly string[], before: string, after: string): SQL {
  return sql`${sql.raw(before)}${arrayLiteral(values)}::text[]${sql.raw(after)}`;
}

/** `select c0::type0, c1::type1 … from unnest($1::text[], $2::text[] …) as t(c0, c1 …)` */
export function unnestRows(columns: readonly Column[], rows: ReadonlyArray<readonly Cell[]>): SQL {
  const arrays = columns.map(
    (_, i) => sql`${arrayLiteral(rows.map((r) => asText(r[i] ?? null)))}::text[]`,
  );
  const casts = sql.raw(columns.map((c, i) => `c${i}::${c.type} as ${c.name}`).join(', '));
  const aliases = sql.raw(columns.map((_, i) => `c${i}`).join(', '));
  return sql`select ${casts} from unnest(${sql.join(arrays, sql`, `)}) as t(${aliases})`;
}

/** `insert into table (…) select … from unnest(…)`, or null for no rows. */
export function insertStatement(
  table: string,
  columns: readonly Column[],
  rows: ReadonlyArray<readonly Cell[]>,
): SQL | null {
  if (rows.length === 0) return null;
  const names = sql.raw(columns.map((c) => c.name).join(', '));
  return sql`insert into ${sql.identifier(table)} (${names}) ${unnestRows(columns, rows)}`;
}

export async function insertRows(
  tx: DbOrTx,
  table: string,
  columns: readonly Column[],
  rows: ReadonlyArray<readonly Cell[]>,
): Promise<void> {
  const statement = insertStatement(table, columns, rows);
  if (statement) await tx.execute(statement);
}

/** `update table set col = u.col … from (unnest …) u where table.key = u.key` */
export async function updateRows(
  tx: DbOrTx,
  table: string,
  key: string,
  columns: readonly Column[],
  rows: ReadonlyArray<readonly Cell[]>,
  extraSet = '',
): Promise<void> {
  if (rows.length === 0) return;
  const set = columns
    .filter((c) => c.name !== key)
    .map((c) => `${c.name} = u.${c.name}`)
    .join(', ');
  await tx.execute(
    sql`update ${sql.identifier(table)} set ${sql.raw(set + extraSet)} from (${unnestRows(columns, rows)}) u where ${sql.identifier(table)}.${sql.identifier(key)} = u.${sql.identifier(key)}`,
  );
}

export const col = (name: string, type: string): Column => ({ name, type });
