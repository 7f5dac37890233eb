import { ageOn, isMinor } from './age.js';
import {
  IMPORT_EVENT_TYPES,
  IMPORT_FIELD_BY_KEY,
  type ImportEventType,
  type ImportField,
} from './import-fields.js';
import type { CompiledCodeMap, CountryResolver, PicklistResolver } from './import-lookups.js';
import type { ImportRowError } from './import-schemas.js';
import {
  type DateOrder,
  matchKey,
  normaliseRegionCode,
  parseAge,
  parseImportDate,
  parseYesNo,
  splitMultiValue,
  type Text,
} from './import-values.js';
import { normaliseDocumentNumber } from './names.js';
import type { PicklistName } from './picklists.js';

/** One row of a source file as Sigap will write it: a case, its events, and one victim. */
export type MappedEvent = {
  seq: number;
  eventType: ImportEventType;
  occurredOn: string | null;
  regionCode: string | null;
  countryCode: string | null;
  placeNote: string | null;
};

export type MappedVictim = {
  sourcePersonId: string;
  name: string | null;
  nik: string | null;
  passport: string | null;
  contact: string | null;
  address: string | null;
  birthDate: string | null;
  birthYear: number | null;
  ageAtIdentification: number | null;
  isMinor: boolean | null;
  sex: string | null;
  citizenship: string | null;
  disability: string | null;
  addressRegionCode: string | null;
  traffickingStatus: string | null;
  statusDecidedBy: string | null;
  recruiterRelation: string | null;
  consent: boolean | null;
};

export type MappedCaseRow = {
  rowNumber: number;
  sourceRecordId: string;
  reportedOn: string;
  source: string;
  status: string;
  closureReason: string | null;
  exploitationTypes: string[];
  modus: string[];
  meansOfControl: string[];
  serviceUnitId: string | null;
  events: MappedEvent[];
  /** Null when the row carries nothing about a person (a case known only by its events). */
  victim: MappedVictim | null;
};

export type RowLookups = {
  picklist: PicklistResolver;
  country: CountryResolver;
  /** True when the (normalised) Kemendagri code exists. */
  region(code: string): boolean;
  serviceUnit(raw: string): string | null;
  codeMap: CompiledCodeMap;
};

/** The cell behind a field: its text and the header it came from. */
export type RowReader = (field: string) => { value: string; column: string } | null;

const NIK_PATTERN = /^\d{16}$/;
const BAD_BIRTH_DATE: Text = {
  id: 'Tanggal lahir tidak sah: harus tanggal yang ada dan sudah lewat (mis. 14/02/2001 atau 2001-02-14); nilainya tidak ditampilkan karena data pribadi',
  en: 'The birth date is not valid: it must be a real past date (e.g. 14/02/2001 or 2001-02-14); the value is not shown as it is personal data',
};

/**
 * Maps one source row; every problem is reported (not just the first), each naming the row
 * and the column, so one preview shows the whole work of fixing a file.
 */
