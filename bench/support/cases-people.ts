// Victims of the cases bench and how each institution writes one down. A person is drawn once
// (name of their region's naming culture, sex, birth date, home kabupaten/kota and kecamatan, NIK
// built from them, passport when they went abroad, phone); every record of them — the first
// institution's and, for a share, a second or third institution's — is written with the noise
// of the matching helper's synthetic set (packages/domain/src/cases/matching/synthetic-*.ts):
// typing slips, old spellings, name order, bin/binti, titles, birth-date slips, a stated age
// instead of a date, a digit off in the NIK.
import {
  CULTURE_WEIGHTS,
  CULTURES,
  FATHERS,
  type NameCulture,
} from '../../packages/domain/src/cases/matching/synthetic-names.js';
import {
  birthDateSlip,
  noisyName,
  type Random,
} from '../../packages/domain/src/cases/matching/synthetic-noise.js';

export const DAY_MS = 86_400_000;
export const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export type Weighted<T> = ReadonlyArray<readonly [T, number]>;

export function weighted<T>(items: Weighted<T>, rnd: Random): T {
  let total = 0;
  for (const [, w] of items) total += w;
  let r = rnd.next() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r <= 0) return item;
  }
  return (items[items.length - 1] as readonly [T, number])[0];
}

export type Person = {
  female: boolean;
  parts: string[];
  father: string | null;
  birthDay: number;
  regency: string;
  kecamatan: number;
  nik: string;
  passport: string | null;
  phone: string | null;
  address: string;
};

/** Regency-level reference the generator needs (real Kemendagri codes from the database). */
export type Places = {
  regencies: ReadonlyArray<{ code: string; name: string }>;
  regenciesOf: ReadonlyMap<string, string[]>;
};

const CULTURE_OF_PROVINCE = new Map<string, NameCulture>();
for (const c of CULTURES)
  for (const r of c.regencies) {
    const province = r.slice(0, 2);
    if (!CULTURE_OF_PROVINCE.has(province)) CULTURE_OF_PROVINCE.set(province, c);
  }
const CULTURE_WEIGHTED: Weighted<NameCulture> = CULTURES.map((c, i) => [
  c,
  CULTURE_WEIGHTS[i] ?? 0.1,
]);

const VOWEL = /[aeiou]/;

/**
 * A name of the region's shape that the list does not hold (front of one listed name, back of
 * another, cut at a vowel), as the matching helper's set does: real name stocks have a long tail,
 * and without it a million records would hold far more namesakes than life.
 */
function rareName(names: readonly string[], rnd: Random): string {
  const x = rnd.pick(names);
  const y = rnd.pick(names).toLowerCase();
  let cut = Math.max(1, Math.floor(x.length / 2));
  while (cut < x.length - 1 && !VOWEL.test(x[cut - 1] as string)) cut++;
  let from = Math.floor(y.length / 2);
  while (from > 0 && VOWEL.test(y[from] as string)) from--;
  return x.slice(0, cut) + y.slice(from);
}

const nameFrom = (names: readonly string[], rnd: Random) =>
  rnd.chance(0.4) ? rareName(names, rnd) : rnd.common(names);

function givenNames(culture: NameCulture, female: boolean, rnd: Random): string[] {
  const first = nameFrom(female ? culture.female : culture.male, rnd);
  if (rnd.chance(culture.mononym)) return [first];
  const parts = [first];
  if (culture.clan && rnd.chance(0.3))
    parts.push(nameFrom(female ? culture.female : culture.male, rnd));
  parts.push(nameFrom(culture.second, rnd));
  return [...new Set(parts)];
}

const VILLAGE_FRONT = [
  'Suka',
  'Sido',
  'Karang',
  'Tanjung',
  'Mekar',
  'Oe',
  'Batu',
  'Air',
  'Kampung',
];
const VILLAGE_BACK = ['maju', 'mulya', 'sari', 'rejo', 'jaya', 'baru', 'lestari', 'makmur', 'asri'];
const STREETS = ['Jl. Merdeka', 'Jl. Kenanga', 'Jl. Flamboyan', 'Jl. Pahlawan', 'Gg. Mawar'];

function addressOf(rnd: Random): string {
  const village = `${rnd.pick(VILLAGE_FRONT)}${rnd.pick(VILLAGE_BACK)}`;
  const street = rnd.chance(0.5) ? `${rnd.pick(STREETS)} No. ${rnd.int(1, 120)}` : 'Dusun';
  const place = street === 'Dusun' ? `Dusun ${rnd.int(1, 6)}` : street;
  return `${place}, RT ${pad(rnd.int(1, 20), 3)}/RW ${pad(rnd.int(1, 9), 3)}, Desa ${village}`;
}

/** A NIK: kecamatan code (6), birth date with 40 added to a woman's day (6), serial (4). */
function nikOf(p: Omit<Person, 'nik'>, rnd: Random): string {
  const [y, m, d] = isoDay(p.birthDay).split('-') as [string, string, string];
  const day = Number(d) + (p.female ? 40 : 0);
  return `${p.regency.replace('.', '')}${pad(p.kecamatan)}${pad(day)}${m}${y.slice(2)}${pad(rnd.int(1, 9999), 4)}`;
}

