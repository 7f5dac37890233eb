import { CASE_VALIDATION_MESSAGES } from '../cases/case-messages.js';
import { PLAN_VALIDATION_MESSAGES } from '../plans/messages.js';
import type { Lang } from './lang.js';

/**
 * Turns zod issues into messages in the user's language, each naming its field. Zod's own
 * locales are global; requests in different languages are served at the same time, so the
 * messages are formatted per request from the raw issue instead.
 */
export type RawIssue = {
  code: string;
  path: PropertyKey[];
  message: string;
  input?: unknown;
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  format?: string;
  keys?: string[];
  values?: unknown[];
};

export type FieldError = { path: string; message: string };

/** Messages for custom refinements, keyed by the message the schema gives. */
const CUSTOM: Record<string, Record<Lang, string>> = {
  ...PLAN_VALIDATION_MESSAGES,
  ...CASE_VALIDATION_MESSAGES,
  password_weak: {
    id: 'Kata sandi minimal 10 karakter dan memuat huruf serta angka',
    en: 'Password must be at least 10 characters and contain letters and digits',
  },
  region_code_format: {
    id: 'Kode wilayah tidak sesuai format Kemendagri (PP, PP.KK, PP.KK.CC atau PP.KK.CC.DDDD)',
    en: 'Region code does not follow the Kemendagri format (PP, PP.KK, PP.KK.CC or PP.KK.CC.DDDD)',
  },
  scope_region_required: {
    id: 'Wilayah cakupan wajib diisi untuk cakupan provinsi atau kabupaten/kota',
    en: 'A scope region is required for a province or kabupaten/kota scope',
  },
  scope_region_level: {
    id: 'Wilayah cakupan tidak sesuai tingkat cakupan',
    en: 'The scope region does not match the scope level',
  },
  region_level_mismatch: {
    id: 'Wilayah tidak sesuai tingkat: nasional tanpa wilayah, provinsi PP, kabupaten/kota PP.KK',
    en: 'Region does not match the level: national has none, province PP, kabupaten/kota PP.KK',
  },
  date_range: {
    id: 'Tanggal berakhir harus sesudah tanggal mulai',
    en: 'The end date must be after the start date',
  },
  code_format: {
    id: 'Kode hanya boleh huruf besar, angka, - dan _',
    en: 'Code may only contain capital letters, digits, - and _',
  },
  totp_code: { id: 'Kode harus 6 angka', en: 'The code must be 6 digits' },
};

const TYPE_NAMES: Record<string, Record<Lang, string>> = {
  string: { id: 'teks', en: 'text' },
  number: { id: 'angka', en: 'a number' },
  int: { id: 'bilangan bulat', en: 'a whole number' },
  boolean: { id: 'ya/tidak (boolean)', en: 'true/false' },
  object: { id: 'objek', en: 'an object' },
  array: { id: 'daftar', en: 'a list' },
  date: { id: 'tanggal', en: 'a date' },
};

function typeName(t: string | undefined, lang: Lang): string {
  if (!t) return lang === 'id' ? 'nilai yang sah' : 'a valid value';
  return TYPE_NAMES[t]?.[lang] ?? t;
}

export function formatPath(path: PropertyKey[]): string {
  return path.map((p) => String(p)).join('.') || '(body)';
}

export function issueMessage(issue: RawIssue, lang: Lang): string {
  const id = lang === 'id';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return id ? 'Wajib diisi' : 'Required';
      return id
        ? `Harus berupa ${typeName(issue.expected, lang)}`
        : `Must be ${typeName(issue.expected, lang)}`;
    case 'too_small': {
      const n = String(issue.minimum);
      if (issue.origin === 'string')
        return n === '1'
          ? id
            ? 'Wajib diisi'
            : 'Required'
          : id
            ? `Minimal ${n} karakter`
            : `At least ${n} characters`;
      if (issue.origin === 'array') return id ? `Minimal ${n} butir` : `At least ${n} items`;
      return id ? `Minimal ${n}` : `Must be at least ${n}`;
    }
    case 'too_big': {
      const n = String(issue.maximum);
      if (issue.origin === 'string')
        return id ? `Maksimal ${n} karakter` : `At most ${n} characters`;
      if (issue.origin === 'array') return id ? `Maksimal ${n} butir` : `At most ${n} items`;
      return id ? `Maksimal ${n}` : `Must be at most ${n}`;
    }
    case 'invalid_format':
      if (issue.format === 'email')
        return id ? 'Alamat e-mail tidak sah' : 'Not a valid e-mail address';
      if (issue.format === 'uuid') return id ? 'ID tidak sah' : 'Not a valid id';
      if (issue.format === 'date')
        return id ? 'Tanggal harus berformat YYYY-MM-DD' : 'Date must be YYYY-MM-DD';
      return CUSTOM[issue.message]?.[lang] ?? (id ? 'Format tidak sah' : 'Invalid format');
    case 'unrecognized_keys': {
      const keys = (issue.keys ?? []).join(', ');
      return id ? `Kolom tidak dikenal: ${keys}` : `Unknown field(s): ${keys}`;
    }
    case 'invalid_value': {
      const values = (issue.values ?? []).map((v) => String(v)).join(', ');
      return id ? `Harus salah satu dari: ${values}` : `Must be one of: ${values}`;
    }
    case 'invalid_union':
      return id ? 'Nilai tidak sah' : 'Invalid value';
    default:
      return CUSTOM[issue.message]?.[lang] ?? issue.message;
  }
}

export function formatIssues(issues: readonly RawIssue[], lang: Lang): FieldError[] {
  return issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issueMessage(issue, lang),
  }));
}
