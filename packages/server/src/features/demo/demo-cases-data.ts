import { SMALLER_MODUS_PROFILES } from './demo-cases-data-modus.js';
import type { Weighted } from './demo-cases-data-places.js';

/**
 * The shape of the synthetic case registry: how many cases each year, and for each modus its
 * share over the years, destinations, victims' sex and age, and who usually records it. Figures
 * are plausible, not real: PMI nonprosedural to Malaysia and the Middle East dominates; the
 * online-scam compounds of Cambodia, Myanmar, Laos, Viet Nam and the Philippines rise from 2021;
 * the kidney-sale ring to Cambodia is a 2023 episode; mail-order brides to China peak in 2019.
 */
export const DEMO_CASES_AS_OF = '2025-12-15';

/** Cases per year, duplicates recorded by other institutions included. */
export const CASES_PER_YEAR: Weighted<number> = [
  [2019, 300],
  [2020, 230],
  [2021, 330],
  [2022, 420],
  [2023, 620],
  [2024, 560],
  [2025, 540],
];
export const DEMO_CASE_TOTAL = CASES_PER_YEAR.reduce((s, [, n]) => s + n, 0);

/** Which institution records a case (resolved to an institution, unit and region later). */
export type Reporter = 'POLRI' | 'KEMLU' | 'BP2MI' | 'KEMENSOS' | 'UPTD' | 'SAPA';

export type ModusProfile = {
  modus: string;
  weight: (year: number) => number;
  exploitation: Weighted<readonly string[]>;
  /** Country codes; `ID` takes a domestic destination (DOMESTIC_DESTINATIONS or a port). */
  destinations: Weighted<string>;
  female: number;
  /** Share of victims under 18 and the age range of adults. */
  minor: number;
  adult: readonly [number, number];
  /** Victims per case: [min, max] ranges with weights. */
  group: Weighted<readonly [number, number]>;
  means: readonly string[];
  reporters: Weighted<Reporter>;
  /** Province weights replacing the usual origins (fishing crews, brides). */
  origins?: Record<string, number>;
  corporate: number;
  /** Free-text summary; `{dest}` is the destination's name. */
  summary: string;
};

const rising = (from: number, per: Record<number, number>) => (y: number) =>
  y < from ? 0 : (per[y] ?? 0);

