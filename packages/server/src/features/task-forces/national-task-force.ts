import type { MembershipRole, StrategyCode } from '@sigap/domain';

/**
 * The national task force (GT PP TPPO Pusat) and who sat on it under each Perpres (domain.md §2).
 * Reference data: loaded into every installation, insert-if-missing, so administrators may
 * correct it afterwards.
 *
 * Dates are when each Perpres was signed (ditetapkan); a composition ends the day the next one
 * starts (valid_to is exclusive).
 * - Perpres 69/2008: 2008-04-09.
 * - Perpres 22/2021: 2021-04-01 per one news report; not checked against the State Gazette.
 * - Perpres 49/2023: 2023-08-10 (several news reports of the JDIH Setneg copy agree).
 * Member lists: sources disagree (19 → 24 K/L, or 24/27 under Perpres 22/2021) and the full
 * annexes were not found. The lists below hold the K/L that reports attribute to each
 * composition; BP2MI (then BNP2TKI) is placed from 2023 because reports of Perpres 49/2023 name
 * it among the additions, though some sources list it earlier.
 */
export const NATIONAL_TASK_FORCE = {
  key: 'national',
  name: 'Gugus Tugas Pencegahan dan Penanganan Tindak Pidana Perdagangan Orang (Pusat)',
  legalBasisNumber: 'Peraturan Presiden Nomor 49 Tahun 2023',
  legalBasisDate: '2023-08-10',
  legalBasisTitle:
    'Perubahan Kedua atas Peraturan Presiden Nomor 69 Tahun 2008 tentang Gugus Tugas Pencegahan dan Penanganan Tindak Pidana Perdagangan Orang',
} as const;

export type Seat = {
  institution: string;
  role: MembershipRole;
  position?: string;
  /** Overrides the composition's dates, e.g. a seat that passed to a successor ministry. */
  from?: string;
  to?: string | null;
  legalBasis?: string;
};

export type Composition = {
  key: string;
  legalBasis: string;
  from: string;
  to: string | null;
  seats: Seat[];
};

const P69 = '2008-04-09';
const P22 = '2021-04-01';
const P49 = '2023-08-10';
/** Kabinet Merah Putih: Kemendikbudristek and Kemenkumham were split up (Perpres 139/2024). */
const CABINET_2024 = '2024-10-21';

const member = (institution: string, extra: Partial<Seat> = {}): Seat => ({
  institution,
  role: 'member',
  ...extra,
});

const MEMBERS_2008 = [
  'KEMENDAGRI',
  'KEMLU',
  'KEMENKUMHAM',
  'KEMENKES',
  'KEMENSOS',
  'KEMNAKER',
  'KEMENDIKBUD',
  'KEMENAG',
  'KEMENPAREKRAF',
  'KOMINFO',
  'KEMENHUB',
  'KEMENKEU',
  'BAPPENAS',
  'KEJAKSAAN',
  'POLRI',
  'BPS',
];

const ADDED_2021 = ['KEMENKO_POLHUKAM', 'LPSK', 'MA', 'KSP'];

/**
 * Seats of a ministry dissolved in the 2024 cabinet pass to its successors that day, until the
 * Perpres is revised (a revision was in draft in 2025).
 */
function withSuccessors(code: string): Seat[] {
  const passed = (to: string) =>
    member(to, { from: CABINET_2024, legalBasis: 'Perpres 49/2023 jo. penataan kabinet 2024' });
  if (code === 'KEMENDIKBUD') return [member(code, { to: CABINET_2024 }), passed('KEMENDIKDASMEN')];
  if (code === 'KEMENKUMHAM')
    return [member(code, { to: CABINET_2024 }), passed('KEMENKUM'), passed('KEMENIMIPAS')];
  return [member(code)];
}

export const NATIONAL_COMPOSITIONS: Composition[] = [
  {
    key: 'perpres-69-2008',
    legalBasis: 'Perpres 69/2008',
    from: P69,
    to: P22,
    seats: [
      // Menko Kesra until 2014, then Menko PMK: the same institution under a new name.
      { institution: 'KEMENKO_PMK', role: 'chair', position: 'Ketua' },
      { institution: 'KEMENPPPA', role: 'daily_chair', position: 'Ketua Harian' },
      ...MEMBERS_2008.map((c) => member(c)),
    ],
  },
  {
    key: 'perpres-22-2021',
    legalBasis: 'Perpres 22/2021',
    from: P22,
    to: P49,
    seats: [
      { institution: 'KEMENKO_PMK', role: 'chair', position: 'Ketua' },
      { institution: 'KEMENPPPA', role: 'daily_chair', position: 'Ketua Harian' },
      ...[...MEMBERS_2008, ...ADDED_2021].map((c) => member(c)),
    ],
  },
  {
    key: 'perpres-49-2023',
    legalBasis: 'Perpres 49/2023',
    from: P49,
    to: null,
    seats: [
      // Pasal 6: two chairs of equal rank; "Ketua I/II" is kept in the position.
      { institution: 'KEMENKO_POLHUKAM', role: 'chair', position: 'Ketua I' },
      { institution: 'KEMENKO_PMK', role: 'chair', position: 'Ketua II' },
      { institution: 'POLRI', role: 'daily_chair', position: 'Ketua Harian (Kapolri)' },
      // Pasal 11: the secretariat is run ex officio by a Polri unit chosen by the Kapolri.
      { institution: 'POLRI', role: 'secretariat', position: 'Sekretariat (unit kerja Polri)' },
      member('KEMENPPPA'),
      ...[...MEMBERS_2008, ...ADDED_2021]
        .filter((c) => c !== 'POLRI' && c !== 'KEMENKO_POLHUKAM')
        .flatMap(withSuccessors),
      ...['TNI', 'PPATK', 'KKP', 'BP2MI'].map((c) => member(c)),
    ],
  },
];

/**
 * One sub-task-force per RAN strategy, coordinated by the 2019 cluster leads (domain.md §1).
 * Kemendikbud and Kemenkumham were dissolved in 2024; the coordinator is left as recorded until
 * the task force names new leads.
 */
export const NATIONAL_SUB_TASK_FORCES: Record<StrategyCode, { name: string; coordinator: string }> =
  {
    pencegahan: { name: 'Sub Gugus Tugas Pencegahan', coordinator: 'KEMENDIKBUD' },
    rehabilitasi_kesehatan: {
      name: 'Sub Gugus Tugas Rehabilitasi Kesehatan',
      coordinator: 'KEMENKES',
    },
    rehabilitasi_sosial: {
      name: 'Sub Gugus Tugas Rehabilitasi Sosial, Pemulangan dan Reintegrasi',
      coordinator: 'KEMENSOS',
    },
    norma_hukum: { name: 'Sub Gugus Tugas Pengembangan Norma Hukum', coordinator: 'KEMENKUMHAM' },
    penegakan_hukum: { name: 'Sub Gugus Tugas Penegakan Hukum', coordinator: 'POLRI' },
    koordinasi: { name: 'Sub Gugus Tugas Koordinasi dan Kerja Sama', coordinator: 'KEMNAKER' },
  };
