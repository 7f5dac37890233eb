import type { ImportOptions } from '@sigap/domain';
import ExcelJS from 'exceljs';
import { AppError } from '../../platform/http/errors.js';
import { fieldError } from '../shared/field-error.js';
import { assertZipComplete, damagedWorkbook, type ImportFile } from './import-file.js';
import type { SourceRow } from './source-rows.js';

/**
 * XLSX through exceljs's streaming reader: rows arrive one by one, so a large workbook is read
 * in bounded memory. Cells become the text a CSV of the same sheet would hold, except dates,
 * which Excel stores as numbers with a date format: exceljs hands them over as dates and they
 * are written ISO (YYYY-MM-DD). A date typed as a number without a format stays a number and
 * is read as an Excel serial by the date reader.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'object') {
    const v = value as {
      richText?: Array<{ text: string }>;
      result?: unknown;
      text?: unknown;
      error?: string;
    };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    if (v.error) return v.error;
  }
  return String(value);
}

export async function readXlsx(
  file: ImportFile,
  options: ImportOptions,
): Promise<{ rows: AsyncIterable<SourceRow> }> {
  await assertZipComplete(file);
  const stream = await file.open();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  async function* rows(): AsyncGenerator<SourceRow> {
    let found = false;
    try {
      for await (const sheet of reader) {
        const name = (sheet as unknown as { name: string }).name;
        if (found || (options.sheet && name !== options.sheet)) continue;
        found = true;
        for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
          const values = row.values as unknown[];
          const cells: string[] = [];
          for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]).trim());
          yield { rowNumber: row.number, cells };
        }
      }
    } catch (err) {
      if (err instanceof AppError) throw err;
      if (err instanceof Error && /FILE_ENDED|invalid|signature|zip|end of/i.test(err.message))
        throw damagedWorkbook(file.name);
      throw fieldError('file', {
        id: `Buku kerja "${file.name}" tidak dapat dibaca (${(err as Error).message})`,
        en: `The workbook "${file.name}" cannot be read (${(err as Error).message})`,
      });
    } finally {
      stream.destroy();
    }
    if (!found)
      throw fieldError('file', {
        id: options.sheet
          ? `Lembar "${options.sheet}" tidak ada di buku kerja "${file.name}"`
          : `Buku kerja "${file.name}" tidak punya lembar kerja`,
        en: options.sheet
          ? `The workbook "${file.name}" has no sheet "${options.sheet}"`
          : `The workbook "${file.name}" has no worksheet`,
      });
  }
  return { rows: rows() };
}
