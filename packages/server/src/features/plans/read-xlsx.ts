import type { CellValue } from '@sigap/domain';
import ExcelJS from 'exceljs';
import { AppError } from '../../platform/http/errors.js';

export const NOT_A_WORKBOOK = {
  id: 'Berkas bukan buku kerja Excel (.xlsx) yang dapat dibaca',
  en: 'The file is not a readable Excel workbook (.xlsx)',
};

/**
 * The first sheet of an uploaded workbook as plain cell values, `rows[0]` being sheet row 1.
 * What Excel did to a cell is passed on for @sigap/domain to word: a formula, a merged cell
 * other than the top-left one and an error value become problems; a date stays a Date (the
 * domain refuses it where text, a number or a year was due); a number shown as a percentage
 * is read as the percentage the user sees (75 %, not 0.75). Trailing blank rows are dropped.
 */
export async function readFirstSheet(file: Buffer): Promise<CellValue[][]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(file as unknown as ExcelJS.Buffer);
  } catch {
    throw new AppError('VALIDATION_FAILED', NOT_A_WORKBOOK, [
      { path: 'file', message: NOT_A_WORKBOOK },
    ]);
  }
  const ws = wb.worksheets[0];
  if (!ws)
    throw new AppError('VALIDATION_FAILED', NOT_A_WORKBOOK, [
      { path: 'file', message: NOT_A_WORKBOOK },
    ]);
  const width = ws.columnCount;
  const rows: CellValue[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: CellValue[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellValue(row.getCell(c)));
    rows.push(cells);
  }
  while (rows.length > 0 && rows[rows.length - 1]?.every((v) => v === null)) rows.pop();
  return rows;
}

function cellValue(cell: ExcelJS.Cell): CellValue {
  if (cell.isMerged && cell.master.address !== cell.address) return { problem: 'merged' };
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge:
      return null;
    case ExcelJS.ValueType.Number: {
      const v = cell.value as number;
      if (!/%/.test(cell.numFmt ?? '')) return v;
      // 0.75 shown as 75%: the user typed 75; rounding drops the binary noise of ×100
      return Math.round(v * 100 * 1e9) / 1e9;
    }
    case ExcelJS.ValueType.String:
      return cell.value as string;
    case ExcelJS.ValueType.Date:
      return cell.value as Date;
    case ExcelJS.ValueType.Boolean:
      return cell.value as boolean;
    case ExcelJS.ValueType.Formula:
      return { problem: 'formula' };
    case ExcelJS.ValueType.Error:
      return { problem: 'error_value' };
    case ExcelJS.ValueType.Hyperlink:
    case ExcelJS.ValueType.SharedString:
    case ExcelJS.ValueType.RichText:
      return cell.text;
  }
  return cell.text;
}
