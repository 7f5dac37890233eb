import { typoDistance } from './string-similarity.js';
import type { PreparedPlace, PreparedVictim } from './victim-record.js';

/**
 * How each field but the name compares, as a level (field-texts.ts words it, match-weights.ts
 * weighs it). Kept free of allocation: the search compares tens of millions of pairs.
 */
export const FIELD_LEVELS = {
  nik: ['missing', 'same', 'slip', 'differ', 'conflict'],
  passport: ['missing', 'same', 'slip', 'differ', 'conflict'],
  birth: ['missing', 'same', 'slip', 'consistent', 'sameYear', 'nextYear', 'differ'],
  sex: ['missing', 'same', 'differ'],
  origin: ['missing', 'sameRegency', 'provinceOnly', 'sameProvince', 'differ'],
  citizenship: ['missing', 'same', 'differ'],
  events: ['missing', 'sameNearDates', 'samePlace', 'sameFarDates', 'differ'],
} as const;
export type LevelledField = keyof typeof FIELD_LEVELS;
export type FieldLevel<F extends LevelledField> = (typeof FIELD_LEVELS)[F][number];

type DocumentLevel = 'missing' | 'same' | 'slip' | 'differ';

function documentLevel(a: string | null, b: string | null): DocumentLevel {
  if (!a || !b) return 'missing';
  if (a === b) return 'same';
  return typoDistance(a, b, 1) <= 1 ? 'slip' : 'differ';
}

/**
 * Two valid NIKs clearly apart (more than one slip) are a conflict: the population register gives
 * each person one NIK, so that is near proof of two people, and the score is capped
 * (compare-victims.ts). Not when one of them is no real NIK (a placeholder, a short number) or
 * when the passports are the same: then one NIK was written wrongly (a family card number put in
 * its place is the usual mistake) and the identical passport says more.
 */
export function nikLevel(a: PreparedVictim, b: PreparedVictim): FieldLevel<'nik'> {
  const level = documentLevel(a.nik, b.nik);
  if (level !== 'differ' || !a.nikValid || !b.nikValid) return level;
  return documentLevel(a.passport, b.passport) === 'same' ? 'differ' : 'conflict';
}

/**
 * A person holds one passport of their country at a time, so two numbers of the same country
 * clearly apart are a conflict too, unless the NIKs are the same: passports are renewed under a
 * new number, and the NIK stays. A passport of another country (citizenship differs) is no
 * conflict. The issuing country is the holder's citizenship; a record silent on it is taken to
 * share the other's (Indonesia does not allow adults two citizenships).
 */
export function passportLevel(a: PreparedVictim, b: PreparedVictim): FieldLevel<'passport'> {
  const level = documentLevel(a.passport, b.passport);
  if (level !== 'differ' || citizenshipLevel(a, b) === 'differ') return level;
  return documentLevel(a.nik, b.nik) === 'same' ? 'differ' : 'conflict';
}

/** Day and month written the other way round (12/03 vs 03/12). */
function dayMonthSwapped(a: string, b: string): boolean {
  return (
    a.slice(0, 4) === b.slice(0, 4) &&
    a.slice(4, 6) === b.slice(6, 8) &&
    a.slice(6, 8) === b.slice(4, 6)
  );
}

export function birthLevel(a: PreparedVictim, b: PreparedVictim): FieldLevel<'birth'> {
  const da = a.birthDigits;
  const db = b.birthDigits;
  if (da && db) {
    if (da === db) return 'same';
    if (dayMonthSwapped(da, db) || typoDistance(da, db, 1) <= 1) return 'slip';
  }
  if (a.yearLo === null || a.yearHi === null || b.yearLo === null || b.yearHi === null)
    return 'missing';
  const gap = Math.max(a.yearLo - b.yearHi, b.yearLo - a.yearHi, 0);
  if (gap === 0) return da && db ? 'sameYear' : 'consistent';
  return gap === 1 ? 'nextYear' : 'differ';
}

export function sexLevel(a: PreparedVictim, b: PreparedVictim): FieldLevel<'sex'> {
  if (!a.sex || !b.sex) return 'missing';
  return a.sex === b.sex ? 'same' : 'differ';
}

export function originLevel(a: PreparedVictim, b: PreparedVictim): FieldLevel<'origin'> {
  if (!a.province || !b.province) return 'missing';
  if (a.regency && a.regency === b.regency) return 'sameRegency';
  if (a.province !== b.province) return 'differ';
  return !a.regency || !b.regency ? 'provinceOnly' : 'sameProvince';
}

export function citizenshipLevel(a: PreparedVictim, b: PreparedVictim): FieldLevel<'citizenship'> {
  if (!a.citizenship || !b.citizenship) return 'missing';
  return a.citizenship === b.citizenship ? 'same' : 'differ';
}

/** Exploitation within this many days counts as the same episode; beyond FAR_DAYS as another. */
const NEAR_DAYS = 120;
const FAR_DAYS = 730;

export function eventsLevel(a: PreparedVictim, b: PreparedVictim): FieldLevel<'events'> {
  if (a.places.length === 0 || b.places.length === 0) return 'missing';
  let samePlace = false;
  let best = Number.POSITIVE_INFINITY;
  for (const p of a.places)
    for (const q of b.places) {
      if (p.place !== q.place) continue;
      samePlace = true;
      const d = daysApart(p, q);
      if (d !== null && d < best) best = d;
    }
  if (!samePlace) return 'differ';
  if (best <= NEAR_DAYS) return 'sameNearDates';
  return best > FAR_DAYS && best !== Number.POSITIVE_INFINITY ? 'sameFarDates' : 'samePlace';
}

function daysApart(p: PreparedPlace, q: PreparedPlace): number | null {
  return p.day === null || q.day === null ? null : Math.abs(p.day - q.day);
}
