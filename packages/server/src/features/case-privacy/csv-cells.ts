/**
 * CSV cells for the identifying export (RFC 4180, UTF-8 with a BOM so spreadsheet programs read
 * Indonesian names right). Text that a spreadsheet would run as a formula (`=`, `@`, or `+`/`-`
 * not followed by a plain number such as a phone number) gets a leading apostrophe: names and
 * notes come from other institutions' files and must not execute on the administrator's machine.
 */
export type Cell = string | number | boolean | null | undefined | readonly string[] | Date;

const FORMULA = /^[=@\t\r]|^[+-](?![\d\s().-]*$)/;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (value instanceof Date) text = value.toISOString();
  else if (Array.isArray(value)) text = value.join(';');
  else text = String(value);
  if (typeof value === 'string' && FORMULA.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly Cell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export const CSV_BOM = '\uFEFF';