export const MODUS_PROFILES: readonly ModusProfile[] = [
  {
    modus: 'pmi_nonprosedural',
    weight: (y) => (y === 2020 ? 40 : 48 - (y - 2019) * 2),
    exploitation: [
      [['forced_labour'], 55],
      [['servitude'], 20],
      [['forced_labour', 'servitude'], 15],
      [['forced_labour', 'sexual_exploitation'], 10],
    ],
    destinations: [
      ['MY', 55],
      ['SA', 14],
      ['AE', 8],
      ['TW', 7],
      ['HK', 6],
      ['SG', 5],
      ['QA', 3],
      ['TR', 2],
    ],
    female: 0.7,
    minor: 0.17,
    adult: [18, 45],
    group: [
      [[1, 1], 85],
      [[2, 3], 13],
      [[4, 5], 2],
    ],
    means: [
      'withholds_documents',
      'debt_bondage',
      'false_promises',
      'takes_earnings',
      'excessive_hours',
      'restricts_financial',
      'physical_abuse',
    ],
    reporters: [
      ['BP2MI', 28],
      ['KEMLU', 20],
      ['POLRI', 22],
      ['KEMENSOS', 10],
      ['UPTD', 15],
      ['SAPA', 5],
    ],
    corporate: 0.3,
    summary:
      'Korban direkrut calo dengan janji bekerja di {dest}, diberangkatkan tanpa prosedur resmi; gaji tidak dibayar dan dokumen ditahan majikan.',
  },
  {
    modus: 'online_scam',
    weight: rising(2021, { 2021: 4, 2022: 12, 2023: 20, 2024: 22, 2025: 20 }),
    exploitation: [
      [['forced_labour'], 80],
      [['forced_labour', 'other'], 20],
    ],
    destinations: [
      ['KH', 48],
      ['MM', 26],
      ['LA', 9],
      ['VN', 5],
      ['PH', 12],
    ],
    female: 0.35,
    minor: 0.03,
    adult: [19, 38],
    group: [
      [[1, 1], 60],
      [[2, 4], 32],
      [[5, 8], 8],
    ],
    means: [
      'false_promises',
      'withholds_documents',
      'physical_abuse',
      'debt_bondage',
      'physical_threats',
      'excessive_hours',
    ],
    reporters: [
      ['KEMLU', 45],
      ['POLRI', 30],
      ['BP2MI', 10],
      ['KEMENSOS', 10],
      ['SAPA', 5],
    ],
    corporate: 0.35,
    summary:
      'Korban ditawari pekerjaan admin atau operator di {dest} melalui media sosial, lalu dipaksa menjalankan penipuan daring di kompleks tertutup dan didenda bila target tidak tercapai.',
  },
  {
    modus: 'abk_perikanan',
    weight: () => 7,
    exploitation: [
      [['forced_labour'], 85],
      [['forced_labour', 'servitude'], 15],
    ],
    destinations: [
      ['TW', 30],
      ['CN', 15],
      ['KR', 15],
      ['ZA', 10],
      ['FJ', 10],
      ['ID', 20],
    ],
    female: 0,
    minor: 0.08,
    adult: [18, 45],
    group: [
      [[1, 1], 55],
      [[2, 4], 35],
      [[5, 8], 10],
    ],
    means: [
      'withholds_documents',
      'debt_bondage',
      'excessive_hours',
      'physical_abuse',
      'takes_earnings',
    ],
    reporters: [
      ['POLRI', 35],
      ['KEMLU', 25],
      ['BP2MI', 20],
      ['KEMENSOS', 10],
      ['UPTD', 10],
    ],
    origins: { '33': 35, '32': 20, '71': 15, '12': 15, '53': 10, '52': 5 },
    corporate: 0.4,
    summary:
      'Korban bekerja sebagai awak kapal penangkap ikan berbendera asing ({dest}) tanpa perjanjian kerja laut, dengan jam kerja berlebihan dan gaji ditahan agen.',
  },
  {
    modus: 'eksploitasi_seksual',
    weight: () => 16,
    exploitation: [[['sexual_exploitation'], 100]],
    destinations: [
      ['ID', 80],
      ['MY', 8],
      ['SG', 4],
      ['JP', 4],
      ['AE', 4],
    ],
    female: 0.95,
    minor: 0.55,
    adult: [18, 30],
    group: [
      [[1, 1], 75],
      [[2, 3], 25],
    ],
    means: [
      'debt_bondage',
      'false_promises',
      'sexual_abuse',
      'psychoactive_substance',
      'physical_threats',
      'withholds_documents',
    ],
    reporters: [
      ['POLRI', 40],
      ['UPTD', 40],
      ['KEMENSOS', 10],
      ['SAPA', 10],
    ],
    corporate: 0.1,
    summary:
      'Korban dijanjikan pekerjaan sebagai pelayan kafe atau terapis di {dest}, kemudian dipaksa melayani tamu dan dijerat utang penampungan.',
  },
  ...SMALLER_MODUS_PROFILES,
];

/** Reasons the PIC gave when rejecting a record (verification). */
export const REJECTION_REASONS = [
  'Bukan TPPO: pekerja migran prosedural tanpa unsur eksploitasi',
  'Data tidak lengkap: tanggal dan tempat kejadian tidak diisi',
  'Kasus sama dengan laporan instansi lain yang sudah tercatat',
];

/** Reasons a region declined a referral. */
export const DECLINE_REASONS = [
  'Alamat korban berada di luar wilayah layanan unit',
  'Korban memilih tinggal di daerah tujuan',
  'Kapasitas rumah aman penuh, dirujuk ulang ke unit lain',
];
