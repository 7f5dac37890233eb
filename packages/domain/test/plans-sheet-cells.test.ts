import { describe, expect, it } from 'vitest';
import {
  columnLetter,
  FIXED_MATRIX_COLUMNS,
  matchHeader,
  matrixColumns,
  parseNumberText,
  readBudgetSource,
  readDirection,
  readNumber,
  readStrategy,
  readText,
  readYear,
  readYesNo,
} from '../src/index.js';

const value = <T>(r: { ok: true; value: T } | { ok: false; reason: { en: string } }) =>
  r.ok ? r.value : `ERR ${r.reason.en}`;

describe('parseNumberText', () => {
  it('reads numbers as Indonesians type them', () => {
    const cases: Array<[string, number]> = [
      ['42', 42],
      ['1.500.000', 1_500_000],
      ['1.234,5', 1234.5],
      ['12,5', 12.5],
      ['12.5', 12.5],
      ['0.500', 0.5],
      ['Rp 2.000.000', 2_000_000],
      ['Rp.750.000.000', 750_000_000],
      ['75%', 75],
      [' 1 000 ', 1000],
    ];
    for (const [text, n] of cases) expect(value(parseNumberText(text)), text).toBe(n);
  });

  it('refuses what it would have to guess', () => {
    expect(value(parseNumberText('1.500'))).toBe(
      'ERR "1.500" is ambiguous: write 1500 for fifteen hundred or 1,5 for one and a half',
    );
    expect(value(parseNumberText('1,500,000'))).toBe('ERR "1,500,000" is not a number');
    expect(value(parseNumberText('seratus'))).toBe('ERR "seratus" is not a number');
    expect(value(parseNumberText('12 orang'))).toBe('ERR "12 orang" is not a number');
    expect(value(parseNumberText('31/12/2021'))).toBe(
      'ERR "31/12/2021" looks like a date, not a number',
    );
    expect(value(parseNumberText('2021-12-31'))).toBe(
      'ERR "2021-12-31" looks like a date, not a number',
    );
  });
});

describe('cell readers', () => {
  it('reads numbers from number and text cells, refusing dates, negatives and fractions of rupiah', () => {
    expect(value(readNumber(12.5))).toBe(12.5);
    expect(value(readNumber('  '))).toBeNull();
    expect(value(readNumber(null))).toBeNull();
    expect(value(readNumber(new Date('2021-03-04T00:00:00Z')))).toBe(
      'ERR Excel turned the number into a date (2021-03-04); format the cell as Number',
    );
    expect(value(readNumber(-3))).toBe('ERR May not be negative');
    expect(value(readNumber('1.500.000,5', { integer: true }))).toBe(
      'ERR Must be a whole number (whole rupiah)',
    );
    expect(value(readNumber(true))).toBe('ERR Must be a number');
    expect(value(readNumber({ problem: 'formula' }))).toBe(
      'ERR The cell holds a formula; paste it as a value (Paste Special → Values)',
    );
  });

  it('reads years as numbers or four-digit text, refusing dates and ranges', () => {
    expect(value(readYear(2019, 1990, 2100))).toBe(2019);
    expect(value(readYear('2019', 1990, 2100))).toBe(2019);
    expect(value(readYear('2019/2020', 1990, 2100))).toBe(
      'ERR "2019/2020" is not a year (4 digits, e.g. 2019)',
    );
    expect(value(readYear(new Date('1905-07-11T00:00:00Z'), 1990, 2100))).toBe(
      'ERR The year reads as a date (1905-07-11); format the cell as Number and write the year only',
    );
    expect(value(readYear(1980, 1990, 2100))).toBe('ERR Year 1980 is outside 1990–2100');
  });

  it('reads text, refusing what Excel turned into a date and merged cells', () => {
    expect(value(readText('  1.1.2 '))).toBe('1.1.2');
    expect(value(readText(3))).toBe('3');
    expect(value(readText(new Date('2024-01-02T00:00:00Z')))).toBe(
      'ERR Excel turned the entry into a date (2024-01-02); format the cell as Text and type it again',
    );
    expect(value(readText({ problem: 'merged' }))).toBe(
      'ERR The cell is merged; unmerge it and fill the value in on every row',
    );
    expect(value(readText({ problem: 'error_value' }))).toBe(
      'ERR The cell holds an Excel error (#N/A, #REF!, …)',
    );
  });

  it('reads yes/no in both languages', () => {
    for (const yes of ['Ya', 'YES', 'true', 1, true, 'Melekat'])
      expect(value(readYesNo(yes))).toBe(true);
    for (const no of ['Tidak', 'no', 'FALSE', 0, false]) expect(value(readYesNo(no))).toBe(false);
    expect(value(readYesNo(''))).toBeNull();
    expect(value(readYesNo('mungkin'))).toBe('ERR "mungkin" must be Ya (yes) or Tidak (no)');
  });

  it('reads strategies by number, code or name in either language', () => {
    for (const s of [
      2,
      '2',
      'rehabilitasi_kesehatan',
      'Penguatan rehabilitasi kesehatan',
      'health REHABILITATION',
      '2. Penguatan rehabilitasi kesehatan',
    ])
      expect(value(readStrategy(s)), String(s)).toBe('rehabilitasi_kesehatan');
    expect(value(readStrategy('7'))).toMatch(/^ERR Unknown strategy "7"/);
    expect(value(readStrategy('Pemberdayaan ekonomi'))).toMatch(/^ERR Unknown strategy/);
  });

  it('reads directions and budget sources by label or short form', () => {
    expect(value(readDirection('Semakin rendah semakin baik'))).toBe('lower_is_better');
    expect(value(readDirection('naik'))).toBe('higher_is_better');
    expect(value(readDirection('Yes/no'))).toBe('yes_no');
    expect(value(readDirection('Ketercapaian target'))).toBe('target_attainment');
    expect(value(readDirection('stabil'))).toMatch(/^ERR Unknown direction "stabil"/);
    expect(value(readBudgetSource('apbd'))).toBe('apbd');
    expect(value(readBudgetSource('Lainnya'))).toBe('other');
    expect(value(readBudgetSource('Hibah'))).toBe(
      'ERR Unknown budget source "Hibah"; use APBN, APBD or Other',
    );
  });
});

