import { nameSegments, normaliseDocumentNumber, phoneticKey } from '../names.js';
import { isValidNik, nikFacts } from './nik-facts.js';

/** One trafficking event as matching sees it: a stage, a date, a place in Indonesia or abroad. */
export type MatchEvent = {
  type: string;
  date: string | null;
  regionCode: string | null;
  countryCode: string | null;
};

/** A victim record in clear, as the duplicate search reads it (in memory only). */
export type VictimForMatch = {
  name: string | null;
  sex: string | null;
  /** ISO `YYYY-MM-DD`. */
  birthDate: string | null;
  birthYear: number | null;
  /** Age stated at identification, with the date it refers to (the case's report date). */
  age: number | null;
  ageOn: string | null;
  /** Kemendagri code of the home (origin) address: province, kabupaten/kota or below. */
  regionCode: string | null;
  nik: string | null;
  passport: string | null;
  /** ISO 3166-1 alpha-2. */
  citizenship: string | null;
  events: readonly MatchEvent[];
};

/** Where and when the person was exploited (or, lacking that, the last event known). */
export type PreparedPlace = { place: string; domestic: boolean; day: number | null };

/** A record reduced once to what comparison needs, so each of many comparisons is cheap. */
export type PreparedVictim = {
  /** The person's own name parts as phonetic keys, in written order, and as written (lower case). */
  parts: string[];
  written: string[];
  /** The keys joined without spaces ("Nur Aini" and "Nuraini" agree here). */
  joined: string;
  /** The father's name after bin/binti, as phonetic keys. */
  father: string[];
  /** Digits of the birth date `YYYYMMDD`, for slips in a single digit. */
  birthDigits: string | null;
  /** Earliest and latest birth year the record allows (a stated age leaves two). */
  yearLo: number | null;
  yearHi: number | null;
  sex: 'female' | 'male' | null;
  province: string | null;
  regency: string | null;
  nik: string | null;
  /** The NIK has the register's form (16 digits, a birth date): only then can it conflict. */
  nikValid: boolean;
  passport: string | null;
  citizenship: string | null;
  places: PreparedPlace[];
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of an ISO date, or null. */
export function dayNumber(date: string | null): number | null {
  if (!date) return null;
  const m = ISO_DATE.exec(date);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? null : Math.floor(t / 86_400_000);
}

function birthYears(v: VictimForMatch): [number | null, number | null] {
  const m = v.birthDate ? ISO_DATE.exec(v.birthDate) : null;
  if (m) return [Number(m[1]), Number(m[1])];
  if (v.birthYear) return [v.birthYear, v.birthYear];
  const on = v.ageOn ? ISO_DATE.exec(v.ageOn) : null;
  if (v.age !== null && on) {
    // aged a on a date: born in that year minus a, or minus a + 1 if the birthday was still to come
    const year = Number(on[1]) - v.age;
    return [year - 1, year];
  }
  return [null, null];
}

function sexOf(value: string | null): 'female' | 'male' | null {
  return value === 'female' || value === 'male' ? value : null;
}

function placesOf(events: readonly MatchEvent[]): PreparedPlace[] {
  const exploitation = events.filter((e) => e.type === 'exploitation');
  const chosen = exploitation.length ? exploitation : events.slice(-1);
  const out: PreparedPlace[] = [];
  for (const e of chosen) {
    const domestic = !e.countryCode || e.countryCode === 'ID';
    const place = domestic
      ? e.regionCode
        ? e.regionCode.split('.').slice(0, 2).join('.')
        : null
      : e.countryCode;
    if (place) out.push({ place, domestic, day: dayNumber(e.date) });
  }
  return out;
}

/** The record with what its NIK says filled in where the record itself is silent. */
function withNikFacts(v: VictimForMatch, nik: string): VictimForMatch {
  const known = v.birthDate && v.sex && v.regionCode?.includes('.');
  const reference = v.ageOn ?? v.events.find((e) => e.date)?.date ?? null;
  const facts = known ? null : nikFacts(nik, reference ? Number(reference.slice(0, 4)) : null);
  if (!facts) return v;
  const noBirth = !v.birthDate && v.birthYear === null && v.age === null;
  return {
    ...v,
    birthDate: v.birthDate ?? (noBirth ? facts.birthDate : null),
    sex: v.sex ?? facts.sex,
    regionCode: v.regionCode?.includes('.') ? v.regionCode : facts.regency,
  };
}

export function prepareVictim(record: VictimForMatch): PreparedVictim {
  const nik = record.nik ? normaliseDocumentNumber(record.nik) : '';
  const v = withNikFacts(record, nik);
  const [yearLo, yearHi] = birthYears(v);
  const region = v.regionCode?.split('.') ?? [];
  const passport = v.passport ? normaliseDocumentNumber(v.passport) : '';
  const segments = v.name ? nameSegments(v.name) : { own: [], father: [] };
  const own = segments.own.length ? segments.own : segments.father;
  const parts = own.map(phoneticKey);
  return {
    parts,
    written: own,
    joined: parts.join(''),
    father: segments.own.length ? segments.father.map(phoneticKey) : [],
    birthDigits: v.birthDate && ISO_DATE.test(v.birthDate) ? v.birthDate.replace(/-/g, '') : null,
    yearLo,
    yearHi,
    sex: sexOf(v.sex),
    province: region[0] ?? null,
    regency: region.length >= 2 ? `${region[0]}.${region[1]}` : null,
    nik: nik || null,
    nikValid: nik ? isValidNik(nik) : false,
    passport: passport || null,
    citizenship: v.citizenship || null,
    places: placesOf(v.events),
  };
}