export function mapImportRow(
  rowNumber: number,
  read: RowReader,
  lookups: RowLookups,
  dateOrder: DateOrder,
  today: string,
): { row: MappedCaseRow | null; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const fail = (field: string, column: string | null, message: Text) =>
    errors.push({ row: rowNumber, column, field, message });
  const fieldOf = (key: string) => IMPORT_FIELD_BY_KEY.get(key) as ImportField;

  const text = (key: string): string | null => read(key)?.value.trim() || null;
  const mapped = (list: string, raw: string) => lookups.codeMap.get(list)?.get(matchKey(raw));

  const date = (key: string): string | null => {
    const cell = read(key);
    if (!cell?.value.trim()) return null;
    const r = parseImportDate(cell.value, dateOrder, today);
    if (r.ok) return r.value;
    // a birth date is personal data: the stored reason must not repeat it
    fail(key, cell.column, fieldOf(key).identifying ? BAD_BIRTH_DATE : r.reason);
    return null;
  };
  const pick = (key: string): string | null => {
    const cell = read(key);
    if (!cell?.value.trim()) return null;
    const list = fieldOf(key).picklist as PicklistName;
    const code = mapped(list, cell.value) ?? cell.value;
    const found = lookups.picklist(list, code);
    if (!found) fail(key, cell.column, unknownCode(cell.value, fieldOf(key).label));
    return found;
  };
  const pickMany = (key: string): string[] => {
    const cell = read(key);
    if (!cell?.value.trim()) return [];
    const list = fieldOf(key).picklist as PicklistName;
    const out = new Set<string>();
    for (const part of splitMultiValue(cell.value)) {
      const found = lookups.picklist(list, mapped(list, part) ?? part);
      if (found) out.add(found);
      else fail(key, cell.column, unknownCode(part, fieldOf(key).label));
    }
    return [...out];
  };
  const region = (key: string): string | null => {
    const cell = read(key);
    if (!cell?.value.trim()) return null;
    const code = normaliseRegionCode(mapped('region', cell.value) ?? cell.value);
    if (lookups.region(code)) return code;
    fail(key, cell.column, {
      id: `Kode wilayah "${cell.value}" tidak dikenal (kode Kemendagri, mis. 53.71)`,
      en: `Unknown region code "${cell.value}" (a Kemendagri code, e.g. 53.71)`,
    });
    return null;
  };
  const country = (key: string): string | null => {
    const cell = read(key);
    if (!cell?.value.trim()) return null;
    const found = lookups.country(mapped('country', cell.value) ?? cell.value);
    if (!found)
      fail(key, cell.column, {
        id: `Negara "${cell.value}" tidak dikenal (kode ISO 3166 atau nama negara)`,
        en: `Unknown country "${cell.value}" (an ISO 3166 code or a country name)`,
      });
    return found;
  };

  const idCell = read('sourceRecordId');
  const sourceRecordId = idCell?.value.trim() ?? '';
  if (!sourceRecordId)
    fail('sourceRecordId', idCell?.column ?? null, {
      id: 'ID kasus di sistem sumber wajib diisi (membuat impor ulang tidak menggandakan kasus)',
      en: 'The case id in the source system is required (it keeps re-imports from duplicating)',
    });
  const reportCell = read('reportedOn');
  const reportedOn = date('reportedOn');
  if (!reportCell?.value.trim())
    fail('reportedOn', reportCell?.column ?? null, {
      id: 'Tanggal lapor wajib diisi',
      en: 'The reported date is required',
    });

  const events: MappedEvent[] = [];
  IMPORT_EVENT_TYPES.forEach((type, i) => {
    const occurredOn = date(`${type}Date`);
    const regionCode = region(`${type}Region`);
    let countryCode = country(`${type}Country`);
    const placeNote = text(`${type}Place`);
    if (regionCode && countryCode && countryCode !== 'ID') {
      const cell = read(`${type}Country`);
      fail(`${type}Country`, cell?.column ?? null, {
        id: `Kode wilayah Indonesia diisi tetapi negaranya ${countryCode}`,
        en: `An Indonesian region code is given but the country is ${countryCode}`,
      });
    }
    if (regionCode) countryCode = 'ID';
    if (occurredOn || regionCode || countryCode || placeNote)
      events.push({ seq: i + 1, eventType: type, occurredOn, regionCode, countryCode, placeNote });
  });

  const victim = mapVictim(read, { date, pick, region, country, text, fail }, sourceRecordId);
  if (victim && reportedOn) {
    if (victim.birthDate && victim.birthDate > reportedOn)
      fail('birthDate', read('birthDate')?.column ?? null, {
        id: `Tanggal lahir sesudah tanggal lapor ${reportedOn}`,
        en: `The birth date is after the reported date ${reportedOn}`,
      });
    else if (victim.birthDate && victim.ageAtIdentification === null)
      victim.ageAtIdentification = ageOn(victim.birthDate, reportedOn);
    victim.isMinor =
      victim.ageAtIdentification === null ? null : isMinor(victim.ageAtIdentification);
  }

  let serviceUnitId: string | null = null;
  const unitCell = read('serviceUnit');
  if (unitCell?.value.trim()) {
    serviceUnitId = lookups.serviceUnit(mapped('service_unit', unitCell.value) ?? unitCell.value);
    if (!serviceUnitId)
      fail('serviceUnit', unitCell.column, {
        id: `Unit layanan "${unitCell.value}" tidak dikenal di wilayah impor`,
        en: `Unknown service unit "${unitCell.value}" in the import's region`,
      });
  }

  const row: MappedCaseRow = {
    rowNumber,
    sourceRecordId,
    reportedOn: reportedOn ?? '',
    source: pick('source') ?? 'import',
    status: pick('status') ?? 'active',
    closureReason: text('closureReason'),
    exploitationTypes: pickMany('exploitationTypes'),
    modus: pickMany('modus'),
    meansOfControl: pickMany('meansOfControl'),
    serviceUnitId,
    events,
    victim,
  };
  return { row: errors.length === 0 ? row : null, errors };
}

