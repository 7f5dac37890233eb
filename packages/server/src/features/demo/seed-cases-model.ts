import type { PersonIdentity } from '../cases/person-crypto.js';
import type { Reporter } from './demo-cases-data.js';
import type { Weighted } from './demo-cases-data-places.js';
import type { Random } from './seed-plans-random.js';

/**
 * The synthetic registry in memory, before it is sealed and written: plain values, so the
 * generator is pure and deterministic and only the writer touches keys and the database.
 */
export type DemoVerification = {
  state: 'unverified' | 'verified' | 'rejected';
  reason: string | null;
};

export type DemoPerson = {
  role: 'victim' | 'perpetrator' | 'witness';
  identity: PersonIdentity;
  sex: string | null;
  birthYear: number | null;
  age: number | null;
  minor: boolean | null;
  citizenship: string | null;
  disability: string | null;
  homeRegion: string | null;
  traffickingStatus: string | null;
  decidedBy: string | null;
  relation: string | null;
  perpetratorRoles: string[];
  perpetratorKind: string | null;
  sourceRecordId: string | null;
};

export type DemoService = {
  type: string;
  unitId: string | null;
  region: string | null;
  status: 'planned' | 'in_progress' | 'completed' | 'cancelled';
  startedOn: string | null;
  endedOn: string | null;
};

export type DemoReferral = {
  fromUnitId: string | null;
  toUnitId: string;
  fromRegion: string | null;
  toRegion: string;
  services: string[];
  reason: string;
  status: 'sent' | 'accepted' | 'declined' | 'completed';
  declineReason: string | null;
  sentOn: string;
  respondedOn: string | null;
  completedOn: string | null;
  /** The receiving region's demo account answers in the demo (petugas@ for Kota Kupang). */
  responder: string | null;
};

export type DemoConsent = { kind: string; given: boolean; on: string };

export type DemoVictim = DemoPerson & {
  services: DemoService[];
  consents: DemoConsent[];
  /** Index into `consents` of the sharing consent the referral rests on. */
  referral: (DemoReferral & { consent: number }) | null;
};

export type DemoEvent = {
  type: 'recruitment' | 'transit' | 'exploitation';
  on: string | null;
  region: string | null;
  country: string;
};

export type DemoLegalStep = {
  step: string;
  on: string;
  institution: string;
  reference: string | null;
  sentenceMonths: number | null;
  amount: number | null;
};

export type DemoCase = {
  key: string;
  year: number;
  reporter: Reporter;
  institution: string;
  unitId: string | null;
  region: string | null;
  reportedOn: string;
  source: string;
  status: string;
  modus: string;
  exploitation: readonly string[];
  means: string[];
  summary: string;
  origin: string;
  /** Country of exploitation (`ID` for domestic) and the domestic region when there is one. */
  country: string;
  destRegion: string | null;
  events: DemoEvent[];
  victims: DemoVictim[];
  others: DemoPerson[];
  legal: DemoLegalStep[];
  verification: DemoVerification;
  verifier: string | null;
  sourceSystem: string | null;
  sourceRecordId: string | null;
};

export function pickWeighted<T>(rng: Random, items: Weighted<T>): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let x = rng.next() * total;
  for (const [item, w] of items) {
    x -= w;
    if (x < 0) return item;
  }
  const last = items[items.length - 1];
  if (!last) throw new Error('pick from an empty list');
  return last[0];
}

/** Up to `n` distinct items, in list order. */
export function sample<T>(rng: Random, items: readonly T[], n: number): T[] {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(n, items.length)) chosen.add(rng.int(0, items.length - 1));
  return [...chosen].sort((a, b) => a - b).map((i) => items[i] as T);
}

export function shuffle<T>(rng: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

/**
 * Calendar arithmetic of the generator through a table of days (1940–2030): the seed does some
 * 150,000 date steps, and building a Date for each cost more than all the rest of the generator.
 */
const FIRST_DAY = Date.UTC(1940, 0, 1);
const DAY_MS = 86_400_000;
const DAYS: string[] = [];
const DAY_NUMBER = new Map<string, number>();
for (let t = FIRST_DAY, n = 0; t < Date.UTC(2031, 0, 1); t += DAY_MS, n++) {
  const iso = new Date(t).toISOString().slice(0, 10);
  DAYS.push(iso);
  DAY_NUMBER.set(iso, n);
}

function dayNumber(iso: string): number {
  const n = DAY_NUMBER.get(iso);
  if (n === undefined) throw new Error(`demo date out of range: ${iso}`);
  return n;
}

export function plusDays(iso: string, days: number): string {
  const d = DAYS[dayNumber(iso) + days];
  if (d === undefined) throw new Error(`demo date out of range: ${iso} + ${days}`);
  return d;
}

export const daysFrom = (from: string, to: string) => dayNumber(to) - dayNumber(from);

/** A day of the year, never after `asOf`. */
export function dayIn(rng: Random, year: number, asOf: string): string {
  const last = `${year}-12-31` < asOf ? `${year}-12-31` : asOf;
  return plusDays(`${year}-01-01`, rng.int(0, daysFrom(`${year}-01-01`, last)));
}

export const earlier = (a: string, b: string) => (a < b ? a : b);

export const provinceOf = (region: string) => region.slice(0, 2);

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
export const romanMonth = (iso: string) => ROMAN[Number(iso.slice(5, 7)) - 1] ?? 'I';
