import { MAX_AGE } from './age.js';

/**
 * Reading the values other institutions' spreadsheets hold: dates written every way Indonesian
 * offices write them (ISO, DD/MM/YYYY, "5 Januari 2023", "5 Agt 2023", Excel serial numbers),
 * ages with units, multi-value cells. Each reader answers a value or a reason in both languages,
 * never a guess: an impossible date is an error, not the nearest real one.
 */
export type Text = { id: string; en: string };
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: Text };

export type DateOrder = 'DMY' | 'MDY';

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (id: string, en: string): Parsed<never> => ({ ok: false, reason: { id, en } });

/** Month names and abbreviations, Indonesian (with the old spellings) and English. */
const MONTHS: Record<string, number> = {};
const MONTH_WORDS: Array<[number, string[]]> = [
  [1, ['januari', 'january', 'jan']],
  [2, ['februari', 'pebruari', 'february', 'feb', 'peb']],
  [3, ['maret', 'march', 'mar', 'mrt']],
  [4, ['april', 'apr']],
  [5, ['mei', 'may']],
  [6, ['juni', 'june', 'jun']],
  [7, ['juli', 'july', 'jul']],
  [8, ['agustus', 'august', 'agu', 'agt', 'ags', 'agus', 'aug']],
  [9, ['september', 'sep', 'sept']],
  [10, ['oktober', 'october', 'okt', 'oct']],
  [11, ['november', 'nopember', 'nov', 'nop']],
  [12, ['desember', 'december', 'des', 'dec']],
];
for (const [n, words] of MONTH_WORDS) for (const w of words) MONTHS[w] = n;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** An ISO date from parts, or why it cannot be one (31/02/2023 is not the 3rd of March). */
function fromParts(year: number, month: number, day: number, raw: string): Parsed<string> {
  if (year < 1900 || year > 2100)
    return bad(
      `Tahun ${year} di luar rentang 1900–2100 ("${raw}")`,
      `Year ${year} is outside 1900–2100 ("${raw}")`,
    );
  if (month < 1 || month > 12)
    return bad(`Bulan ${month} tidak ada ("${raw}")`, `There is no month ${month} ("${raw}")`);
  if (day < 1 || day > daysInMonth(year, month))
    return bad(
      `Tanggal tidak mungkin: ${raw} (bulan ${month}/${year} hanya ${daysInMonth(year, month)} hari)`,
      `Impossible date: ${raw} (month ${month}/${year} has only ${daysInMonth(year, month)} days)`,
    );
  return ok(`${year}-${pad(month)}-${pad(day)}`);
}

/** Two-digit years: up to this year's two digits means 20YY, otherwise 19YY. */
function fullYear(y: string, todayYear: number): number {
  if (y.length === 4) return Number(y);
  const n = Number(y);
  return n <= todayYear % 100 ? 2000 + n : 1900 + n;
}

/**
 * Excel stores dates as days since 1899-12-30 (the 1900 system, with Lotus's phantom
 * 29 February 1900 folded in by counting from the 30th).
 */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 73051) return null; // up to 2099
  const ms = Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * A calendar date as `YYYY-MM-DD`. `order` settles 03/04/2023 (day first in Indonesia, DMY);
 * `today` (ISO) refuses dates in the future, which in case records are always typing mistakes.
 */
export function parseImportDate(raw: string, order: DateOrder, today: string): Parsed<string> {
  const parsed = parseDateOnly(raw.trim(), order, Number(today.slice(0, 4)));
  if (parsed.ok && parsed.value > today)
    return bad(
      `Tanggal ${parsed.value} ada di masa depan ("${raw}")`,
      `The date ${parsed.value} is in the future ("${raw}")`,
    );
  return parsed;
}

