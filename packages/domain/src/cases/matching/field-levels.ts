import { typoDistance } from './string-similarity.js';
import type { PreparedPlace, PreparedVictim } from './victim-record.js';

/**
 * How each field but the name compares, as a level (field-texts.ts words it, match-weights.ts
 * weighs it). Kept free of allocation: the search compares tens of millions of pairs.
 */
export const FIELD_LEVELS = {
  nik: ['missing', 'same', 'slip', 'differ'],
  passport: ['missing', 'same', 'slip', 'differ'],
  birth: ['missing', 'same', 'slip', 'consistent', 'sameYear', 'nextYear', 'differ'],
  sex: ['missing', 'same', 'differ'],
  origin: ['missing', 'sameRegency', 'provinceOnly', 'sameProvince', 'differ'],
  citizenship: ['missing', 'same', 'differ'],
  events: ['missing', 'sameNearDates', 'samePlace', 'sameFarDates', 'differ'],
} as const;
export type LevelledField = keyof typeof FIELD_LEVELS;
export type FieldLevel<F extends LevelledField> = (typeof FIELD_LEVELS)[F][number];

function documentLevel(a: string | null, b: string | null): FieldLevel<'nik'> {
  if (!a || !b) return 'missing';
  if (a === b) return 'same';
  return typoDistance(a, b, 1) <= 1 ? 'slip' : 'differ';
}

export const nikLevel = (a: PreparedVictim, b: PreparedVictim) => documentLevel(a.nik, b.nik);
export const passportLevel = (a: PreparedVictim, b: PreparedVictim) =>
  documentLevel(a.passport, b.passport);

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
