/**
 * Age at identification and the age bands statistics use. Ages come from a birth date when one is
 * known, otherwise from the age the record states: many victims do not know their birth date.
 */
export const MAX_AGE = 120;

/** Whole years between a birth date and a later date (both ISO `YYYY-MM-DD`), or null. */
export function ageOn(birthDate: string, onDate: string): number | null {
  const b = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(onDate);
  if (!b || !d) return null;
  let age = Number(d[1]) - Number(b[1]);
  if (Number(d[2]) * 100 + Number(d[3]) < Number(b[2]) * 100 + Number(b[3])) age -= 1;
  return age >= 0 && age <= MAX_AGE ? age : null;
}

/** Anak: under 18 (UU 35/2014). Unknown age is not treated as adult by callers. */
export function isMinor(age: number | null | undefined): boolean {
  return age !== null && age !== undefined && age < 18;
}

export type AgeBand = { code: string; from: number; to: number | null };

/** SIMFONI PPA bands (domain.md §6). */
export const SIMFONI_AGE_BANDS: readonly AgeBand[] = [
  { code: '0-5', from: 0, to: 5 },
  { code: '6-12', from: 6, to: 12 },
  { code: '13-17', from: 13, to: 17 },
  { code: '18-24', from: 18, to: 24 },
  { code: '25-44', from: 25, to: 44 },
  { code: '45-59', from: 45, to: 59 },
  { code: '60+', from: 60, to: null },
];

/** IOM CTDC `ageBroad` bands, written as CTDC writes them. */
export const CTDC_AGE_BANDS: readonly AgeBand[] = [
  { code: '0--8', from: 0, to: 8 },
  { code: '9--17', from: 9, to: 17 },
  { code: '18--20', from: 18, to: 20 },
  { code: '21--23', from: 21, to: 23 },
  { code: '24--26', from: 24, to: 26 },
  { code: '27--29', from: 27, to: 29 },
  { code: '30--38', from: 30, to: 38 },
  { code: '39--47', from: 39, to: 47 },
  { code: '48+', from: 48, to: null },
];

/** The band an age falls in, or null when the age is unknown. */
export function ageBand(bands: readonly AgeBand[], age: number | null | undefined): string | null {
  if (age === null || age === undefined) return null;
  return bands.find((b) => age >= b.from && (b.to === null || age <= b.to))?.code ?? null;
}
