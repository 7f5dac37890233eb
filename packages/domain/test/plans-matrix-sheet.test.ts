import { describe, expect, it } from 'vitest';
import {
  type CellValue,
  canonicalBudget,
  type MatrixSheetContext,
  matrixColumns,
  matrixSheetRows,
  PlanDocument,
  type ProgramInput,
  parseMatrixSheet,
  type SheetError,
} from '../src/index.js';

const ID = {
  KEMENPPPA: '0e53defc-27c3-5d4f-813d-994b53c8f2ff',
  POLRI: '1b0a8f2e-5c4d-5e6f-8a9b-0c1d2e3f4a5b',
  KEMNAKER: '3d2c0a4f-7e6f-5081-acbd-2e3f4a5b6c7d',
  RAN_111: '2c1b9f3e-6d5e-5f70-9bac-1d2e3f4a5b6c',
};
const BY_CODE: Record<string, string> = {
  KEMENPPPA: ID.KEMENPPPA,
  'kementerian pemberdayaan perempuan dan perlindungan anak': ID.KEMENPPPA,
  POLRI: ID.POLRI,
  KEMNAKER: ID.KEMNAKER,
};
const CODE_OF = Object.fromEntries(
  Object.entries(BY_CODE)
    .filter(([k]) => k === k.toUpperCase())
    .map(([k, v]) => [v, k]),
);

const ctx: MatrixSheetContext = {
  plan: { kind: 'ran', startYear: 2020, endYear: 2022 },
  institutionByCodeOrName: (v) => BY_CODE[v.toUpperCase()] ?? BY_CODE[v.toLowerCase()] ?? null,
};
const radCtx: MatrixSheetContext = {
  ...ctx,
  plan: { kind: 'rad', startYear: 2020, endYear: 2022 },
  ranActivityByCode: (code) => (code === '1.1.1' ? ID.RAN_111 : null),
};

/** Headers A…V of a 2020–2022 plan, in the export's order. */
const HEADER = matrixColumns(2020, 2022).map((c) => c.header.id);

/** A row by header name; unnamed cells are blank. */
function row(cells: Record<string, CellValue>, header: readonly string[] = HEADER): CellValue[] {
  for (const k of Object.keys(cells)) if (!header.includes(k)) throw new Error(`no column ${k}`);
  return header.map((h) => cells[h] ?? null);
}

const FIRST = {
  Strategi: '1. Peningkatan upaya pencegahan',
  'Kode Program': '1.1',
  'Program/Fokus': 'Edukasi publik',
  'Kode Aksi': '1.1.1',
  Aksi: 'Sosialisasi di daerah asal pekerja migran',
  'Penanggung Jawab': 'KEMENPPPA',
  'Instansi Terkait': 'POLRI; Kemnaker',
  'Kode Indikator': 'a',
  Indikator: 'Jumlah peserta',
  Satuan: 'orang',
  'Arah Indikator': 'Semakin tinggi semakin baik',
  Baseline: 1000,
  'Tahun Baseline': 2019,
  'Target 2020': 1200,
  'Target 2021': '1.500,0',
  'Sumber Anggaran': 'APBN',
  Melekat: 'Tidak',
  'Pagu 2021': 'Rp 250.000.000',
};

function errorsOf(rows: CellValue[][], c: MatrixSheetContext = ctx, header = HEADER): SheetError[] {
  const r = parseMatrixSheet({ header, rows }, c);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
}
const brief = (es: SheetError[]) =>
  es.map((e) => [e.row, e.column?.letter ?? null, e.column?.name ?? null, e.reason.en]);

