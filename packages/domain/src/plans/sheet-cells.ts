import type { Bilingual } from '../common/lang.js';

/**
 * Reading the cells of an imported sheet. The server reads the XLSX (exceljs) and hands over plain
 * values; what Excel did to them is the trouble: numbers typed as text ("1.500.000", "12,5"),
 * codes and years silently turned into dates, formulas, merged cells. Each reader returns a value
 * or the reason in both languages, never a guess.
 */
export type CellProblem = { problem: 'formula' | 'merged' | 'error_value' };
/** A cell as the server passes it: a formula, a merged (non-master) cell or #N/A is a problem. */
export type CellValue = string | number | boolean | Date | null | undefined | CellProblem;
export type SheetRow = readonly CellValue[];

export type Read<T> = { ok: true; value: T } | { ok: false; reason: Bilingual };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = (id: string, en: string): Read<never> => ({ ok: false, reason: { id, en } });

export function isProblem(v: CellValue): v is CellProblem {
  return typeof v === 'object' && v !== null && !(v instanceof Date);
}

export function isBlank(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Excel column letters: 1 → A, 27 → AA. */
export function columnLetter(index1: number): string {
  let n = index1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const isoDay = (d: Date) => (Number.isNaN(d.getTime()) ? '?' : d.toISOString().slice(0, 10));

export function problemReason(p: CellProblem): Bilingual {
  switch (p.problem) {
    case 'formula':
      return {
        id: 'Sel berisi rumus; tempel sebagai nilai (Paste Special → Values)',
        en: 'The cell holds a formula; paste it as a value (Paste Special → Values)',
      };
    case 'merged':
      return {
        id: 'Sel digabung (merge); pisahkan dan isi nilai pada setiap baris',
        en: 'The cell is merged; unmerge it and fill the value in on every row',
      };
    case 'error_value':
      return {
        id: 'Sel berisi galat Excel (#N/A, #REF!, …)',
        en: 'The cell holds an Excel error (#N/A, #REF!, …)',
      };
  }
}

/** Any non-blank cell as trimmed text; a date is refused because text never becomes one on purpose. */
export function readText(v: CellValue): Read<string> {
  if (isProblem(v)) return { ok: false, reason: problemReason(v) };
  if (v instanceof Date)
    return fail(
      `Excel mengubah isian menjadi tanggal (${isoDay(v)}); format sel sebagai Teks lalu ketik ulang`,
      `Excel turned the entry into a date (${isoDay(v)}); format the cell as Text and type it again`,
    );
  if (v === null || v === undefined) return ok('');
  if (typeof v === 'number')
    return Number.isFinite(v) ? ok(String(v)) : fail('Angka tidak sah', 'Invalid number');
  if (typeof v === 'boolean') return ok(v ? 'TRUE' : 'FALSE');
  return ok(v.trim());
}

const DATE_LIKE = /^\d{1,4}[-/]\d{1,2}[-/]\d{1,4}$/;

/**
 * A number typed as text, in the forms Indonesian users write: "1.500.000" and "1.234,5" (dot
 * thousands, comma decimals), "12.5", "Rp 2.000.000", "75%". "1.500" is refused as ambiguous
 * (one and a half, or fifteen hundred?) rather than guessed; "1,500,000" likewise.
 */
export function parseNumberText(text: string): Read<number> {
  const s = text
    .replace(/[\s\u00a0]/g, '')
    .replace(/^rp\.?/i, '')
    .replace(/%$/, '');
  if (DATE_LIKE.test(s))
    return fail(
      `"${text}" tampak seperti tanggal, bukan angka`,
      `"${text}" looks like a date, not a number`,
    );
  let normal: string | null = null;
  if (/^-?\d+$/.test(s)) normal = s;
  else if (/^-?\d{1,3}(\.\d{3})*,\d+$/.test(s) || /^-?\d+,\d+$/.test(s))
    normal = s.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(\.\d{3}){2,}$/.test(s)) normal = s.replace(/\./g, '');
  else if (/^-?[1-9]\d{0,2}\.\d{3}$/.test(s))
    return fail(
      `"${text}" ambigu: tulis 1500 untuk seribu lima ratus atau 1,5 untuk satu setengah`,
      `"${text}" is ambiguous: write 1500 for fifteen hundred or 1,5 for one and a half`,
    );
  else if (/^-?\d+\.\d+$/.test(s)) normal = s;
  if (normal === null) return fail(`"${text}" bukan angka`, `"${text}" is not a number`);
  return ok(Number(normal));
}

/** A number ≥ 0, from a number cell or text. Null for a blank cell. */
export function readNumber(v: CellValue, opts: { integer?: boolean } = {}): Read<number | null> {
  if (isProblem(v)) return { ok: false, reason: problemReason(v) };
  if (isBlank(v)) return ok(null);
  if (v instanceof Date)
    return fail(
      `Excel mengubah angka menjadi tanggal (${isoDay(v)}); format sel sebagai Angka`,
      `Excel turned the number into a date (${isoDay(v)}); format the cell as Number`,
    );
  if (typeof v === 'boolean') return fail('Harus berupa angka', 'Must be a number');
  const read =
    typeof v === 'number'
      ? Number.isFinite(v)
        ? ok(v)
        : fail('Angka tidak sah', 'Invalid number')
      : parseNumberText(String(v));
  if (!read.ok) return read;
  if (read.value < 0) return fail('Tidak boleh negatif', 'May not be negative');
  if (opts.integer && !Number.isInteger(read.value))
    return fail('Harus bilangan bulat (rupiah penuh)', 'Must be a whole number (whole rupiah)');
  return read;
}

/** A four-digit year within the calendar's range. Null for a blank cell. */
export function readYear(v: CellValue, min: number, max: number): Read<number | null> {
  if (isProblem(v)) return { ok: false, reason: problemReason(v) };
  if (isBlank(v)) return ok(null);
  if (v instanceof Date)
    return fail(
      `Tahun terbaca sebagai tanggal (${isoDay(v)}); format sel sebagai Angka dan tulis tahunnya saja`,
      `The year reads as a date (${isoDay(v)}); format the cell as Number and write the year only`,
    );
  const s = String(v).trim();
  if (!/^\d{4}$/.test(s))
    return fail(
      `"${s}" bukan tahun (4 angka, mis. 2019)`,
      `"${s}" is not a year (4 digits, e.g. 2019)`,
    );
  const year = Number(s);
  if (year < min || year > max)
    return fail(`Tahun ${year} di luar ${min}–${max}`, `Year ${year} is outside ${min}–${max}`);
  return ok(year);
}

const YES = new Set(['ya', 'y', 'yes', 'true', '1', 'melekat']);
const NO = new Set(['tidak', 't', 'no', 'n', 'false', '0', 'tidak melekat']);

/** Ya/Tidak in either language (or TRUE/FALSE, 1/0). Null for a blank cell. */
export function readYesNo(v: CellValue): Read<boolean | null> {
  if (typeof v === 'boolean') return ok(v);
  const t = readText(v);
  if (!t.ok) return t;
  if (t.value === '') return ok(null);
  const k = t.value.toLowerCase();
  if (YES.has(k)) return ok(true);
  if (NO.has(k)) return ok(false);
  return fail(`"${t.value}" harus Ya atau Tidak`, `"${t.value}" must be Ya (yes) or Tidak (no)`);
}

/** Lower-case, single spaces: how headers and names are compared. */
export function normalise(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}
