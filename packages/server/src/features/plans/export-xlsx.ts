import {
  BUDGET_SOURCES,
  type CellValue,
  INDICATOR_DIRECTION_LABELS,
  INDICATOR_DIRECTIONS,
  isProblem,
  type Lang,
  matrixSheetRows,
  type PlanDocument,
  planMetaRows,
  SHEET_BUDGET_SOURCE_LABELS,
  STRATEGIES,
  strategyLabel,
} from '@sigap/domain';
import ExcelJS from 'exceljs';
import type { MatrixLabels } from './labels.js';

/**
 * The plan as one XLSX sheet: the plan block (label in A, value in B), a blank row, the header
 * row and one row per indicator, all built by @sigap/domain next to the import that reads them
 * back. Codes are written as text and their columns formatted as text, so "1.10" typed later
 * in Excel stays "1.10" instead of becoming the number 1.1. A second sheet documents the columns.
 */
export async function planWorkbook(
  doc: PlanDocument,
  labels: MatrixLabels,
  lang: Lang,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sigap';
  wb.created = new Date();
  const meta = planMetaRows(doc, lang);
  const sheet = matrixSheetRows(
    doc,
    { institution: labels.institution, ranActivityCode: labels.ranActivity },
    lang,
  );
  const headerRow = meta.length + 2;
  const ws = wb.addWorksheet(lang === 'id' ? 'Matriks' : 'Matrix', {
    views: [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }],
  });

  meta.forEach((cells, i) => {
    const row = ws.getRow(i + 1);
    row.getCell(1).value = plain(cells[0]);
    row.getCell(1).font = { bold: true };
    const value = row.getCell(2);
    // the region code "33.01" is text, never a number
    value.value = typeof cells[1] === 'string' ? cells[1] : plain(cells[1]);
    if (typeof cells[1] === 'string') value.numFmt = '@';
  });

  const header = ws.getRow(headerRow);
  sheet.header.forEach((h, i) => {
    const cell = header.getCell(i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'top' };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE8F3' } };
  });
  sheet.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = WIDTHS[c.type] ?? 14;
    if (c.type === 'code') col.numFmt = '@';
    if (c.type === 'rupiah') col.numFmt = '#,##0';
    if (c.type === 'text' || c.type === 'institution_list')
      col.alignment = { wrapText: true, vertical: 'top' };
  });
  sheet.rows.forEach((cells, r) => {
    const row = ws.getRow(headerRow + 1 + r);
    cells.forEach((v, c) => {
      const type = sheet.columns[c]?.type;
      row.getCell(c + 1).value =
        type === 'code' && v !== null && v !== undefined ? String(v) : plain(v);
    });
  });
  if (sheet.rows.length > 0)
    ws.autoFilter = {
      from: { row: headerRow, column: 1 },
      to: { row: headerRow + sheet.rows.length, column: sheet.columns.length },
    };

  instructions(wb, sheet.columns, lang);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const WIDTHS: Record<string, number> = {
  strategy: 30,
  code: 12,
  text: 40,
  institution: 18,
  institution_list: 24,
  direction: 22,
  number: 12,
  year: 10,
  budget_source: 12,
  yes_no: 10,
  rupiah: 18,
};

function plain(v: CellValue): ExcelJS.CellValue {
  if (v === undefined || isProblem(v)) return null;
  return v;
}

function instructions(
  wb: ExcelJS.Workbook,
  columns: ReturnType<typeof matrixSheetRows>['columns'],
  lang: Lang,
) {
  const id = lang === 'id';
  const ws = wb.addWorksheet(id ? 'Petunjuk' : 'Instructions');
  ws.getColumn(1).width = 26;
  ws.getColumn(2).width = 10;
  ws.getColumn(3).width = 90;
  const notes = id
    ? [
        'Data rencana aksi ada di lembar pertama; lembar ini hanya petunjuk dan tidak dibaca saat impor.',
        'Satu baris per indikator. Isian aksi (strategi, program, penanggung jawab, anggaran) sama pada setiap baris aksi; baris berikutnya boleh dikosongkan.',
        'Jangan memakai rumus atau menggabung sel (merge); kode ditulis sebagai teks.',
        'Instansi ditulis dengan kode (mis. KEMENPPPA) atau nama; beberapa instansi dipisah titik koma (;).',
        'Baris yang dihapus akan dinonaktifkan pada revisi; laporan yang sudah ada tetap tersimpan.',
      ]
    : [
        'The plan data is on the first sheet; this sheet is only instructions and is not read on import.',
        'One row per indicator. Activity cells (strategy, program, responsible institution, budget) are the same on every row of the activity; later rows may leave them blank.',
        'Do not use formulas or merged cells; codes are written as text.',
        'Institutions are written by code (e.g. KEMENPPPA) or name; separate several with semicolons (;).',
        'A removed row is retired in the revision; reports already filed on it are kept.',
      ];
  for (const n of notes) ws.addRow([n]);
  ws.addRow([]);
  const head = ws.addRow(
    id ? ['Kolom', 'Wajib', 'Keterangan'] : ['Column', 'Required', 'Description'],
  );
  head.font = { bold: true };
  const yes = id ? 'Ya' : 'Yes';
  const no = id ? 'Tidak' : 'No';
  for (const c of columns) ws.addRow([c.header[lang], c.required ? yes : no, c.description[lang]]);
  ws.addRow([]);
  const lists: Array<[string, string[]]> = [
    [id ? 'Strategi' : 'Strategy', STRATEGIES.map((s) => strategyLabel(s.code, lang))],
    [
      id ? 'Arah Indikator' : 'Direction',
      INDICATOR_DIRECTIONS.map((d) => INDICATOR_DIRECTION_LABELS[d][lang]),
    ],
    [
      id ? 'Sumber Anggaran' : 'Budget source',
      BUDGET_SOURCES.map((s) => SHEET_BUDGET_SOURCE_LABELS[s][lang]),
    ],
  ];
  for (const [name, values] of lists) {
    const r = ws.addRow([name, '', values.join('\n')]);
    r.getCell(1).font = { bold: true };
    r.getCell(3).alignment = { wrapText: true };
  }
}