describe('parseMatrixSheet: a clean sheet', () => {
  it('builds the programs, reading text numbers and inheriting blank activity cells', () => {
    const r = parseMatrixSheet(
      {
        header: HEADER,
        rows: [
          row(FIRST),
          // second indicator of the same activity: activity cells left blank ("same as above")
          row({
            'Kode Aksi': '1.1.1',
            'Kode Indikator': 'b',
            Indikator: 'Modul disusun',
            Satuan: 'dokumen',
            'Arah Indikator': 'Ya/Tidak',
            'Target 2022': 1,
          }),
          [],
          row({
            ...FIRST,
            Strategi: 'penegakan_hukum',
            'Kode Program': '5.1',
            'Program/Fokus': 'Penyidikan',
            'Kode Aksi': '5.1.1',
            Aksi: 'Penyidikan kasus TPPO',
            'Penanggung Jawab': 'POLRI',
            'Instansi Terkait': null,
            'Kode Indikator': 'a',
            'Arah Indikator': 'Semakin rendah semakin baik',
            Baseline: '12,5',
            'Tahun Baseline': '2019',
            'Target 2020': 10,
            'Target 2021': null,
            'Sumber Anggaran': null,
            Melekat: null,
            'Pagu 2021': null,
          }),
        ],
      },
      ctx,
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.rowCount).toBe(3);
    expect(r.programs).toEqual([
      {
        strategy: 'pencegahan',
        code: '1.1',
        title: 'Edukasi publik',
        activities: [
          {
            code: '1.1.1',
            title: 'Sosialisasi di daerah asal pekerja migran',
            responsibleInstitutionId: ID.KEMENPPPA,
            relatedInstitutionIds: [ID.POLRI, ID.KEMNAKER],
            ranActivityId: null,
            indicators: [
              {
                code: 'a',
                name: 'Jumlah peserta',
                unit: 'orang',
                direction: 'higher_is_better',
                baseline: 1000,
                baselineYear: 2019,
                targets: { '2020': 1200, '2021': 1500 },
              },
              {
                code: 'b',
                name: 'Modul disusun',
                unit: 'dokumen',
                direction: 'yes_no',
                baseline: null,
                baselineYear: null,
                targets: { '2022': 1 },
              },
            ],
            budget: [
              { year: 2020, amount: null, source: 'apbn', attached: false },
              { year: 2021, amount: 250_000_000, source: 'apbn', attached: false },
              { year: 2022, amount: null, source: 'apbn', attached: false },
            ],
          },
        ],
      },
      {
        strategy: 'penegakan_hukum',
        code: '5.1',
        title: 'Penyidikan',
        activities: [
          {
            code: '5.1.1',
            title: 'Penyidikan kasus TPPO',
            responsibleInstitutionId: ID.POLRI,
            relatedInstitutionIds: [],
            ranActivityId: null,
            indicators: [
              {
                code: 'a',
                name: 'Jumlah peserta',
                unit: 'orang',
                direction: 'lower_is_better',
                baseline: 12.5,
                baselineYear: 2019,
                targets: { '2020': 10 },
              },
            ],
            budget: [],
          },
        ],
      },
    ]);
    expect(
      PlanDocument.safeParse({
        kind: 'ran',
        title: 'RAN',
        startYear: 2020,
        endYear: 2022,
        programs: r.programs,
      }).success,
    ).toBe(true);
  });

  it('accepts English headers in any order, and links RAD activities to the RAN', () => {
    const en = [
      'Indicator code',
      'Activity code',
      'Strategy',
      'Program code',
      'Program/focus',
      'Activity',
      'Responsible institution',
      'Indicator',
      'Unit',
      'Direction',
      'RAN activity code',
      'Target 2021',
    ];
    const r = parseMatrixSheet(
      {
        header: en,
        rows: [
          [
            'x',
            '7',
            6,
            'K1',
            'Kerja sama',
            'Forum',
            'kementerian pemberdayaan perempuan dan perlindungan anak',
            'Forum',
            'kali',
            'Higher is better',
            '1.1.1',
            4,
          ],
        ],
      },
      radCtx,
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.programs[0]?.strategy).toBe('koordinasi');
    expect(r.programs[0]?.activities[0]?.ranActivityId).toBe(ID.RAN_111);
    expect(r.programs[0]?.activities[0]?.responsibleInstitutionId).toBe(ID.KEMENPPPA);
  });
});

