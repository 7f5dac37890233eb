import type { Bilingual } from '../common/lang.js';

/**
 * Messages of the case schemas' custom rules, keyed by the message the schema gives
 * (common/validation-messages.ts includes them, so every refusal names its field in id and en).
 */
export const CASE_VALIDATION_MESSAGES: Record<string, Bilingual> = {
  date_in_future: {
    id: 'Tanggal tidak boleh di masa depan',
    en: 'The date may not be in the future',
  },
  nik_format: {
    id: 'NIK harus 16 angka',
    en: 'A NIK (national identity number) is 16 digits',
  },
  passport_format: {
    id: 'Nomor paspor hanya huruf dan angka, 5–20 karakter',
    en: 'A passport number has 5–20 letters and digits',
  },
  picklist_code_format: {
    id: 'Kode daftar pilihan hanya huruf kecil, angka dan _',
    en: 'A picklist code only has lower-case letters, digits and _',
  },
  country_code_format: {
    id: 'Kode negara harus 2 huruf (ISO 3166-1)',
    en: 'A country code is 2 letters (ISO 3166-1)',
  },
  codes_unique: {
    id: 'Kode tidak boleh berulang',
    en: 'A code may not repeat',
  },
  place_region_country: {
    id: 'Wilayah Indonesia hanya untuk tempat di Indonesia (kode negara ID)',
    en: 'An Indonesian region is only for a place in Indonesia (country code ID)',
  },
  rejection_reason_required: {
    id: 'Alasan penolakan wajib diisi',
    en: 'A reason is required to reject',
  },
};

/**
 * Today's date at the far east of Indonesia (UTC+9, WIT). A record typed in Jayapura just after
 * midnight is already "today" there while the server may still be on yesterday in UTC, so
 * "not in the future" is judged against the latest Indonesian calendar day.
 */
export function latestIndonesianToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
}

export function notInFuture(isoDate: string, now: Date = new Date()): boolean {
  return isoDate <= latestIndonesianToday(now);
}
