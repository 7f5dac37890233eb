/**
 * K/L that sit on the national task force or attend its meetings (domain.md §2), with the names
 * they have carried. Names change with cabinets (Kabinet Merah Putih, Oct 2024, split and renamed
 * several ministries): the code and id stay, the name history grows, and a dissolved body points
 * to its successor. Dates are when a name took effect; where only the year is known, 1 January.
 */
export type InstitutionSeed = {
  code: string;
  kind:
    | 'coordinating_ministry'
    | 'ministry'
    | 'agency'
    | 'law_enforcement'
    | 'judiciary'
    | 'independent_body';
  names: Array<{ name: string; abbreviation: string; validFrom: string; legalBasis?: string }>;
  successor?: string;
  active?: boolean;
};

const CABINET_2024 = '2024-10-21';
const SINCE = '2008-04-09'; // Perpres 69/2008, when the task force was formed

export const NATIONAL_INSTITUTIONS: InstitutionSeed[] = [
  {
    code: 'KEMENKO_PMK',
    kind: 'coordinating_ministry',
    names: [
      {
        name: 'Kementerian Koordinator Bidang Kesejahteraan Rakyat',
        abbreviation: 'Kemenko Kesra',
        validFrom: SINCE,
      },
      {
        name: 'Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan',
        abbreviation: 'Kemenko PMK',
        validFrom: '2014-10-27',
        legalBasis: 'Perpres 9/2015',
      },
    ],
  },
  {
    code: 'KEMENKO_POLHUKAM',
    kind: 'coordinating_ministry',
    names: [
      {
        name: 'Kementerian Koordinator Bidang Politik, Hukum, dan Keamanan',
        abbreviation: 'Kemenko Polhukam',
        validFrom: SINCE,
      },
      {
        name: 'Kementerian Koordinator Bidang Politik dan Keamanan',
        abbreviation: 'Kemenko Polkam',
        validFrom: CABINET_2024,
        legalBasis: 'Perpres 139/2024',
      },
    ],
  },
  {
    code: 'KEMENPPPA',
    kind: 'ministry',
    names: [
      { name: 'Kementerian Negara Pemberdayaan Perempuan', abbreviation: 'KNPP', validFrom: SINCE },
      {
        name: 'Kementerian Pemberdayaan Perempuan dan Perlindungan Anak',
        abbreviation: 'KemenPPPA',
        validFrom: '2009-10-22',
      },
    ],
  },
  {
    code: 'POLRI',
    kind: 'law_enforcement',
    names: [
      { name: 'Kepolisian Negara Republik Indonesia', abbreviation: 'Polri', validFrom: SINCE },
    ],
  },
  {
    code: 'KEJAKSAAN',
    kind: 'law_enforcement',
    names: [
      { name: 'Kejaksaan Republik Indonesia', abbreviation: 'Kejaksaan RI', validFrom: SINCE },
    ],
  },
  {
    code: 'MA',
    kind: 'judiciary',
    names: [{ name: 'Mahkamah Agung Republik Indonesia', abbreviation: 'MA', validFrom: SINCE }],
  },
  {
    code: 'KEMENSOS',
    kind: 'ministry',
    names: [{ name: 'Kementerian Sosial', abbreviation: 'Kemensos', validFrom: SINCE }],
  },
  {
    code: 'KEMENKES',
    kind: 'ministry',
    names: [{ name: 'Kementerian Kesehatan', abbreviation: 'Kemenkes', validFrom: SINCE }],
  },
  {
    code: 'KEMNAKER',
    kind: 'ministry',
    names: [
      {
        name: 'Kementerian Tenaga Kerja dan Transmigrasi',
        abbreviation: 'Kemnakertrans',
        validFrom: SINCE,
      },
      { name: 'Kementerian Ketenagakerjaan', abbreviation: 'Kemnaker', validFrom: '2014-10-27' },
    ],
  },
  {
    code: 'KEMENDIKBUD',
    kind: 'ministry',
    active: false,
    successor: 'KEMENDIKDASMEN',
    names: [
      { name: 'Departemen Pendidikan Nasional', abbreviation: 'Depdiknas', validFrom: SINCE },
      {
        name: 'Kementerian Pendidikan dan Kebudayaan',
        abbreviation: 'Kemendikbud',
        validFrom: '2011-10-19',
      },
      {
        name: 'Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi',
        abbreviation: 'Kemendikbudristek',
        validFrom: '2021-04-28',
        legalBasis: 'Perpres 62/2021',
      },
    ],
  },
  {
    code: 'KEMENDIKDASMEN',
    kind: 'ministry',
    names: [
      {
        name: 'Kementerian Pendidikan Dasar dan Menengah',
        abbreviation: 'Kemendikdasmen',
        validFrom: CABINET_2024,
        legalBasis: 'Perpres 188/2024',
      },
    ],
  },
  {
    code: 'KEMENKUMHAM',
    kind: 'ministry',
    active: false,
    successor: 'KEMENKUM',
    names: [
      {
        name: 'Kementerian Hukum dan Hak Asasi Manusia',
        abbreviation: 'Kemenkumham',
        validFrom: SINCE,
      },
    ],
  },
  {
    code: 'KEMENKUM',
    kind: 'ministry',
    names: [
      {
        name: 'Kementerian Hukum',
        abbreviation: 'Kemenkum',
        validFrom: CABINET_2024,
        legalBasis: 'Perpres 155/2024',
      },
    ],
  },
  {
    code: 'KEMENIMIPAS',
    kind: 'ministry',
    names: [
      {
        name: 'Kementerian Imigrasi dan Pemasyarakatan',
        abbreviation: 'Kemenimipas',
        validFrom: CABINET_2024,
        legalBasis: 'Perpres 157/2024',
      },
    ],
  },
  {
    code: 'KEMLU',
    kind: 'ministry',
    names: [{ name: 'Kementerian Luar Negeri', abbreviation: 'Kemlu', validFrom: SINCE }],
  },
  {
    code: 'KEMENDAGRI',
    kind: 'ministry',
    names: [{ name: 'Kementerian Dalam Negeri', abbreviation: 'Kemendagri', validFrom: SINCE }],
  },
  {
    code: 'KEMENKEU',
    kind: 'ministry',
    names: [{ name: 'Kementerian Keuangan', abbreviation: 'Kemenkeu', validFrom: SINCE }],
  },
  {
    code: 'KOMINFO',
    kind: 'ministry',
    names: [
      { name: 'Kementerian Komunikasi dan Informatika', abbreviation: 'Kominfo', validFrom: SINCE },
      {
        name: 'Kementerian Komunikasi dan Digital',
        abbreviation: 'Komdigi',
        validFrom: CABINET_2024,
        legalBasis: 'Perpres 174/2024',
      },
    ],
  },
  {
    code: 'KEMENHUB',
    kind: 'ministry',
    names: [{ name: 'Kementerian Perhubungan', abbreviation: 'Kemenhub', validFrom: SINCE }],
  },
  {
    code: 'KKP',
    kind: 'ministry',
    names: [{ name: 'Kementerian Kelautan dan Perikanan', abbreviation: 'KKP', validFrom: SINCE }],
  },
  {
    code: 'BP2MI',
    kind: 'agency',
    names: [
      {
        name: 'Badan Nasional Penempatan dan Perlindungan Tenaga Kerja Indonesia',
        abbreviation: 'BNP2TKI',
        validFrom: SINCE,
      },
      {
        name: 'Badan Pelindungan Pekerja Migran Indonesia',
        abbreviation: 'BP2MI',
        validFrom: '2019-08-14',
        legalBasis: 'Perpres 90/2019',
      },
      {
        name: 'Kementerian Pelindungan Pekerja Migran Indonesia / BP2MI',
        abbreviation: 'KP2MI',
        validFrom: CABINET_2024,
        legalBasis: 'Perpres 166/2024',
      },
    ],
  },
  {
    code: 'LPSK',
    kind: 'independent_body',
    names: [
      { name: 'Lembaga Perlindungan Saksi dan Korban', abbreviation: 'LPSK', validFrom: SINCE },
    ],
  },
  {
    code: 'BAPPENAS',
    kind: 'ministry',
    names: [
      {
        name: 'Kementerian Perencanaan Pembangunan Nasional / Bappenas',
        abbreviation: 'Bappenas',
        validFrom: SINCE,
      },
    ],
  },
  {
    code: 'KSP',
    kind: 'agency',
    names: [{ name: 'Kantor Staf Presiden', abbreviation: 'KSP', validFrom: '2015-02-23' }],
  },
  {
    code: 'PPATK',
    kind: 'agency',
    names: [
      {
        name: 'Pusat Pelaporan dan Analisis Transaksi Keuangan',
        abbreviation: 'PPATK',
        validFrom: SINCE,
      },
    ],
  },
  {
    code: 'TNI',
    kind: 'law_enforcement',
    names: [{ name: 'Tentara Nasional Indonesia', abbreviation: 'TNI', validFrom: SINCE }],
  },
  {
    code: 'BIN',
    kind: 'agency',
    names: [{ name: 'Badan Intelijen Negara', abbreviation: 'BIN', validFrom: SINCE }],
  },
  {
    code: 'BAKAMLA',
    kind: 'agency',
    names: [{ name: 'Badan Keamanan Laut', abbreviation: 'Bakamla', validFrom: '2014-12-08' }],
  },
  {
    code: 'KPAI',
    kind: 'independent_body',
    names: [{ name: 'Komisi Perlindungan Anak Indonesia', abbreviation: 'KPAI', validFrom: SINCE }],
  },
  {
    code: 'KOMNASHAM',
    kind: 'independent_body',
    names: [
      { name: 'Komisi Nasional Hak Asasi Manusia', abbreviation: 'Komnas HAM', validFrom: SINCE },
    ],
  },
  {
    code: 'KEMENAG',
    kind: 'ministry',
    names: [{ name: 'Kementerian Agama', abbreviation: 'Kemenag', validFrom: SINCE }],
  },
  {
    code: 'KEMENPAREKRAF',
    kind: 'ministry',
    names: [{ name: 'Kementerian Pariwisata', abbreviation: 'Kemenpar', validFrom: SINCE }],
  },
  {
    code: 'BPS',
    kind: 'agency',
    names: [{ name: 'Badan Pusat Statistik', abbreviation: 'BPS', validFrom: SINCE }],
  },
];