describe('parseMatrixSheet: header errors', () => {
  it('names wrong, repeated and missing headers, and year columns written as years or dates', () => {
    const header: CellValue[] = [...HEADER];
    header[1] = 'Kode Progam'; // B: typo, so "Kode Program" is also missing
    header[7] = 'Strategy'; // H: Strategi again, in English
    header[14] = 2020; // O: a bare year
    header[15] = new Date('2021-01-01T00:00:00Z'); // P: a date
    header[16] = { problem: 'merged' }; // Q
    expect(brief(errorsOf([row(FIRST)], ctx, header as string[]))).toEqual([
      [
        1,
        'B',
        'Kode Progam',
        'Unknown column header "Kode Progam"; see the documented column list',
      ],
      [1, 'H', 'Strategy', 'Column "Strategy" appears twice (also in column A)'],
      [
        1,
        'O',
        '2020',
        'A year column is headed "Target 2021" or "Budget 2021", not a bare year or a date',
      ],
      [
        1,
        'P',
        '2021-01-01',
        'A year column is headed "Target 2021" or "Budget 2021", not a bare year or a date',
      ],
      [1, 'Q', '', 'The cell is merged; unmerge it and fill the value in on every row'],
      [1, null, 'Kode Program', 'The required column "Program code" is missing'],
    ]);
  });

  it('uses the header row number given, and refuses an empty table or an oversized one', () => {
    const es = parseMatrixSheet(
      { header: HEADER, rows: [[], [null, '  ']], headerRowNumber: 12 },
      ctx,
    );
    expect(es).toEqual({
      ok: false,
      errors: [
        {
          row: 13,
          column: null,
          reason: { id: 'Lembar tidak berisi baris data', en: 'The sheet has no data rows' },
        },
      ],
    });
    const big = parseMatrixSheet(
      { header: HEADER, rows: Array.from({ length: 5001 }, () => []) },
      ctx,
    );
    expect(big.ok ? null : big.errors[0]?.reason.en).toBe(
      'The sheet has 5001 rows; at most 5000 are accepted',
    );
  });
});

