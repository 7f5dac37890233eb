import type { Bilingual } from '../common/lang.js';
import { type CellValue, isBlank, normalise, type SheetRow } from './sheet-cells.js';

/**
 * The columns of the one-sheet plan matrix (XLSX export and import). One row per indicator; the
 * activity's cells are written on every row of the activity, so rows can be sorted or filtered
 * without losing their activity. On import, a later row of an activity may leave those cells
 * blank (read as "same as above"), but may not contradict the first row.
 *
 * Then one "Target YYYY" and one "Pagu YYYY" column per plan year. Headers are matched in either
 * language, ignoring case and spacing; the order of columns does not matter.
 */
export const MATRIX_CELL_TYPES = [
  'strategy',
  'code',
  'text',
  'institution',
  'institution_list',
  'direction',
  'number',
  'year',
  'budget_source',
  'yes_no',
  'rupiah',
] as const;
export type MatrixCellType = (typeof MATRIX_CELL_TYPES)[number];

export type MatrixColumn = {
  key: string;
  header: Bilingual;
  required: boolean;
  type: MatrixCellType;
  /** Same on every row of an activity (checked on import). */
  perActivity: boolean;
  description: Bilingual;
  /** For year columns: the year. */
  year?: number;
};

type Fixed = Omit<MatrixColumn, 'year'>;

/** Columns before the per-year targets. */
const HEAD_COLUMNS: readonly Fixed[] = [
  {
    key: 'strategy',
    header: { id: 'Strategi', en: 'Strategy' },
    required: true,
    type: 'strategy',
    perActivity: true,
    description: {
      id: 'Nomor (1–6), kode atau nama strategi RAN',
      en: 'Number (1–6), code or name of the RAN strategy',
    },
  },
  {
    key: 'programCode',
    header: { id: 'Kode Program', en: 'Program code' },
    required: true,
    type: 'code',
    perActivity: true,
    description: { id: 'Kode program/fokus, mis. 1.1', en: 'Code of the program/focus, e.g. 1.1' },
  },
  {
    key: 'programTitle',
    header: { id: 'Program/Fokus', en: 'Program/focus' },
    required: true,
    type: 'text',
    perActivity: true,
    description: { id: 'Nama program atau fokus', en: 'Name of the program or focus' },
  },
  {
    key: 'activityCode',
    header: { id: 'Kode Aksi', en: 'Activity code' },
    required: true,
    type: 'code',
    perActivity: false,
    description: {
      id: 'Kode aksi, unik dalam rencana aksi, mis. 1.1.2',
      en: 'Activity code, unique in the plan, e.g. 1.1.2',
    },
  },
  {
    key: 'activityTitle',
    header: { id: 'Aksi', en: 'Activity' },
    required: true,
    type: 'text',
    perActivity: true,
    description: { id: 'Uraian aksi', en: 'Description of the activity' },
  },
  {
    key: 'responsible',
    header: { id: 'Penanggung Jawab', en: 'Responsible institution' },
    required: true,
    type: 'institution',
    perActivity: true,
    description: {
      id: 'Kode atau nama instansi penanggung jawab',
      en: 'Code or name of the responsible institution',
    },
  },
  {
    key: 'related',
    header: { id: 'Instansi Terkait', en: 'Related institutions' },
    required: false,
    type: 'institution_list',
    perActivity: true,
    description: {
      id: 'Kode atau nama instansi terkait, dipisah titik koma (;)',
      en: 'Codes or names of related institutions, separated by semicolons (;)',
    },
  },
  {
    key: 'ranActivityCode',
    header: { id: 'Kode Aksi RAN', en: 'RAN activity code' },
    required: false,
    type: 'code',
    perActivity: true,
    description: {
      id: 'Khusus RAD: kode aksi RAN yang dilaksanakan',
      en: 'RAD only: code of the RAN activity it implements',
    },
  },
  {
    key: 'indicatorCode',
    header: { id: 'Kode Indikator', en: 'Indicator code' },
    required: true,
    type: 'code',
    perActivity: false,
    description: {
      id: 'Kode indikator, unik dalam aksi',
      en: 'Indicator code, unique within the activity',
    },
  },
  {
    key: 'indicatorName',
    header: { id: 'Indikator', en: 'Indicator' },
    required: true,
    type: 'text',
    perActivity: false,
    description: { id: 'Indikator keluaran', en: 'Output indicator' },
  },
  {
    key: 'unit',
    header: { id: 'Satuan', en: 'Unit' },
    required: true,
    type: 'text',
    perActivity: false,
    description: {
      id: 'Satuan, mis. orang, dokumen, persen',
      en: 'Unit, e.g. persons, documents, percent',
    },
  },
  {
    key: 'direction',
    header: { id: 'Arah Indikator', en: 'Direction' },
    required: true,
    type: 'direction',
    perActivity: false,
    description: {
      id: 'Semakin tinggi semakin baik, Semakin rendah semakin baik, Ya/Tidak, atau Ketercapaian target',
      en: 'Higher is better, Lower is better, Yes/no, or Target attainment',
    },
  },
  {
    key: 'baseline',
    header: { id: 'Baseline', en: 'Baseline' },
    required: false,
    type: 'number',
    perActivity: false,
    description: {
      id: 'Nilai awal (angka ≥ 0); mengukur penurunan dari baseline',
      en: 'Starting value (number ≥ 0); measures a reduction from it',
    },
  },
  {
    key: 'baselineYear',
    header: { id: 'Tahun Baseline', en: 'Baseline year' },
    required: false,
    type: 'year',
    perActivity: false,
    description: { id: 'Tahun nilai awal, 4 angka', en: 'Year of the starting value, 4 digits' },
  },
];

