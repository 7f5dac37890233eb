import { describe, expect, it } from 'vitest';
import {
  type CellValue,
  matrixSheetRows,
  PlanCreate,
  type ProgramInput,
  parsePlanSheet,
  planMetaRows,
  readPlanMeta,
} from '../src/index.js';

const KEMENPPPA = '0e53defc-27c3-5d4f-813d-994b53c8f2ff';
const lookup = {
  institutionByCodeOrName: (v: string) => (v === 'KEMENPPPA' ? KEMENPPPA : null),
};

const plan = PlanCreate.parse({
  kind: 'rad',
  regionCode: '53',
  title: 'RAD PP TPPO Provinsi Nusa Tenggara Timur 2021–2025',
  startYear: 2021,
  endYear: 2025,
  legalBasis: 'Pergub NTT 12/2021',
  reporting: { frequency: 'four_monthly', deadlineDays: 10, closingGraceDays: 20 },
});

const programs: ProgramInput[] = [
  {
    strategy: 'pencegahan',
    code: '1.1',
    title: 'Edukasi',
    activities: [
      {
        code: '1.1.1',
        title: 'Sosialisasi desa',
        responsibleInstitutionId: KEMENPPPA,
        relatedInstitutionIds: [],
        ranActivityId: null,
        indicators: [
          {
            code: 'a',
            name: 'Desa tersosialisasi',
            unit: 'desa',
            direction: 'higher_is_better',
            baseline: null,
            baselineYear: null,
            targets: { '2021': 10, '2025': 50 },
          },
        ],
        budget: [],
      },
    ],
  },
];

function wholeSheet(lang: 'id' | 'en'): CellValue[][] {
  const table = matrixSheetRows({ ...plan, programs }, { institution: () => 'KEMENPPPA' }, lang);
  return [
    ['MATRIKS RENCANA AKSI DAERAH'],
    ...planMetaRows(plan, lang),
    [],
    table.header,
    ...table.rows,
  ];
}

describe('parsePlanSheet', () => {
  for (const lang of ['id', 'en'] as const)
    it(`reads back the plan block and the table (${lang})`, () => {
      const r = parsePlanSheet(wholeSheet(lang), lookup);
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      expect(r.plan).toEqual(plan);
      expect(r.programs).toEqual(programs);
    });

  it('numbers rows as the sheet does, below the plan block', () => {
    const rows = wholeSheet('id');
    const strategy = rows[12]; // sheet row 13: the first data row
    if (!strategy) throw new Error('fixture');
    strategy[0] = 'Strategi 9';
    const r = parsePlanSheet(rows, lookup);
    expect(r.ok ? [] : r.errors.map((e) => [e.row, e.column?.letter])).toEqual([[13, 'A']]);
  });

  it('uses the plan being revised when the sheet has no plan block', () => {
    const rows = wholeSheet('id').slice(11);
    const r = parsePlanSheet(rows, {
      ...lookup,
      plan: { kind: 'rad', startYear: 2021, endYear: 2025 },
    });
    expect(r.ok && r.plan).toBeNull();
    expect(r.ok && r.programs).toEqual(programs);
    const none = parsePlanSheet(rows, lookup);
    expect(none.ok ? null : none.errors[0]?.reason.en).toBe(
      'The plan details (title, kind, years) are missing above the table; fill them in or choose a plan',
    );
  });

  it('says so when there is no header row', () => {
    const r = parsePlanSheet([['Judul'], ['Strategi', 'apa saja']], lookup);
    expect(r).toEqual({
      ok: false,
      errors: [
        {
          row: 1,
          column: null,
          reason: {
            id: 'Baris judul kolom tidak ditemukan; tabel diawali baris judul seperti "Strategi", "Kode Program", …',
            en: 'No header row found; the table starts with a row of headers such as "Strategy", "Program code", …',
          },
        },
      ],
    });
  });
});

describe('readPlanMeta', () => {
  it('names the row of a bad value in the plan block', () => {
    const rows: CellValue[][] = [
      ['Judul Rencana Aksi', 'RAD'],
      ['Jenis (RAN/RAD)', 'RAD'],
      ['Kode Wilayah', '53.01.01'],
      ['Tahun Mulai', new Date('1905-07-13T00:00:00Z')],
      ['Tahun Akhir', 2025],
    ];
    const r = readPlanMeta(rows);
    expect(r.ok ? [] : r.errors.map((e) => [e.row, e.column?.letter, e.reason.en])).toEqual([
      [
        4,
        'B',
        'The year reads as a date (1905-07-13); format the cell as Number and write the year only',
      ],
    ]);
    rows[3] = ['Tahun Mulai', '2021'];
    const r2 = readPlanMeta(rows);
    expect(r2.ok ? [] : r2.errors.map((e) => [e.row, e.column?.name, e.reason.en])).toEqual([
      [
        3,
        'Kode Wilayah',
        'The region of a RAD must be a province (PP) or a kabupaten/kota (PP.KK)',
      ],
    ]);
  });

  it('reports a missing value and an unknown frequency', () => {
    const r = readPlanMeta([
      ['Jenis (RAN/RAD)', 'RAN'],
      ['Tahun Mulai', 2020],
      ['Tahun Akhir', 2019],
      ['Periode Pelaporan', 'Mingguan'],
    ]);
    expect(r.ok ? [] : r.errors.map((e) => [e.row, e.column?.name, e.reason.en])).toEqual([
      [1, 'Judul Rencana Aksi', 'Required'],
      [
        4,
        'Periode Pelaporan',
        'Must be one of: monthly, four_monthly, quarterly, semester, annual',
      ],
    ]);
    // rules across fields run once every field is readable, as in every zod schema
    const r2 = readPlanMeta([
      ['Judul Rencana Aksi', 'RAN'],
      ['Jenis (RAN/RAD)', 'RAN'],
      ['Tahun Mulai', 2020],
      ['Tahun Akhir', 2019],
    ]);
    expect(r2.ok ? [] : r2.errors.map((e) => [e.row, e.column?.name, e.reason.en])).toEqual([
      [
        4,
        'Tahun Akhir',
        'The end year may not be before the start year, and the range is at most 20 years',
      ],
    ]);
  });

  it('reads nothing from rows without its labels', () => {
    expect(readPlanMeta([['MATRIKS'], []])).toEqual({ ok: true, plan: null });
  });
});