type Readers = {
  date(key: string): string | null;
  pick(key: string): string | null;
  region(key: string): string | null;
  country(key: string): string | null;
  text(key: string): string | null;
  fail(field: string, column: string | null, message: Text): void;
};

const VICTIM_FIELDS = [
  'sourcePersonId',
  'victimName',
  'sex',
  'birthDate',
  'age',
  'citizenship',
  'nik',
  'passport',
  'contact',
  'address',
  'addressRegion',
  'disability',
  'traffickingStatus',
  'statusDecidedBy',
  'recruiterRelation',
  'consent',
];

function mapVictim(read: RowReader, r: Readers, caseId: string): MappedVictim | null {
  if (!VICTIM_FIELDS.some((k) => read(k)?.value.trim())) return null;
  const birthDate = r.date('birthDate');
  let age: number | null = null;
  const ageCell = read('age');
  if (ageCell?.value.trim()) {
    const a = parseAge(ageCell.value);
    if (a.ok) age = a.value;
    else r.fail('age', ageCell.column, a.reason);
  }
  const nikCell = read('nik');
  let nik: string | null = null;
  if (nikCell?.value.trim()) {
    nik = normaliseDocumentNumber(nikCell.value);
    if (!NIK_PATTERN.test(nik)) {
      r.fail('nik', nikCell.column, {
        id: 'NIK harus 16 angka (kolom angka di Excel kehilangan digit: format kolom sebagai teks)',
        en: 'A NIK has 16 digits (a numeric Excel column loses digits: format it as text)',
      });
      nik = null;
    }
  }
  let consent: boolean | null = null;
  const consentCell = read('consent');
  if (consentCell?.value.trim()) {
    const c = parseYesNo(consentCell.value);
    if (c.ok) consent = c.value;
    else r.fail('consent', consentCell.column, c.reason);
  }
  return {
    sourcePersonId: r.text('sourcePersonId') ?? caseId,
    name: r.text('victimName'),
    nik,
    passport: r.text('passport'),
    contact: r.text('contact'),
    address: r.text('address'),
    birthDate,
    birthYear: birthDate ? Number(birthDate.slice(0, 4)) : null,
    ageAtIdentification: age,
    isMinor: null,
    sex: r.pick('sex'),
    citizenship: r.country('citizenship'),
    disability: r.pick('disability'),
    addressRegionCode: r.region('addressRegion'),
    traffickingStatus: r.pick('traffickingStatus'),
    statusDecidedBy: r.pick('statusDecidedBy'),
    recruiterRelation: r.pick('recruiterRelation'),
    consent,
  };
}

function unknownCode(value: string, label: Text): Text {
  return {
    id: `Nilai "${value}" tidak dikenal untuk ${label.id}; petakan di templat (peta kode)`,
    en: `Unknown value "${value}" for ${label.en}; map it in the template (code map)`,
  };
}