function parseDateOnly(s: string, order: DateOrder, todayYear: number): Parsed<string> {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]), s);
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(s);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]), s);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(s);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const year = fullYear(m[3] as string, todayYear);
    return order === 'DMY' ? fromParts(year, b, a, s) : fromParts(year, a, b, s);
  }
  m = /^(\d{8})$/.exec(s);
  if (m) return fromParts(Number(s.slice(0, 4)), Number(s.slice(4, 6)), Number(s.slice(6, 8)), s);
  if (/^\d+(\.\d+)?$/.test(s)) {
    const iso = excelSerialToIso(Number(s));
    if (iso) return ok(iso);
    return bad(
      `"${s}" bukan tanggal (angka seri Excel di luar rentang)`,
      `"${s}" is not a date (Excel serial number out of range)`,
    );
  }
  // "5 Januari 2023", "05-Agt-2023", "5 Agt. 23", "January 5, 2023", "Jan 5 2023"
  const words = s
    .toLowerCase()
    .replace(/[,.]/g, ' ')
    .split(/[\s/-]+/)
    .filter(Boolean);
  if (words.length === 3) {
    const [w0, w1, w2] = words as [string, string, string];
    const y = /^\d{4}$|^\d{2}$/.test(w2) ? fullYear(w2, todayYear) : Number.NaN;
    if (/^\d{1,2}$/.test(w0) && MONTHS[w1] !== undefined)
      return fromParts(y, MONTHS[w1] as number, Number(w0), s);
    if (MONTHS[w0] !== undefined && /^\d{1,2}$/.test(w1))
      return fromParts(y, MONTHS[w0] as number, Number(w1), s);
    if (MONTHS[w1] === undefined && MONTHS[w0] === undefined && /[a-z]/.test(w1 + w0))
      return bad(`Nama bulan tidak dikenal dalam "${s}"`, `Unknown month name in "${s}"`);
  }
  return bad(
    `"${s}" bukan tanggal yang dikenali (contoh: 2023-01-05, 05/01/2023, 5 Januari 2023)`,
    `"${s}" is not a recognised date (e.g. 2023-01-05, 05/01/2023, 5 January 2023)`,
  );
}

/** Age in whole years: "25", "25.0" (Excel), "25 tahun", "25 th", "25 years". */
export function parseAge(raw: string): Parsed<number> {
  const m = /^(\d+)(?:[.,]0+)?\s*(?:tahun|thn|th|years?|yrs?|y)?\.?$/i.exec(raw.trim());
  if (!m)
    return bad(
      `Umur "${raw}" bukan bilangan bulat tahun`,
      `Age "${raw}" is not a whole number of years`,
    );
  const n = Number(m[1]);
  if (n > MAX_AGE)
    return bad(
      `Umur ${n} tidak mungkin (paling tinggi ${MAX_AGE})`,
      `Age ${n} is impossible (at most ${MAX_AGE})`,
    );
  return ok(n);
}

/** Multi-value cells: "a; b", "a, b", "a|b" and line breaks all separate values. */
export function splitMultiValue(raw: string): string[] {
  return raw
    .split(/[;,|\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Yes/no cells: ya/tidak, yes/no, true/false, 1/0, y/n, x (ticked). */
export function parseYesNo(raw: string): Parsed<boolean> {
  const s = raw.trim().toLowerCase();
  if (['ya', 'y', 'yes', 'true', '1', 'x', 'benar', 'setuju'].includes(s)) return ok(true);
  if (['tidak', 't', 'no', 'n', 'false', '0', 'tdk', 'salah'].includes(s)) return ok(false);
  return bad(`"${raw}" bukan ya/tidak`, `"${raw}" is not yes/no`);
}

/**
 * Kemendagri codes as other systems write them: "53.71", "5371", "53.71.01.1001" and
 * "5371011001" are the same regions; anything else is returned unchanged (and then unknown).
 */
export function normaliseRegionCode(raw: string): string {
  const s = raw.trim();
  if (/^\d+$/.test(s) && [2, 4, 6, 10].includes(s.length)) {
    const parts = [s.slice(0, 2), s.slice(2, 4), s.slice(4, 6), s.slice(6)].filter(Boolean);
    return parts.join('.');
  }
  return s;
}

const keys = new Map<string, string>();

/**
 * Header and code comparison key: case, accents, spaces and punctuation do not matter. A file
 * repeats the same few codes a million times, so keys of short values are remembered.
 */
export function matchKey(s: string): string {
  const known = keys.get(s);
  if (known !== undefined) return known;
  const key = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  if (s.length <= 40) {
    if (keys.size >= 20_000) keys.clear();
    keys.set(s, key);
  }
  return key;
}
