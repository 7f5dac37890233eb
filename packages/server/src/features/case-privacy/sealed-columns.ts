import { getTableColumns, is } from 'drizzle-orm';
import { getTableConfig, type PgColumn, PgTable } from 'drizzle-orm/pg-core';
import * as caseSchema from '../cases/schema.js';

/**
 * Where sealed values live, read from the case registry's schema rather than listed by hand, so
 * a column added later is rotated too: every text column whose name ends in `_enc`, and every
 * jsonb column (an import row keeps its mapped values sealed inside its JSON until confirmed).
 */
export type NamedColumn = { prop: string; column: PgColumn };

export type SealedTable = {
  name: string;
  table: PgTable;
  /** Primary-key columns, the order of keyset pagination. */
  key: NamedColumn[];
  enc: NamedColumn[];
  json: NamedColumn[];
  /** Columns ending in `_bidx` (blind indexes). */
  bidx: NamedColumn[];
};

/**
 * A sealed string as it appears inside JSON text: `"<keyId>:<base64 of iv, tag, ciphertext>"`.
 * The 12-byte iv and 16-byte tag alone take 38 base64 characters.
 */
export const SEALED_IN_JSON = '"([a-z0-9]+):[A-Za-z0-9+/]{38,}={0,2}"';
export const SEALED_VALUE = /^([a-z0-9]+):[A-Za-z0-9+/]{38,}={0,2}$/;

function describe(table: PgTable): SealedTable {
  const config = getTableConfig(table);
  // by database name: a composite primary key lists copies of the columns, not the columns
  const byName = new Map(
    Object.entries(getTableColumns(table)).map(([prop, column]) => [column.name, { prop, column }]),
  );
  const named = (column: { name: string }): NamedColumn => {
    const found = byName.get(column.name);
    if (!found) throw new Error(`${config.name}.${column.name}: no property in the schema`);
    return found as NamedColumn;
  };
  const composite = config.primaryKeys[0]?.columns;
  const key = (composite ?? config.columns.filter((c) => c.primary)).map(named);
  const pick = (test: (c: PgColumn) => boolean) => config.columns.filter(test).map(named);
  return {
    name: config.name,
    table,
    key,
    enc: pick((c) => c.name.endsWith('_enc') && c.columnType === 'PgText'),
    json: pick((c) => c.columnType === 'PgJsonb'),
    bidx: pick((c) => c.name.endsWith('_bidx')),
  };
}

function discover(): SealedTable[] {
  const tables = (Object.values(caseSchema) as unknown[]).filter((t): t is PgTable =>
    is(t, PgTable),
  );
  const described = tables.map(describe);
  for (const t of described)
    if (t.key.length === 0 && (t.enc.length || t.json.length))
      throw new Error(`${t.name}: a table with sealed values needs a primary key to be rotated`);
  return described;
}

/** Every case-registry table; `enc`, `json` and `bidx` are empty where it holds nothing sealed. */
export const CASE_TABLES: readonly SealedTable[] = discover();

/** The tables a data-key rotation has to visit. */
export const SEALED_TABLES: readonly SealedTable[] = CASE_TABLES.filter(
  (t) => t.enc.length > 0 || t.json.length > 0,
);

/**
 * Replaces each string inside a JSON value for which `reseal` returns a new string; returns the
 * new value and whether anything changed.
 */
export function mapSealedStrings(
  value: unknown,
  reseal: (sealed: string) => string | null,
): { value: unknown; changed: boolean } {
  let changed = false;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string' && SEALED_VALUE.test(v)) {
      const next = reseal(v);
      if (next === null) return v;
      changed = true;
      return next;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  const out = walk(value);
  return { value: changed ? out : value, changed };
}
