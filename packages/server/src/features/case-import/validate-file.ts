import { type ImportRowError, type MappedCaseRow, maskedSample } from '@sigap/domain';
import type { DbOrTx } from '../../platform/db/client.js';
import type { ImportFile, ImportFormat } from './import-file.js';
import {
  createRowMapper,
  type MappedResult,
  type MappingRules,
  type RowMapper,
} from './row-mapper.js';
import { openSourceTable, type SourceRow } from './source-rows.js';

/** Reasons kept per batch; the count of the rest is kept beside them. */
export const MAX_STORED_ERRORS = 5000;
export const SAMPLE_ROWS = 50;
/** Rows mapped together (one region lookup per block). */
export const MAP_BLOCK = 2000;

/**
 * Rows that repeat an earlier row's case and victim ids: the second would overwrite the first,
 * so it is an error. Keys are the raw ids, so a resumed run rebuilds them from the rows it skips
 * without mapping those rows again.
 */
export class RepeatedRows {
  private readonly seen = new Map<string, number>();
  constructor(private readonly mapper: RowMapper) {}

  note(row: SourceRow): number | null {
    const key = this.mapper.rowKey(row.cells);
    if (key === null) return null;
    const earlier = this.seen.get(key);
    if (earlier !== undefined) return earlier;
    this.seen.set(key, row.rowNumber);
    return null;
  }
}

/** Maps a block and adds the repeated-row errors. */
export async function mapRows(
  mapper: RowMapper,
  repeated: RepeatedRows,
  rows: readonly SourceRow[],
): Promise<MappedResult[]> {
  const results = await mapper.mapBlock(rows);
  rows.forEach((r, i) => {
    const earlier = repeated.note(r);
    const result = results[i];
    if (earlier === null || !result) return;
    result.row = null;
    result.errors.push({
      row: r.rowNumber,
      column: mapper.idColumn,
      field: 'sourceRecordId',
      message: {
        id: `Kasus dan korban yang sama sudah ada di baris ${earlier}`,
        en: `The same case and victim already appear on row ${earlier}`,
      },
    });
  });
  return results;
}

export type Validation = {
  format: ImportFormat;
  encoding: string | null;
  delimiter: string | null;
  headers: string[];
  missingColumns: string[];
  totalRows: number;
  validRows: number;
  errors: ImportRowError[];
  errorCount: number;
  sample: Record<string, unknown>[];
};

/**
 * The preview pass over the whole file: every row is mapped and checked, nothing is written.
 * Memory stays bounded by the block size, the stored errors and the repeated-row keys.
 */
export async function validateImportFile(
  db: DbOrTx,
  file: ImportFile,
  rules: MappingRules,
  importRegion: string | null,
  today: string,
  onProgress?: (rowsRead: number) => void,
  /** Each mapped block as it is checked (importCaseFile keeps the good rows for its writes). */
  onBlock?: { rows: number; take(rows: SourceRow[], results: MappedResult[]): Promise<void> },
): Promise<Validation> {
  const table = await openSourceTable(file, rules.options);
  const mapper = await createRowMapper(db, table.headers, rules, importRegion, today).catch(
    async (err) => {
      await table.close();
      throw err;
    },
  );
  const repeated = new RepeatedRows(mapper);
  const out: Validation = {
    format: table.format,
    encoding: table.encoding,
    delimiter: table.delimiter,
    headers: table.headers,
    missingColumns: mapper.missingColumns,
    totalRows: 0,
    validRows: 0,
    errors: [],
    errorCount: 0,
    sample: [],
  };
  const take = (results: MappedResult[]) => {
    for (const r of results) {
      out.totalRows++;
      if (r.row) {
        out.validRows++;
        if (out.sample.length < SAMPLE_ROWS) out.sample.push(maskedSample(r.row as MappedCaseRow));
      }
      out.errorCount += r.errors.length;
      for (const e of r.errors) if (out.errors.length < MAX_STORED_ERRORS) out.errors.push(e);
    }
    onProgress?.(out.totalRows);
  };
  const blockRows = onBlock?.rows ?? MAP_BLOCK;
  const check = async (rows: SourceRow[]) => {
    const results = await mapRows(mapper, repeated, rows);
    take(results);
    await onBlock?.take(rows, results);
  };
  let block: SourceRow[] = [];
  for await (const row of table.rows) {
    block.push(row);
    if (block.length >= blockRows) {
      await check(block);
      block = [];
    }
  }
  if (block.length) await check(block);
  return out;
}
