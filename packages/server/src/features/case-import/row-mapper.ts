import {
  compileCodeMap,
  countryResolver,
  IMPORT_FIELD_BY_KEY,
  type ImportOptions,
  type ImportRowError,
  type MappedCaseRow,
  makeScope,
  mapImportRow,
  matchKey,
  normaliseRegionCode,
  type PicklistName,
  picklistResolver,
  type RowReader,
  serviceUnitResolver,
} from '@sigap/domain';
import { and, eq } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../platform/db/client.js';
import { withinScope } from '../../platform/db/scope-sql.js';
import { picklistValues } from '../cases/schema.js';
import { countries } from '../reference/schema.js';
import { serviceUnits } from '../service-units/schema.js';
import { fieldError } from '../shared/field-error.js';
import { pgTextArray } from './bulk-sql.js';
import type { SourceRow } from './source-rows.js';

/** The parts of a template the mapping reads. */
export type MappingRules = {
  columnMap: Record<string, string | string[]>;
  codeMap: Record<string, Record<string, string>>;
  options: ImportOptions;
};

export type MappedResult = { row: MappedCaseRow | null; errors: ImportRowError[] };

export type RowMapper = {
  /** Optional mapped columns the file lacks (their fields stay empty). */
  missingColumns: string[];
  /** Maps rows in file order; region codes of the block are checked in one query first. */
  mapBlock(rows: readonly SourceRow[]): Promise<MappedResult[]>;
  /** The raw case and victim ids of a row (null without a case id): repeats are errors. */
  rowKey(cells: readonly string[]): string | null;
  /** Header of the case id column, for messages. */
  idColumn: string;
};

/** The installation's picklist codes (picklists may be extended beyond the built-in ones). */
export async function picklistCodes(db: DbOrTx): Promise<(list: PicklistName) => Set<string>> {
  const rows = await db
    .select({ list: picklistValues.list, code: picklistValues.code })
    .from(picklistValues);
  const by = new Map<string, Set<string>>();
  for (const r of rows) {
    const set = by.get(r.list) ?? new Set<string>();
    set.add(r.code);
    by.set(r.list, set);
  }
  return (list) => by.get(list) ?? new Set();
}

/**
 * Binds a template to a file's headers and to the reference data: picklists, countries, the
 * service units of the import's region, and Kemendagri regions (looked up as they appear, with
 * a cache: a million rows name a few hundred regions).
 */
export async function createRowMapper(
  db: DbOrTx,
  headers: readonly string[],
  rules: MappingRules,
  importRegion: string | null,
  today: string,
): Promise<RowMapper> {
  const position = new Map<string, number>();
  headers.forEach((h, i) => {
    if (!position.has(matchKey(h))) position.set(matchKey(h), i);
  });
  const columns = new Map<string, Array<{ header: string; index: number }>>();
  const missing: string[] = [];
  for (const [field, mapped] of Object.entries(rules.columnMap)) {
    const wanted = typeof mapped === 'string' ? [mapped] : mapped;
    const found = wanted.flatMap((header) => {
      const index = position.get(matchKey(header));
      if (index === undefined) missing.push(header);
      return index === undefined ? [] : [{ header: headers[index] ?? header, index }];
    });
    if (found.length) columns.set(field, found);
    else if (IMPORT_FIELD_BY_KEY.get(field)?.required)
      throw fieldError(`columnMap.${field}`, {
        id: `Kolom "${wanted.join('", "')}" (${IMPORT_FIELD_BY_KEY.get(field)?.label.id}) tidak ada di berkas; judul kolom berkas: ${headers.join(', ')}`,
        en: `The file has no column "${wanted.join('", "')}" (${IMPORT_FIELD_BY_KEY.get(field)?.label.en}); the file's headers: ${headers.join(', ')}`,
      });
  }

  const [entries, countryRows, units] = await Promise.all([
    db.select().from(picklistValues).where(eq(picklistValues.active, true)),
    db.select().from(countries),
    db
      .select({ id: serviceUnits.id, name: serviceUnits.name })
      .from(serviceUnits)
      .where(
        and(
          withinScope(
            serviceUnits.regionCode,
            importRegion
              ? makeScope(importRegion.includes('.') ? 'regency' : 'province', importRegion)
              : makeScope('national', null),
          ),
        ),
      ),
  ]);
  const codeMap = compileCodeMap(rules.codeMap);
  const regionKnown = new Map<string, boolean>();
  const regionFields = [...columns.keys()].filter(
    (k) => IMPORT_FIELD_BY_KEY.get(k)?.kind === 'region',
  );
  const lookups = {
    picklist: picklistResolver(entries),
    country: countryResolver(countryRows),
    serviceUnit: serviceUnitResolver(units),
    region: (code: string) => regionKnown.get(code) === true,
    codeMap,
  };

  const readerOf = (cells: string[]): RowReader => {
    return (field) => {
      const cols = columns.get(field);
      if (!cols) return null;
      if (cols.length === 1) {
        const c = cols[0] as { header: string; index: number };
        return { value: cells[c.index] ?? '', column: c.header };
      }
      const value = cols
        .map((c) => (cells[c.index] ?? '').trim())
        .filter(Boolean)
        .join(' ');
      return { value, column: cols.map((c) => c.header).join(' + ') };
    };
  };

  async function prefetchRegions(rows: readonly SourceRow[]) {
    const wanted = new Set<string>();
    const regionMap = codeMap.get('region');
    for (const r of rows)
      for (const field of regionFields)
        for (const c of columns.get(field) ?? []) {
          const raw = (r.cells[c.index] ?? '').trim();
          if (!raw) continue;
          const code = normaliseRegionCode(regionMap?.get(matchKey(raw)) ?? raw);
          if (!regionKnown.has(code)) wanted.add(code);
        }
    if (wanted.size === 0) return;
    const list = [...wanted];
    const found = await queryRows<{ code: string }>(
      db,
      // one array parameter, not one per code
      pgTextArray(list, 'select code from regions where code = any(', ')'),
    );
    for (const code of list) regionKnown.set(code, false);
    for (const f of found) regionKnown.set(f.code, true);
  }

  return {
    missingColumns: missing,
    idColumn: (columns.get('sourceRecordId') ?? []).map((c) => c.header).join(' + '),
    rowKey(cells) {
      const read = readerOf(cells as string[]);
      const id = read('sourceRecordId')?.value.trim();
      if (!id) return null;
      return `${id}\u0000${read('sourcePersonId')?.value.trim() || id}`;
    },
    async mapBlock(rows) {
      await prefetchRegions(rows);
      return rows.map((r) =>
        mapImportRow(r.rowNumber, readerOf(r.cells), lookups, rules.options.dateOrder, today),
      );
    },
  };
}