/** Columns between the targets and the per-year budgets. */
const BUDGET_COLUMNS: readonly Fixed[] = [
  {
    key: 'budgetSource',
    header: { id: 'Sumber Anggaran', en: 'Budget source' },
    required: false,
    type: 'budget_source',
    perActivity: true,
    description: {
      id: 'APBN, APBD atau Lainnya; wajib bila ada pagu atau anggaran melekat',
      en: 'APBN, APBD or Other; required when there is a budget or it is attached',
    },
  },
  {
    key: 'attached',
    header: { id: 'Melekat', en: 'Attached budget' },
    required: false,
    type: 'yes_no',
    perActivity: true,
    description: {
      id: 'Ya bila anggaran melekat pada alokasi instansi',
      en: "Yes when the budget is part of the institution's own allocation",
    },
  },
];

/** All columns of a plan's sheet, in the order the export writes them. */
export function matrixColumns(startYear: number, endYear: number): MatrixColumn[] {
  const years: number[] = [];
  for (let y = startYear; y <= endYear; y++) years.push(y);
  const target = years.map(
    (year): MatrixColumn => ({
      key: `target:${year}`,
      header: { id: `Target ${year}`, en: `Target ${year}` },
      required: false,
      type: 'number',
      perActivity: false,
      description: {
        id: `Target tahun ${year}; kosong bila tidak ada`,
        en: `Target for ${year}; blank when none`,
      },
      year,
    }),
  );
  const pagu = years.map(
    (year): MatrixColumn => ({
      key: `pagu:${year}`,
      header: { id: `Pagu ${year}`, en: `Budget ${year}` },
      required: false,
      type: 'rupiah',
      perActivity: true,
      description: {
        id: `Pagu anggaran aksi tahun ${year} dalam rupiah penuh; kosong bila tidak ada`,
        en: `Planned budget of the activity for ${year} in whole rupiah; blank when none`,
      },
      year,
    }),
  );
  return [...HEAD_COLUMNS, ...target, ...BUDGET_COLUMNS, ...pagu];
}

/** The columns every plan's sheet has, whatever its years. */
export const FIXED_MATRIX_COLUMNS: readonly Fixed[] = [...HEAD_COLUMNS, ...BUDGET_COLUMNS];

export type HeaderMatch =
  | { kind: 'fixed'; column: MatrixColumn }
  | { kind: 'target' | 'pagu'; year: number }
  | { kind: 'unknown' };

/** Which column a header cell names, in either language. */
export function matchHeader(text: string): HeaderMatch {
  const h = normalise(text).replace(/\s*\*$/, '');
  for (const c of FIXED_MATRIX_COLUMNS)
    if (h === normalise(c.header.id) || h === normalise(c.header.en))
      return { kind: 'fixed', column: c };
  const m = /^(target|pagu|anggaran|budget)\s+(?:tahun\s+)?(\d{4})$/.exec(h);
  if (m?.[1] && m[2]) return { kind: m[1] === 'target' ? 'target' : 'pagu', year: Number(m[2]) };
  return { kind: 'unknown' };
}

/** True for a row with nothing in it (the trailing blank rows every sheet has). */
export function isBlankRow(row: SheetRow): boolean {
  return row.every((v: CellValue) => isBlank(v));
}
