import { describe, expect, it } from 'vitest';
import { HTCDS_COLUMN_MAP, htcdsValue } from '../src/cases/htcds.js';
import {
  compileCodeMap,
  countryResolver,
  picklistResolver,
  serviceUnitResolver,
} from '../src/cases/import-lookups.js';
import { mapImportRow, type RowReader } from '../src/cases/import-row.js';
import { checkTemplate, maskedSample, suggestColumnMap } from '../src/cases/import-template.js';
import { PICKLISTS, type PicklistName } from '../src/cases/picklists.js';

const entries = Object.entries(PICKLISTS).flatMap(([list, values]) =>
  values.map((v) => ({
    list,
    code: v.code,
    labelId: v.id,
    labelEn: v.en,
    htcds: 'htcds' in v ? (v.htcds as string) : null,
  })),
);
const lookups = (codeMap: Record<string, Record<string, string>> = {}) => ({
  picklist: picklistResolver(entries),
  country: countryResolver([
    { code: 'ID', alpha3: 'IDN', nameId: 'Indonesia', nameEn: 'Indonesia' },
    { code: 'MY', alpha3: 'MYS', nameId: 'Malaysia', nameEn: 'Malaysia' },
  ]),
  region: (code: string) => ['53', '53.71', '33.01'].includes(code),
  serviceUnit: serviceUnitResolver([]),
  codeMap: compileCodeMap(codeMap),
});
const reader =
  (cells: Record<string, string>): RowReader =>
  (field) =>
    field in cells ? { value: cells[field] as string, column: `col:${field}` } : null;
const map = (cells: Record<string, string>, codeMap = {}) =>
  mapImportRow(7, reader(cells), lookups(codeMap), 'DMY', '2024-06-30');

