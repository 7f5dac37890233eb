import { csvLine, type Lang, type PublicCaseStatsView, safeText } from '@sigap/domain';

/**
 * The public release as open data: one CSV, one line per table row, the years as columns, in
 * the same suppressed form as the page ("<5", "x"). It starts with a byte-order mark so that
 * spreadsheet programs read it as UTF-8, and ends with the note that explains the marks.
 */
export const PUBLIC_HEAD = {
  id: { table: 'Tabel', code: 'Kode', value: 'Nilai', total: 'Jumlah', note: 'Catatan' },
  en: { table: 'Table', code: 'Code', value: 'Value', total: 'Total', note: 'Note' },
} as const;

export function publicStatsCsv(view: PublicCaseStatsView, lang: Lang): string {
  const h = PUBLIC_HEAD[lang];
  const lines = [
    csvLine([h.table, h.code, h.value, ...view.years, h.total]),
    csvLine([view.victims.label[lang], '', '', ...view.victims.cells, view.victims.total]),
  ];
  for (const t of view.tables)
    for (const r of t.rows)
      lines.push(
        csvLine([t.label[lang], r.key ?? '', safeText(r.label[lang]), ...r.cells, r.total]),
      );
  lines.push(csvLine([h.note, '', view.note[lang]]));
  return `\uFEFF${lines.join('')}`;
}

/** `statistik-tppo-2023-2024.csv` (or `.xlsx`): the years the release covers. */
export function publicFileName(view: PublicCaseStatsView, ext: 'csv' | 'xlsx'): string {
  const span = view.years.length
    ? `${view.years[0]}-${view.years[view.years.length - 1]}`
    : 'kosong';
  return `statistik-tppo-${span}.${ext}`;
}
