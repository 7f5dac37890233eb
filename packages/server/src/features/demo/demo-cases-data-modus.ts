import type { ModusProfile } from './demo-cases-data.js';

/**
 * The smaller modus of the synthetic registry: child exploitation at home, mail-order brides to
 * China (peaking in 2019), the kidney-sale ring to Cambodia (2023 only), fake internships and
 * scholarships (Germany's ferienjob, Japan, Taiwan; from 2022), and the rest.
 */
export const SMALLER_MODUS_PROFILES: readonly ModusProfile[] = [
  {
    modus: 'eksploitasi_anak',
    weight: () => 5,
    exploitation: [
      [['child_labour'], 45],
      [['sexual_exploitation'], 35],
      [['forced_begging'], 20],
    ],
    destinations: [['ID', 100]],
    female: 0.6,
    minor: 1,
    adult: [18, 18],
    group: [
      [[1, 1], 75],
      [[2, 3], 25],
    ],
    means: ['physical_threats', 'psychological_abuse', 'withholds_necessities', 'takes_earnings'],
    reporters: [
      ['UPTD', 50],
      ['POLRI', 30],
      ['KEMENSOS', 10],
      ['SAPA', 10],
    ],
    corporate: 0,
    summary:
      'Anak dibawa ke {dest} dan dipekerjakan atau dieksploitasi oleh orang dewasa yang menguasainya.',
  },
  {
    modus: 'pengantin_pesanan',
    weight: (y) => (y === 2019 ? 9 : y === 2020 ? 4 : 2),
    exploitation: [
      [['forced_marriage'], 70],
      [['forced_marriage', 'servitude'], 30],
    ],
    destinations: [['CN', 100]],
    female: 1,
    minor: 0.2,
    adult: [18, 27],
    group: [[[1, 1], 100]],
    means: ['false_promises', 'psychological_abuse', 'physical_abuse', 'withholds_documents'],
    reporters: [
      ['KEMLU', 45],
      ['POLRI', 30],
      ['UPTD', 25],
    ],
    origins: { '61': 50, '32': 25, '33': 15, '35': 10 },
    corporate: 0.1,
    summary:
      'Korban dinikahkan dengan laki-laki warga {dest} melalui perantara dengan janji hidup sejahtera, lalu dipaksa bekerja dan tidak boleh pulang.',
  },
  {
    modus: 'organ_ginjal',
    weight: (y) => (y === 2023 ? 3 : 0),
    exploitation: [[['organ_removal'], 100]],
    destinations: [['KH', 100]],
    female: 0.15,
    minor: 0,
    adult: [22, 50],
    group: [
      [[1, 1], 60],
      [[2, 3], 40],
    ],
    means: ['false_promises', 'debt_bondage', 'withholds_documents'],
    reporters: [
      ['POLRI', 70],
      ['KEMLU', 30],
    ],
    origins: { '32': 45, '36': 20, '33': 15, '35': 10, '18': 10 },
    corporate: 0,
    summary:
      'Korban yang terlilit utang dijanjikan imbalan untuk menjual ginjal dan diberangkatkan ke {dest} untuk operasi transplantasi.',
  },
  {
    modus: 'magang_beasiswa',
    weight: (y) => (y >= 2022 ? 3 : 0.5),
    exploitation: [[['forced_labour'], 100]],
    destinations: [
      ['DE', 40],
      ['JP', 35],
      ['TW', 25],
    ],
    female: 0.5,
    minor: 0,
    adult: [19, 25],
    group: [
      [[1, 1], 55],
      [[2, 4], 45],
    ],
    means: ['false_promises', 'debt_bondage', 'excessive_hours', 'takes_earnings'],
    reporters: [
      ['KEMLU', 50],
      ['POLRI', 40],
      ['SAPA', 10],
    ],
    corporate: 0.5,
    summary:
      'Mahasiswa mengikuti program magang atau beasiswa di {dest} yang ternyata kerja kasar dengan potongan biaya dan utang dana talangan.',
  },
  {
    modus: 'lainnya',
    weight: () => 2,
    exploitation: [
      [['forced_labour'], 50],
      [['forced_begging'], 25],
      [['other'], 25],
    ],
    destinations: [
      ['ID', 70],
      ['MY', 30],
    ],
    female: 0.5,
    minor: 0.25,
    adult: [18, 55],
    group: [[[1, 2], 100]],
    means: ['false_promises', 'psychological_abuse', 'takes_earnings'],
    reporters: [
      ['UPTD', 40],
      ['POLRI', 40],
      ['SAPA', 20],
    ],
    corporate: 0.05,
    summary: 'Korban dieksploitasi di {dest} oleh pihak yang menjanjikan pekerjaan.',
  },
];