describe('mapping one row', () => {
  it('maps a full row, resolving labels, aliases and HTCDS names', () => {
    const { row, errors } = map({
      sourceRecordId: 'K-1',
      reportedOn: '5 Januari 2024',
      status: 'Aktif',
      exploitationTypes: 'ForcedLabour; Eksploitasi seksual',
      meansOfControl: 'debt_bondage, Janji palsu',
      exploitationCountry: 'Malaysia',
      recruitmentRegion: '5371',
      victimName: 'Siti Aminah',
      sex: 'P',
      birthDate: '10/02/2008',
      nik: '5371 0123 4567 8901',
      citizenship: 'WNI',
      traffickingStatus: 'ActualVictimOfTrafficking',
    });
    expect(errors).toEqual([]);
    expect(row).toMatchObject({
      rowNumber: 7,
      sourceRecordId: 'K-1',
      reportedOn: '2024-01-05',
      source: 'import',
      status: 'active',
      exploitationTypes: ['forced_labour', 'sexual_exploitation'],
      meansOfControl: ['debt_bondage', 'false_promises'],
      events: [
        { seq: 1, eventType: 'recruitment', regionCode: '53.71', countryCode: 'ID' },
        { seq: 3, eventType: 'exploitation', regionCode: null, countryCode: 'MY' },
      ],
      victim: {
        sourcePersonId: 'K-1',
        name: 'Siti Aminah',
        sex: 'female',
        birthDate: '2008-02-10',
        birthYear: 2008,
        ageAtIdentification: 15,
        isMinor: true,
        nik: '5371012345678901',
        citizenship: 'ID',
        traffickingStatus: 'actual',
      },
    });
  });

  it('lists every problem of a row with its column', () => {
    const { row, errors } = map({
      sourceRecordId: '',
      reportedOn: '31/02/2023',
      age: '130',
      sex: 'X',
      recruitmentRegion: '99.99',
      nik: '1234',
      modus: 'penipuan',
    });
    expect(row).toBeNull();
    expect(errors.map((e) => [e.field, e.column])).toEqual([
      ['sourceRecordId', 'col:sourceRecordId'],
      ['reportedOn', 'col:reportedOn'],
      ['recruitmentRegion', 'col:recruitmentRegion'],
      ['age', 'col:age'],
      ['nik', 'col:nik'],
      ['sex', 'col:sex'],
      ['modus', 'col:modus'],
    ]);
    expect(errors.every((e) => e.row === 7 && e.message.id && e.message.en)).toBe(true);
  });

  it('takes unknown codes through the template’s code map', () => {
    const codeMap = { modus: { Penipuan: 'online_scam' }, region: { 'Kota Kupang': '53.71' } };
    const { row, errors } = map(
      {
        sourceRecordId: 'A',
        reportedOn: '2024-01-01',
        modus: 'penipuan',
        recruitmentRegion: 'kota kupang',
      },
      codeMap,
    );
    expect(errors).toEqual([]);
    expect(row?.modus).toEqual(['online_scam']);
    expect(row?.events[0]?.regionCode).toBe('53.71');
  });

  it('refuses a birth date after the report and a region in another country', () => {
    const { errors } = map({
      sourceRecordId: 'A',
      reportedOn: '2020-01-01',
      birthDate: '2021-01-01',
      exploitationRegion: '53',
      exploitationCountry: 'MY',
    });
    expect(errors.map((e) => e.field)).toEqual(['exploitationCountry', 'birthDate']);
    expect(JSON.stringify(errors)).not.toContain('2021');
  });

  it('never repeats a birth date (personal data) in its error', () => {
    const { errors } = map({
      sourceRecordId: 'A',
      reportedOn: '2024-01-01',
      birthDate: '31/02/2001',
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message.en).toContain('The birth date is not valid');
    expect(JSON.stringify(errors)).not.toContain('1987');
  });

  it('leaves the victim out when the row says nothing about a person', () => {
    expect(map({ sourceRecordId: 'A', reportedOn: '2024-01-01' }).row?.victim).toBeNull();
  });
});

describe('templates', () => {
  const codes = (list: PicklistName) => new Set(PICKLISTS[list].map((v) => v.code));

  it('requires the record id and reported date, known fields and known codes', () => {
    const problems = checkTemplate(
      { columnMap: { victimName: 'Nama', nope: 'X' }, codeMap: { sex: { L: 'lelaki' }, foo: {} } },
      codes,
    );
    expect(problems.map((p) => p.path)).toEqual([
      'columnMap.nope',
      'columnMap.sourceRecordId',
      'columnMap.reportedOn',
      'codeMap.sex.L',
      'codeMap.foo',
    ]);
    expect(checkTemplate({ columnMap: HTCDS_COLUMN_MAP, codeMap: {} }, codes)).toEqual([]);
  });

  it('suggests a mapping from Indonesian, English and HTCDS headers', () => {
    expect(
      suggestColumnMap([
        'No. Kasus',
        'Tgl Lapor',
        'Nama Korban',
        'JK',
        'Umur',
        'prs_Citizenship',
        'Lain',
      ]),
    ).toEqual({
      sourceRecordId: 'No. Kasus',
      reportedOn: 'Tgl Lapor',
      victimName: 'Nama Korban',
      sex: 'JK',
      age: 'Umur',
      citizenship: 'prs_Citizenship',
    });
  });

  it('masks identifying values in the preview', () => {
    const { row } = map({
      sourceRecordId: 'A',
      reportedOn: '2024-01-01',
      victimName: 'Siti Aminah',
      nik: '5371012345678901',
      birthDate: '2000-03-04',
      contact: '081234567890',
    });
    const sample = maskedSample(row as NonNullable<typeof row>) as {
      victim: Record<string, unknown>;
    };
    expect(sample.victim).toMatchObject({
      name: 'S••• A•••',
      nik: '••••••••••••8901',
      birthDate: '2000-••-••',
      contact: '•••••••••890',
    });
    expect(JSON.stringify(sample)).not.toContain('Aminah');
  });

  it('writes HTCDS value names where the standard has them', () => {
    expect(htcdsValue('case_status', 'follow_up')).toBe('FollowUp');
    expect(htcdsValue('modus', 'online_scam')).toBe('online_scam');
  });
});
