import type { Lang, PublicCaseStatsView } from '@sigap/domain';
import ExcelJS from 'exceljs';
import { PUBLIC_HEAD } from './public-csv.js';

/**
 * The public release as a workbook: the figures in the CSV's layout (public-csv.ts) on the first
 * sheet, and an "about" sheet that travels with them once the file is passed on: where the
 * figures come from, how small counts were hidden, and, in a demo installation, that none of it
 * is real. Cells hold exactly the release's values: counts as numbers, "<5" and "x" as text.
 */
const TEXT = {
  id: {
    data: 'Statistik',
    about: 'Tentang',
    title: 'Statistik korban tindak pidana perdagangan orang (TPPO): data terbuka',
    demo: 'DATA SINTETIS: berkas ini berasal dari instalasi demo Sigap. Semua angka dibuat-buat, bukan data korban yang nyata.',
    real: 'Data registri: catatan yang diverifikasi oleh PIC data lembaga pelapor.',
    source: 'Sumber',
    sourceText:
      'Sigap, registri terpadu kasus dan korban TPPO: catatan terverifikasi seluruh Indonesia. Korban dihitung sebagai orang: catatan satu orang dari beberapa lembaga dihitung sekali.',
    years: 'Tahun',
    yearsText: 'tahun kasus dicatat (tanggal laporan)',
    threshold: 'Ambang penyembunyian',
    note: 'Catatan',
    produced: 'Dibuat',
  },
  en: {
    data: 'Statistics',
    about: 'About',
    title: 'Statistics of victims of trafficking in persons: open data',
    demo: 'SYNTHETIC DATA: this file comes from a Sigap demo installation. Every figure is made up; none describes real victims.',
    real: 'Registry data: records verified by the data officers of the reporting institutions.',
    source: 'Source',
    sourceText:
      'Sigap, the integrated registry of trafficking cases and victims: verified records, all of Indonesia. Victims are counted as people: one person recorded by several institutions counts once.',
    years: 'Years',
    yearsText: 'year the case was registered (date reported)',
    threshold: 'Suppression threshold',
    note: 'Note',
    produced: 'Produced',
  },
} as const;

type Cell = string | number;

function dataRows(view: PublicCaseStatsView, lang: Lang): Cell[][] {
  const h = PUBLIC_HEAD[lang];
  // labels go in as typed text cells, never formulas: the CSV's guard against "=…" is not needed
  const rows: Cell[][] = [
    [h.table, h.code, h.value, ...view.years, h.total],
    [view.victims.label[lang], '', '', ...view.victims.cells, view.victims.total],
  ];
  for (const t of view.tables)
    for (const r of t.rows)
      rows.push([t.label[lang], r.key ?? '', r.label[lang], ...r.cells, r.total]);
  return rows;
}

function dataSheet(wb: ExcelJS.Workbook, view: PublicCaseStatsView, lang: Lang) {
  const ws = wb.addWorksheet(TEXT[lang].data, { views: [{ state: 'frozen', ySplit: 1 }] });
  // codes such as "53.71" stay text; "<5" and "x" are text next to numbers, right-aligned
  for (const row of dataRows(view, lang))
    ws.addRow(row).eachCell((c, col) => {
      if (typeof c.value !== 'string') return;
      c.numFmt = '@';
      if (col > 3) c.alignment = { horizontal: 'right' };
    });
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE8F3' } };
  ws.getColumn(1).width = 28;
  ws.getColumn(2).width = 12;
  ws.getColumn(3).width = 36;
}

function aboutSheet(
  wb: ExcelJS.Workbook,
  view: PublicCaseStatsView,
  lang: Lang,
  info: { demo: boolean; producedAt: Date },
) {
  const x = TEXT[lang];
  const ws = wb.addWorksheet(x.about);
  ws.addRow([x.title]).font = { bold: true, size: 13 };
  const status = ws.addRow([info.demo ? x.demo : x.real]);
  if (info.demo) status.font = { bold: true, color: { argb: 'FFC00000' } };
  ws.addRow([]);
  const span = view.years.length ? `${view.years[0]}–${view.years[view.years.length - 1]}` : '–';
  ws.addRow([x.source, x.sourceText]);
  ws.addRow([x.years, `${span} (${x.yearsText})`]);
  ws.addRow([x.threshold, view.threshold]).getCell(2).alignment = { horizontal: 'left' };
  ws.addRow([x.note, view.note[lang]]);
  ws.addRow([x.produced, info.producedAt.toISOString()]);
  ws.getColumn(1).width = 24;
  ws.getColumn(1).font = { bold: true };
  ws.getColumn(2).width = 100;
  ws.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  ws.getCell('A1').font = { bold: true, size: 13 };
}

export async function publicStatsXlsx(
  view: PublicCaseStatsView,
  lang: Lang,
  info: { demo: boolean; producedAt?: Date },
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sigap';
  const producedAt = info.producedAt ?? new Date();
  wb.created = producedAt;
  dataSheet(wb, view, lang);
  aboutSheet(wb, view, lang, { demo: info.demo, producedAt });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