export function makePerson(
  rnd: Random,
  o: {
    female: boolean;
    age: number;
    /** The day the age refers to (exploitation). */
    onDay: number;
    regency: string;
    abroad: boolean;
    /** Group members often share a kecamatan (recruited in one village). */
    kecamatan?: number;
  },
): Person {
  const province = o.regency.slice(0, 2);
  const culture =
    CULTURE_OF_PROVINCE.get(province) ??
    (rnd.chance(0.6) ? (CULTURES[0] as NameCulture) : weighted(CULTURE_WEIGHTED, rnd));
  const base = {
    female: o.female,
    parts: givenNames(culture, o.female, rnd),
    father: culture.patronymic ? rnd.common(FATHERS) : null,
    birthDay: o.onDay - Math.floor(o.age * 365.25) - rnd.int(0, 364),
    regency: o.regency,
    kecamatan: o.kecamatan ?? rnd.int(1, 24),
    passport:
      o.abroad && rnd.chance(0.6)
        ? `${rnd.pick(['A', 'B', 'C', 'X'])}${rnd.int(1_000_000, 9_999_999)}`
        : null,
    phone: rnd.chance(0.7)
      ? `08${rnd.pick(['12', '13', '21', '52', '53', '57', '77'])}${rnd.int(10_000_000, 99_999_999)}`
      : null,
    address: addressOf(rnd),
  };
  return { ...base, nik: nikOf(base, rnd) };
}

const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

/** A date as Indonesian offices write it: mostly DD/MM/YYYY, some "5 Januari 2023" or ISO. */
export function writtenDate(iso: string, rnd: Random): string {
  const [y, m, d] = iso.split('-') as [string, string, string];
  const r = rnd.next();
  if (r < 0.85) return `${d}/${m}/${y}`;
  if (r < 0.95) return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
  return iso;
}

function writtenPhone(phone: string, rnd: Random): string {
  const r = rnd.next();
  if (r < 0.6) return phone;
  if (r < 0.8) return `+62${phone.slice(1)}`;
  return `${phone.slice(0, 4)}-${phone.slice(4, 8)}-${phone.slice(8)}`;
}

/** The victim's cells of one record: the column order of cases-layout.ts from "Nama Korban" on. */
export function victimCells(
  p: Person,
  rnd: Random,
  o: {
    /** A later institution's record: more noise. */
    heavy: boolean;
    reportedDay: number;
    places: Places;
    decidedBy: string;
  },
): string[] {
  const name = noisyName(p.parts, rnd, { father: p.father, female: p.female, heavy: o.heavy });
  const sex = rnd.chance(0.02)
    ? ''
    : rnd.chance(0.8)
      ? p.female
        ? 'P'
        : 'L'
      : p.female
        ? 'Perempuan'
        : 'Laki-laki';
  const birthIso = isoDay(p.birthDay);
  const age = Math.floor((o.reportedDay - p.birthDay) / 365.25);
  const mode = rnd.next();
  let birth = '';
  let ageCell = '';
  if (mode < 0.55) {
    birth = writtenDate(o.heavy && rnd.chance(0.04) ? birthDateSlip(birthIso, rnd) : birthIso, rnd);
    if (rnd.chance(0.2)) ageCell = String(age);
  } else if (mode < 0.9) {
    const stated = age + (o.heavy && rnd.chance(0.06) ? rnd.pick([-1, 1]) : 0);
    ageCell = rnd.chance(0.7) ? String(Math.max(0, stated)) : `${Math.max(0, stated)} tahun`;
  }
  const nik = rnd.chance(0.45)
    ? o.heavy && rnd.chance(0.03)
      ? `${p.nik.slice(0, 15)}${rnd.int(0, 9)}`
      : p.nik
    : '';
  const region = rnd.next();
  const province = p.regency.slice(0, 2);
  const regionCell =
    region < 0.06
      ? ''
      : region < 0.12
        ? province
        : o.heavy && region < 0.16
          ? rnd.pick(o.places.regenciesOf.get(province) ?? [p.regency])
          : rnd.chance(0.8)
            ? p.regency
            : p.regency.replace('.', '');
  return [
    name,
    sex,
    birth,
    ageCell,
    rnd.chance(0.6) ? 'WNI' : rnd.chance(0.6) ? 'Indonesia' : '',
    nik,
    p.passport && rnd.chance(0.5) ? p.passport : '',
    p.phone && rnd.chance(0.6) ? writtenPhone(p.phone, rnd) : '',
    rnd.chance(0.7) ? p.address : '',
    regionCell,
    rnd.chance(0.6)
      ? 'Tidak ada'
      : rnd.chance(0.9)
        ? ''
        : rnd.pick(['Fisik', 'Mental', 'Intelektual', 'Sensorik']),
    weighted(
      [
        ['Korban', 55],
        ['Diduga korban', 40],
        ['Bukan korban', 2],
        ['', 3],
      ],
      rnd,
    ),
    rnd.chance(0.85) ? o.decidedBy : '',
    weighted(
      [
        ['Kenalan', 45],
        ['Keluarga', 15],
        ['Tidak dikenal', 25],
        ['', 15],
      ],
      rnd,
    ),
    weighted(
      [
        ['Ya', 70],
        ['Tidak', 5],
        ['', 25],
      ],
      rnd,
    ),
  ];
}
