/**
 * CSV as spreadsheets and statistics packages read it (RFC 4180): comma separated, a field quoted
 * when it holds a comma, quote or line break, lines ending in CRLF.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: ReadonlyArray<string | number | null | undefined>): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/**
 * A field a spreadsheet would run as a formula ("=", "+", "-", "@" first) is prefixed with an
 * apostrophe: labels typed by users reach open-data files, and a file must never execute.
 * Numbers are left alone (a negative count or -99 is data, not a formula).
 */
export function safeText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
