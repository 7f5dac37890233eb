import { describe, expect, it } from 'vitest';
import {
  excelSerialToIso,
  normaliseRegionCode,
  parseAge,
  parseImportDate,
  parseYesNo,
  splitMultiValue,
} from '../src/cases/import-values.js';

const TODAY = '2024-06-30';
const date = (raw: string, order: 'DMY' | 'MDY' = 'DMY') => parseImportDate(raw, order, TODAY);

describe('dates as Indonesian offices write them', () => {
  it.each([
    ['2023-01-05', '2023-01-05'],
    ['2023-01-05T00:00:00.000Z', '2023-01-05'],
    ['05/01/2023', '2023-01-05'],
    ['5-1-2023', '2023-01-05'],
    ['05.01.2023', '2023-01-05'],
    ['5 Januari 2023', '2023-01-05'],
    ['5 Agt 2023', '2023-08-05'],
    ['5 Agustus 2023', '2023-08-05'],
    ['17 Pebruari 2023', '2023-02-17'],
    ['1 Mei 2022', '2022-05-01'],
    ['05-Okt-2022', '2022-10-05'],
    ['3 Des. 2021', '2021-12-03'],
    ['January 5, 2023', '2023-01-05'],
    ['5 Aug 2023', '2023-08-05'],
    ['44927', '2023-01-01'],
    ['45292.5', '2024-01-01'],
    ['20230105', '2023-01-05'],
    ['05/01/23', '2023-01-05'],
  ])('%s → %s', (raw, iso) => {
    expect(date(raw)).toEqual({ ok: true, value: iso });
  });

  it('reads 03/04/2023 by the template’s order', () => {
    expect(date('03/04/2023')).toEqual({ ok: true, value: '2023-04-03' });
    expect(date('03/04/2023', 'MDY')).toEqual({ ok: true, value: '2023-03-04' });
  });

  it.each([
    ['31/02/2023', 'Impossible date'],
    ['29/02/2023', 'Impossible date'],
    ['31 April 2023', 'Impossible date'],
    ['12/13/2023', 'no month 13'],
    ['5 Foo 2023', 'Unknown month'],
    ['kemarin', 'not a recognised date'],
    ['01/01/2099', 'in the future'],
    ['5000000', 'out of range'],
  ])('%s is refused (%s)', (raw, reason) => {
    const r = date(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason.en).toContain(reason);
      expect(r.reason.id.length).toBeGreaterThan(5);
    }
  });

  it('accepts 29 February in a leap year', () => {
    expect(date('29/02/2024')).toEqual({ ok: true, value: '2024-02-29' });
  });

  it('counts Excel serials from 1899-12-30', () => {
    expect(excelSerialToIso(1)).toBe('1899-12-31');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(0)).toBeNull();
  });
});

describe('ages, yes/no, lists, region codes', () => {
  it('reads ages with units and refuses impossible ones', () => {
    expect(parseAge('25')).toEqual({ ok: true, value: 25 });
    expect(parseAge('25 tahun')).toEqual({ ok: true, value: 25 });
    expect(parseAge('17.0')).toEqual({ ok: true, value: 17 });
    expect(parseAge('120')).toEqual({ ok: true, value: 120 });
    const old = parseAge('130');
    expect(old.ok).toBe(false);
    if (!old.ok) expect(old.reason.en).toBe('Age 130 is impossible (at most 120)');
    expect(parseAge('dua puluh').ok).toBe(false);
    expect(parseAge('-3').ok).toBe(false);
  });

  it('reads yes and no in both languages', () => {
    expect(parseYesNo('Ya')).toEqual({ ok: true, value: true });
    expect(parseYesNo('false')).toEqual({ ok: true, value: false });
    expect(parseYesNo('mungkin').ok).toBe(false);
  });

  it('splits multi-value cells on ; , | and line breaks', () => {
    expect(splitMultiValue('Jeratan utang; Janji palsu,  other|x\ny')).toEqual([
      'Jeratan utang',
      'Janji palsu',
      'other',
      'x',
      'y',
    ]);
  });

  it('puts dots into Kemendagri codes written without them', () => {
    expect(normaliseRegionCode('5371')).toBe('53.71');
    expect(normaliseRegionCode('5371011001')).toBe('53.71.01.1001');
    expect(normaliseRegionCode(' 53.71 ')).toBe('53.71');
    expect(normaliseRegionCode('537')).toBe('537');
  });
});
