/**
 * When provinces formed since reformasi came into being, and which ones were split off. The
 * codes are today's Kemendagri codes (idn-area-data). Older provinces carry the sentinel date
 * "since before records". Sources: the laws named below.
 */
export const SINCE_BEFORE_RECORDS = '1945-08-17';

export const PROVINCE_FORMATION: Record<string, { date: string; legalBasis: string }> = {
  '82': { date: '1999-10-04', legalBasis: 'UU 46/1999' }, // Maluku Utara
  '92': { date: '1999-10-04', legalBasis: 'UU 45/1999' }, // Papua Barat (Irian Jaya Barat)
  '36': { date: '2000-10-17', legalBasis: 'UU 23/2000' }, // Banten
  '19': { date: '2000-12-04', legalBasis: 'UU 27/2000' }, // Kepulauan Bangka Belitung
  '75': { date: '2000-12-22', legalBasis: 'UU 38/2000' }, // Gorontalo
  '21': { date: '2002-10-25', legalBasis: 'UU 25/2002' }, // Kepulauan Riau
  '76': { date: '2004-10-05', legalBasis: 'UU 26/2004' }, // Sulawesi Barat
  '65': { date: '2012-11-16', legalBasis: 'UU 20/2012' }, // Kalimantan Utara
  '93': { date: '2022-07-25', legalBasis: 'UU 14/2022' }, // Papua Selatan
  '94': { date: '2022-07-25', legalBasis: 'UU 15/2022' }, // Papua Tengah
  '95': { date: '2022-07-25', legalBasis: 'UU 16/2022' }, // Papua Pegunungan
  '96': { date: '2022-12-08', legalBasis: 'UU 29/2022' }, // Papua Barat Daya
};

/** The 2022 Papua splits: the regions that left a province and the law that moved them. */
export const PROVINCE_SPLITS: Array<{
  predecessor: string;
  successors: Array<{ code: string; date: string; legalBasis: string }>;
}> = [
  {
    predecessor: '91',
    successors: ['93', '94', '95'].map((code) => ({
      code,
      date: PROVINCE_FORMATION[code]?.date ?? '2022-07-25',
      legalBasis: PROVINCE_FORMATION[code]?.legalBasis ?? '',
    })),
  },
  {
    predecessor: '92',
    successors: [{ code: '96', date: '2022-12-08', legalBasis: 'UU 29/2022' }],
  },
];
