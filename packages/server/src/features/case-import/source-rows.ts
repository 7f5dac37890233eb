import type { ImportOptions } from '@sigap/domain';
import { fieldError } from '../shared/field-error.js';
import { emptyFile, type ImportFile, type ImportFormat, sniffFormat } from './import-file.js';
import { readCsv } from './read-csv.js';
import { readXlsx } from './read-xlsx.js';

/** One record of a source file: its row number as the spreadsheet shows it, and its cells. */
export type SourceRow = { rowNumber: number; cells: string[] };

export type SourceTable = {
  format: ImportFormat;
  encoding: string | null;
  delimiter: string | null;
  headers: string[];
  /** Data rows after the header, blank rows left out. */
  rows: AsyncIterable<SourceRow>;
  /** Stops reading early (the file handle is released). */
  close(): Promise<void>;
};

const blank = (cells: string[]) => cells.every((c) => c.trim() === '');

/**
 * Opens a CSV or XLSX file as a header and a stream of rows. The header is the row the template
 * names (rows above it hold titles); an empty file or one with a header and no data is refused.
 */
export async function openSourceTable(
  file: ImportFile,
  options: ImportOptions,
): Promise<SourceTable> {
  const format = await sniffFormat(file);
  const read =
    format === 'csv'
      ? await readCsv(file, options)
      : { ...(await readXlsx(file, options)), encoding: null, delimiter: null };
  const it = read.rows[Symbol.asyncIterator]();
  let headers: string[] | null = null;
  let sawAnything = false;
  for (let next = await it.next(); !next.done; next = await it.next()) {
    if (!blank(next.value.cells)) sawAnything = true;
    if (next.value.rowNumber === options.headerRow) {
      headers = next.value.cells.map((h) => h.replace(/^\uFEFF/, '').trim());
      break;
    }
    if (next.value.rowNumber > options.headerRow) break;
  }
  if (!headers || blank(headers)) {
    await it.return?.(undefined);
    if (!sawAnything) throw emptyFile(file.name);
    throw fieldError('file', {
      id: `Baris judul kolom (baris ${options.headerRow}) kosong di "${file.name}"; periksa "baris judul" di templat`,
      en: `The header row (row ${options.headerRow}) of "${file.name}" is empty; check the template's header row`,
    });
  }
  let firstRow: SourceRow | null = null;
  for (let next = await it.next(); !next.done; next = await it.next())
    if (!blank(next.value.cells)) {
      firstRow = next.value;
      break;
    }
  if (!firstRow)
    throw fieldError('file', {
      id: `Berkas "${file.name}" hanya berisi judul kolom, tanpa baris data`,
      en: `The file "${file.name}" has a header but no data rows`,
    });
  const head = firstRow;
  async function* rows(): AsyncGenerator<SourceRow> {
    yield head;
    for (let next = await it.next(); !next.done; next = await it.next())
      if (!blank(next.value.cells)) yield next.value;
  }
  return {
    format,
    encoding: read.encoding,
    delimiter: read.delimiter,
    headers,
    rows: rows(),
    close: async () => {
      await it.return?.(undefined);
    },
  };
}