describe('columns', () => {
  it('letters columns as Excel does', () => {
    expect([1, 2, 26, 27, 52, 53, 702, 703].map(columnLetter)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it('documents every column in both languages, with a target and a budget column per year', () => {
    const cols = matrixColumns(2020, 2024);
    expect(cols).toHaveLength(FIXED_MATRIX_COLUMNS.length + 10);
    expect(cols.map((c) => c.key).slice(13, 21)).toEqual([
      'baselineYear',
      'target:2020',
      'target:2021',
      'target:2022',
      'target:2023',
      'target:2024',
      'budgetSource',
      'attached',
    ]);
    expect(cols.at(-1)).toMatchObject({
      key: 'pagu:2024',
      header: { id: 'Pagu 2024', en: 'Budget 2024' },
    });
    for (const c of cols) {
      expect(c.header.id.length).toBeGreaterThan(0);
      expect(c.description.id.length).toBeGreaterThan(10);
      expect(c.description.en.length).toBeGreaterThan(10);
    }
    expect(cols.filter((c) => c.required).map((c) => c.header.id)).toEqual([
      'Strategi',
      'Kode Program',
      'Program/Fokus',
      'Kode Aksi',
      'Aksi',
      'Penanggung Jawab',
      'Kode Indikator',
      'Indikator',
      'Satuan',
      'Arah Indikator',
    ]);
  });

  it('matches headers in either language, ignoring case, spacing and a required-marker', () => {
    expect(matchHeader(' kode  AKSI ')).toMatchObject({
      kind: 'fixed',
      column: { key: 'activityCode' },
    });
    expect(matchHeader('Responsible institution *')).toMatchObject({
      column: { key: 'responsible' },
    });
    expect(matchHeader('Target Tahun 2023')).toEqual({ kind: 'target', year: 2023 });
    expect(matchHeader('Anggaran 2021')).toEqual({ kind: 'pagu', year: 2021 });
    expect(matchHeader('Budget 2021')).toEqual({ kind: 'pagu', year: 2021 });
    expect(matchHeader('Keterangan')).toEqual({ kind: 'unknown' });
  });
});
