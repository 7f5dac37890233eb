/**
 * Where the synthetic victims come from and where they are taken: provinces of origin weighted
 * as in published TPPO figures (NTT, NTB and the Javanese provinces first), the kabupaten/kota
 * that send most migrant workers, and the domestic destinations and transit hubs. Every code is
 * a Kemendagri code present in the reference data (idn-area-data).
 */
export type Weighted<T> = ReadonlyArray<readonly [T, number]>;

/** Province of origin → [kabupaten/kota, weight]. */
export const ORIGINS: ReadonlyArray<{
  province: string;
  weight: number;
  regencies: Weighted<string>;
}> = [
  {
    province: '53', // Nusa Tenggara Timur
    weight: 18,
    regencies: [
      ['53.01', 12],
      ['53.71', 10],
      ['53.02', 12],
      ['53.03', 8],
      ['53.04', 7],
      ['53.21', 8],
      ['53.05', 4],
      ['53.10', 5],
      ['53.07', 6],
      ['53.06', 5],
      ['53.12', 4],
      ['53.18', 6],
      ['53.14', 3],
    ],
  },
  {
    province: '52', // Nusa Tenggara Barat
    weight: 14,
    regencies: [
      ['52.03', 30],
      ['52.02', 22],
      ['52.01', 15],
      ['52.08', 6],
      ['52.04', 8],
      ['52.06', 8],
      ['52.71', 5],
    ],
  },
  {
    province: '32', // Jawa Barat
    weight: 16,
    regencies: [
      ['32.12', 25],
      ['32.09', 14],
      ['32.15', 10],
      ['32.02', 12],
      ['32.03', 12],
      ['32.13', 9],
      ['32.01', 6],
      ['32.05', 6],
      ['32.16', 4],
    ],
  },
  {
    province: '35', // Jawa Timur
    weight: 12,
    regencies: [
      ['35.10', 10],
      ['35.09', 10],
      ['35.07', 14],
      ['35.04', 12],
      ['35.05', 12],
      ['35.02', 10],
      ['35.06', 8],
      ['35.78', 6],
    ],
  },
  {
    province: '33', // Jawa Tengah
    weight: 12,
    regencies: [
      ['33.01', 16],
      ['33.29', 14],
      ['33.28', 10],
      ['33.27', 10],
      ['33.02', 10],
      ['33.05', 8],
      ['33.15', 6],
      ['33.74', 6],
      ['33.26', 6],
    ],
  },
  {
    province: '18', // Lampung
    weight: 5,
    regencies: [
      ['18.07', 30],
      ['18.02', 25],
      ['18.01', 20],
      ['18.71', 10],
    ],
  },
  {
    province: '12', // Sumatera Utara
    weight: 6,
    regencies: [
      ['12.07', 25],
      ['12.05', 20],
      ['12.09', 18],
      ['12.71', 20],
      ['12.19', 10],
    ],
  },
  {
    province: '61', // Kalimantan Barat
    weight: 6,
    regencies: [
      ['61.01', 25],
      ['61.72', 20],
      ['61.03', 15],
      ['61.07', 15],
      ['61.71', 15],
    ],
  },
  {
    province: '73', // Sulawesi Selatan
    weight: 5,
    regencies: [
      ['73.71', 30],
      ['73.08', 25],
      ['73.15', 20],
      ['73.13', 15],
    ],
  },
  {
    province: '71', // Sulawesi Utara
    weight: 2,
    regencies: [
      ['71.71', 40],
      ['71.72', 35],
      ['71.02', 25],
    ],
  },
  {
    province: '36', // Banten
    weight: 2,
    regencies: [
      ['36.03', 50],
      ['36.02', 30],
      ['36.01', 20],
    ],
  },
  {
    province: '16', // Sumatera Selatan
    weight: 2,
    regencies: [
      ['16.71', 50],
      ['16.02', 50],
    ],
  },
];

/** Domestic destinations of sexual and labour exploitation (Batam, Jakarta, Bali, Kaltara). */
export const DOMESTIC_DESTINATIONS: Weighted<string> = [
  ['21.71', 30], // Kota Batam
  ['31.73', 10], // Jakarta Barat
  ['31.72', 8], // Jakarta Utara
  ['31.74', 6], // Jakarta Selatan
  ['51.71', 8], // Kota Denpasar
  ['51.03', 8], // Badung
  ['65.03', 8], // Nunukan
  ['65.71', 6], // Tarakan
  ['35.78', 5], // Surabaya
  ['21.01', 5], // Bintan
  ['53.71', 6], // Kota Kupang (from other NTT regencies)
];

/** Fishing ports where crews are recruited or their boats are based. */
export const FISHING_PORTS: Weighted<string> = [
  ['31.72', 40], // Muara Baru, Jakarta Utara
  ['71.72', 25], // Bitung
  ['33.76', 20], // Kota Tegal
  ['33.75', 15], // Kota Pekalongan
];

/** Last Indonesian stop before a border, by destination country. */
export const EXIT_POINTS: Record<string, Weighted<string>> = {
  MY: [
    ['21.71', 40], // Batam
    ['21.72', 15], // Tanjung Pinang
    ['65.03', 25], // Nunukan
    ['61.03', 20], // Entikong, Sanggau
  ],
  SG: [['21.71', 100]],
  default: [
    ['36.03', 60], // Soekarno-Hatta, Kabupaten Tangerang
    ['51.03', 15], // Ngurah Rai, Badung
    ['35.15', 15], // Juanda, Sidoarjo
    ['21.71', 10], // Hang Nadim, Batam
  ],
};

/** The airport hub of a province, where interceptions of its departing migrants happen. */
export const PROVINCE_HUBS: Record<string, string> = {
  '53': '53.71',
  '52': '52.02',
  '61': '61.71',
  '73': '73.71',
  '12': '12.71',
};

/** Foreign transit before the compounds of South-East Asia. */
export const FOREIGN_TRANSIT: Record<string, string> = {
  KH: 'MY',
  MM: 'TH',
  LA: 'TH',
  VN: 'MY',
  PH: 'MY',
  CN: 'SG',
};