describe('parseMatrixSheet: row errors, each by row and column', () => {
  it('reports unknown strategies and institutions and missing required cells', () => {
    const es = errorsOf([
      row({ ...FIRST, Strategi: 'Pemberdayaan', Aksi: null, 'Instansi Terkait': 'POLRI; BNN' }),
      row({ ...FIRST, 'Kode Aksi': '1.1.2', 'Penanggung Jawab': 'Kementerian Entah', Satuan: '' }),
    ]);
    expect(brief(es)).toEqual([
      [2, 'A', 'Strategi', 'Unknown strategy "Pemberdayaan"; give its number 1–6, code or name'],
      [2, 'E', 'Aksi', 'Required'],
      [2, 'G', 'Instansi Terkait', 'Unknown institution(s): BNN'],
      [3, 'F', 'Penanggung Jawab', 'Unknown institution(s): Kementerian Entah'],
      [3, 'K', 'Satuan', 'Required'],
    ]);
  });

  it('reports numbers and years that do not parse, and dates where numbers belong', () => {
    const es = errorsOf([
      row({
        ...FIRST,
        Baseline: 'seribu',
        'Tahun Baseline': '2018/2019',
        'Target 2020': new Date('2021-03-04T00:00:00Z'),
        'Target 2021': '31/12/2021',
        'Target 2022': '1.500',
        'Pagu 2021': '250.000.000,50',
      }),
      row({ ...FIRST, 'Kode Indikator': 'b', 'Tahun Baseline': new Date('1905-07-11T00:00:00Z') }),
    ]);
    expect(brief(es)).toEqual([
      [2, 'M', 'Baseline', '"seribu" is not a number'],
      [2, 'N', 'Tahun Baseline', '"2018/2019" is not a year (4 digits, e.g. 2019)'],
      [
        2,
        'O',
        'Target 2020',
        'Excel turned the number into a date (2021-03-04); format the cell as Number',
      ],
      [2, 'P', 'Target 2021', '"31/12/2021" looks like a date, not a number'],
      [
        2,
        'Q',
        'Target 2022',
        '"1.500" is ambiguous: write 1500 for fifteen hundred or 1,5 for one and a half',
      ],
      [2, 'U', 'Pagu 2021', 'Must be a whole number (whole rupiah)'],
      [
        3,
        'N',
        'Tahun Baseline',
        'The year reads as a date (1905-07-11); format the cell as Number and write the year only',
      ],
    ]);
  });

  it('reports duplicate rows against the row they repeat', () => {
    const es = errorsOf([row(FIRST), row({ ...FIRST, 'Kode Indikator': 'b' }), row(FIRST)]);
    expect(brief(es)).toEqual([
      [4, 'I', 'Kode Indikator', 'Duplicate row: activity 1.1.1 indicator a is already on row 2'],
    ]);
    expect(es[0]?.reason.id).toBe('Baris ganda: aksi 1.1.1 indikator a sudah ada di baris 2');
  });

  it('reports targets and budgets for years outside the plan, ignoring empty out-of-period columns', () => {
    const header = [...HEADER, 'Target 2019', 'Pagu 2023', 'Target 2024'];
    const es = errorsOf(
      [row({ ...FIRST, 'Target 2019': 5, 'Pagu 2023': 1000 }, header)],
      ctx,
      header,
    );
    expect(brief(es)).toEqual([
      [2, 'W', 'Target 2019', 'The target year lies outside the plan period'],
      [2, 'X', 'Pagu 2023', 'The budget year lies outside the plan period'],
    ]);
  });

  it('reports rows of one activity that contradict its first row, and a program under two strategies', () => {
    const es = errorsOf([
      row(FIRST),
      row({ ...FIRST, 'Kode Indikator': 'b', Aksi: 'Judul lain', 'Pagu 2021': 1, Melekat: 'Ya' }),
      row({ ...FIRST, 'Kode Aksi': '1.1.2', Strategi: 2 }),
    ]);
    expect(brief(es)).toEqual([
      [3, 'E', 'Aksi', 'Differs from row 2 for activity 1.1.1; make it the same or leave it blank'],
      [
        3,
        'S',
        'Melekat',
        'Differs from row 2 for activity 1.1.1; make it the same or leave it blank',
      ],
      [
        3,
        'U',
        'Pagu 2021',
        'Differs from row 2 for activity 1.1.1; make it the same or leave it blank',
      ],
      [4, 'A', 'Strategi', 'Program 1.1 on row 2 has another strategy'],
    ]);
  });

  it('reports formulas, merged cells and values under a blank header', () => {
    const header = [...HEADER, ''];
    const es = errorsOf(
      [
        row({ ...FIRST, 'Target 2020': { problem: 'formula' } }, header),
        [
          ...row(
            { ...FIRST, 'Kode Indikator': 'b', Strategi: { problem: 'merged' } },
            header,
          ).slice(0, -1),
          'catatan',
        ],
      ],
      ctx,
      header,
    );
    expect(brief(es)).toEqual([
      [
        2,
        'O',
        'Target 2020',
        'The cell holds a formula; paste it as a value (Paste Special → Values)',
      ],
      [3, 'A', 'Strategi', 'The cell is merged; unmerge it and fill the value in on every row'],
      [3, 'W', '', 'A value sits in a column without a header'],
    ]);
  });

  it('reports RAN links in the RAN, unknown RAN codes in a RAD, and a pagu without a source', () => {
    expect(brief(errorsOf([row({ ...FIRST, 'Kode Aksi RAN': '1.1.1' })]))).toEqual([
      [2, 'H', 'Kode Aksi RAN', 'Only RAD activities link to a RAN activity'],
    ]);
    expect(brief(errorsOf([row({ ...FIRST, 'Kode Aksi RAN': '9.9' })], radCtx))).toEqual([
      [2, 'H', 'Kode Aksi RAN', 'No RAN activity has the code 9.9'],
    ]);
    expect(brief(errorsOf([row({ ...FIRST, 'Sumber Anggaran': null })]))).toEqual([
      [
        2,
        'R',
        'Sumber Anggaran',
        'The budget source is required when there is a budget or it is attached',
      ],
    ]);
    const noSourceColumn = HEADER.filter((h) => h !== 'Sumber Anggaran');
    const { 'Sumber Anggaran': _, ...noSource } = FIRST;
    expect(brief(errorsOf([row(noSource, noSourceColumn)], ctx, noSourceColumn))).toEqual([
      [
        2,
        null,
        'Sumber Anggaran',
        'The budget source is required when there is a budget or it is attached',
      ],
    ]);
  });

  it('reports yes/no values other than 0 and 1, bad codes and unknown directions', () => {
    const es = errorsOf([
      row({
        ...FIRST,
        'Arah Indikator': 'Ya/Tidak',
        Baseline: 3,
        'Target 2020': 2,
        'Target 2021': 1,
      }),
      row({ ...FIRST, 'Kode Indikator': 'b c', 'Arah Indikator': 'stabil' }),
    ]);
    expect(brief(es)).toEqual([
      [2, 'M', 'Baseline', 'A yes/no indicator only takes 1 (yes) or 0 (no)'],
      [2, 'O', 'Target 2020', 'A yes/no indicator only takes 1 (yes) or 0 (no)'],
      [
        3,
        'I',
        'Kode Indikator',
        'A code may only contain letters, digits, dots, - and _, and starts with a letter or digit',
      ],
      [
        3,
        'L',
        'Arah Indikator',
        'Unknown direction "stabil"; use Higher is better, Lower is better, Yes/no, or Target attainment',
      ],
    ]);
  });
});

