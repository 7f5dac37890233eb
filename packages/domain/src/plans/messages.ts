import type { Bilingual } from '../common/lang.js';

/**
 * Messages of the plan schemas' custom rules, keyed by the message the schema gives, in the same
 * form as the custom messages of common/validation-messages.ts (which should include these).
 */
export const PLAN_VALIDATION_MESSAGES: Record<string, Bilingual> = {
  year_range: {
    id: 'Tahun berakhir tidak boleh sebelum tahun mulai, dan rentang paling lama 20 tahun',
    en: 'The end year may not be before the start year, and the range is at most 20 years',
  },
  plan_region_required: {
    id: 'RAD wajib memiliki wilayah (provinsi atau kabupaten/kota)',
    en: 'A RAD needs a region (a province or a kabupaten/kota)',
  },
  plan_region_level: {
    id: 'Wilayah RAD harus provinsi (PP) atau kabupaten/kota (PP.KK)',
    en: 'The region of a RAD must be a province (PP) or a kabupaten/kota (PP.KK)',
  },
  plan_region_forbidden: {
    id: 'RAN berlaku nasional dan tidak memiliki wilayah',
    en: 'The RAN is national and has no region',
  },
  matrix_code_format: {
    id: 'Kode hanya boleh huruf, angka, titik, - dan _, diawali huruf atau angka',
    en: 'A code may only contain letters, digits, dots, - and _, and starts with a letter or digit',
  },
  year_format: { id: 'Tahun harus 4 angka', en: 'A year is 4 digits' },
  period_code_format: {
    id: 'Kode periode tidak sah (contoh: 2021-TW2, 2021-B04, 2021-S1, 2021-M03, 2021)',
    en: 'Invalid period code (e.g. 2021-TW2, 2021-B04, 2021-S1, 2021-M03, 2021)',
  },
  target_year_outside_plan: {
    id: 'Tahun target di luar periode rencana aksi',
    en: 'The target year lies outside the plan period',
  },
  budget_year_outside_plan: {
    id: 'Tahun anggaran di luar periode rencana aksi',
    en: 'The budget year lies outside the plan period',
  },
  budget_year_duplicate: {
    id: 'Anggaran untuk tahun ini sudah ada',
    en: 'There is already a budget line for this year',
  },
  budget_source_mixed: {
    id: 'Satu aksi hanya memiliki satu sumber anggaran dan satu status melekat',
    en: 'An activity has one budget source and one attached status',
  },
  baseline_year_outside_plan: {
    id: 'Tahun baseline tidak boleh sesudah akhir periode rencana aksi',
    en: 'The baseline year may not be after the end of the plan period',
  },
  duplicate_code: { id: 'Kode ini sudah dipakai', en: 'This code is already used' },
  related_includes_responsible: {
    id: 'Instansi penanggung jawab tidak perlu diulang sebagai instansi terkait',
    en: 'The responsible institution is not also a related institution',
  },
  ran_link_on_ran: {
    id: 'Hanya aksi RAD yang ditautkan ke aksi RAN',
    en: 'Only RAD activities link to a RAN activity',
  },
  yes_no_value: {
    id: 'Indikator ya/tidak hanya menerima 1 (ya) atau 0 (tidak)',
    en: 'A yes/no indicator only takes 1 (yes) or 0 (no)',
  },
  traffic_light_order: {
    id: 'Batas hijau harus lebih tinggi dari batas kuning',
    en: 'The green threshold must be higher than the yellow one',
  },
  date_range_inclusive: {
    id: 'Tanggal selesai tidak boleh sebelum tanggal mulai',
    en: 'The end date may not be before the start date',
  },
};