describe('export → import round trip', () => {
  const programs: ProgramInput[] = [
    {
      strategy: 'rehabilitasi_sosial',
      code: '3.1',
      title: 'Pemulangan dan reintegrasi',
      activities: [
        {
          code: '3.1.1',
          title: 'Pemulangan korban dari luar negeri',
          responsibleInstitutionId: ID.KEMNAKER,
          relatedInstitutionIds: [ID.KEMENPPPA, ID.POLRI],
          ranActivityId: ID.RAN_111,
          indicators: [
            {
              code: '1',
              name: 'Korban dipulangkan',
              unit: 'orang',
              direction: 'target_attainment',
              baseline: 0,
              baselineYear: 2019,
              targets: { '2020': 100, '2021': 150.5, '2022': 0 },
            },
            {
              code: '2',
              name: 'Korban berulang',
              unit: 'orang',
              direction: 'lower_is_better',
              baseline: null,
              baselineYear: null,
              targets: {},
            },
          ],
          budget: [{ year: 2021, amount: 1_250_000_000, source: 'apbd', attached: true }],
        },
        {
          code: '3.1.10',
          title: 'Pendampingan reintegrasi',
          responsibleInstitutionId: ID.KEMENPPPA,
          relatedInstitutionIds: [],
          ranActivityId: null,
          indicators: [
            {
              code: '1',
              name: 'Perda disahkan',
              unit: 'dokumen',
              direction: 'yes_no',
              baseline: 0,
              baselineYear: null,
              targets: { '2022': 1 },
            },
          ],
          budget: [],
        },
      ],
    },
  ];
  const labels = {
    institution: (id: string) => CODE_OF[id] ?? id,
    ranActivityCode: (id: string) => (id === ID.RAN_111 ? '1.1.1' : null),
  };

  for (const lang of ['id', 'en'] as const)
    it(`reads back what it wrote (${lang} headers and labels)`, () => {
      const sheet = matrixSheetRows({ startYear: 2020, endYear: 2022, programs }, labels, lang);
      expect(sheet.rows).toHaveLength(3);
      const r = parseMatrixSheet({ header: sheet.header, rows: sheet.rows }, radCtx);
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      const expected = programs.map((p) => ({
        ...p,
        activities: p.activities.map((a) => ({
          ...a,
          budget: canonicalBudget(a.budget, 2020, 2022),
        })),
      }));
      expect(r.programs).toEqual(expected);
    });

  it('writes labels people read, and codes as text', () => {
    const sheet = matrixSheetRows({ startYear: 2020, endYear: 2022, programs }, labels);
    const first = Object.fromEntries(sheet.header.map((h, i) => [h, sheet.rows[0]?.[i]]));
    expect(first).toMatchObject({
      Strategi: '3. Penguatan rehabilitasi sosial, pemulangan dan reintegrasi',
      'Kode Aksi': '3.1.1',
      'Instansi Terkait': 'KEMENPPPA; POLRI',
      'Kode Aksi RAN': '1.1.1',
      'Arah Indikator': 'Ketercapaian target',
      'Target 2022': 0,
      'Sumber Anggaran': 'APBD',
      Melekat: 'Ya',
      'Pagu 2020': null,
      'Pagu 2021': 1_250_000_000,
    });
    expect(canonicalBudget([], 2020, 2022)).toEqual([]);
  });
});
