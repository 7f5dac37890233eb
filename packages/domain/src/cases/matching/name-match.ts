import { jaroWinkler, typoDistance } from './string-similarity.js';

/**
 * Comparison of two names given as phonetic keys of their parts (names.ts), tolerant of what
 * differs between institutions' records of one person: order of parts, old spellings (already
 * folded by the keys), typing slips, initials ("M. Rizki"), a second name left out or a single
 * name (mononym) only, and parts written together or apart ("Nur Aini" / "Nuraini").
 */
export type NameLevel = 'exact' | 'near' | 'subset' | 'conflict' | 'different';

export type NameComparison = {
  level: NameLevel;
  /** Aligned parts that agree exactly, with a typing slip, or as an initial. */
  exact: number;
  typo: number;
  initial: number;
  /** Aligned parts that clearly differ (a different given name: siblings share the rest). */
  differ: number;
  /** Parts of the longer name with no counterpart in the shorter one. */
  extra: number;
  reordered: boolean;
  joined: boolean;
  /** Bit i set: part i of the first name agrees exactly / with a slip (their rarity weighs). */
  exactMask: number;
  typoMask: number;
};

/** One side of a name comparison: phonetic keys, the same parts as written, and the keys joined. */
export type NameSide = { keys: readonly string[]; written: readonly string[]; joined?: string };

const isInitial = (p: string) => p.length === 1;

/**
 * Part-to-part similarity: 1 same phonetic key, 0.9+ a typing slip (in the key or as written:
 * a slip can break a spelling rule, "Mone"/"Mnoe"), 0.85 an initial, lower otherwise.
 */
export function partSimilarity(p: string, q: string, pWritten = p, qWritten = q): number {
  if (p === q) return 1;
  if (isInitial(p) || isInitial(q)) return p[0] === q[0] ? 0.85 : 0;
  const shorter = Math.min(p.length, q.length);
  // one slip in a name of 3+ letters, two in a long one: still the same written name
  let slips = typoDistance(p, q, 2);
  if (slips > 1 && (pWritten !== p || qWritten !== q))
    slips = Math.min(slips, typoDistance(pWritten, qWritten, 2));
  if ((slips === 1 && shorter >= 3) || (slips === 2 && shorter >= 8)) return 0.92;
  // how unlike two differing parts are does not change the verdict: only a near miss (two slips
  // in a shorter name) is worth the Jaro–Winkler test
  if (slips > 2 || shorter < 5) return 0;
  return jaroWinkler(p, q) >= 0.93 ? 0.91 : 0.5;
}

const AGREE = 0.85;
const EMPTY: NameComparison = {
  level: 'different',
  exact: 0,
  typo: 0,
  initial: 0,
  differ: 0,
  extra: 0,
  reordered: false,
  joined: false,
  exactMask: 0,
  typoMask: 0,
};
/** A fresh result to pass as `into` (the search reuses one instead of allocating per pair). */
export const emptyNameComparison = (): NameComparison => ({ ...EMPTY });

const MAX_PARTS = 8;
const sims = new Float64Array(MAX_PARTS * MAX_PARTS);
const matchOfA = new Int8Array(MAX_PARTS);
const simOfA = new Float64Array(MAX_PARTS);

/**
 * Aligns each part of the shorter name with its most similar part of the other (greedy, best
 * first, each part used once) and classifies the pair of names. Null when either is empty.
 */
export function compareNameParts(
  sideA: NameSide,
  sideB: NameSide,
  into?: NameComparison,
): NameComparison | null {
  const la = Math.min(MAX_PARTS, sideA.keys.length);
  const lb = Math.min(MAX_PARTS, sideB.keys.length);
  if (la === 0 || lb === 0) return null;
  const a = sideA.keys;
  const b = sideB.keys;
  for (let i = 0; i < la; i++)
    for (let j = 0; j < lb; j++)
      sims[i * MAX_PARTS + j] = partSimilarity(
        a[i] as string,
        b[j] as string,
        sideA.written[i],
        sideB.written[j],
      );
  matchOfA.fill(-1);
  let usedA = 0;
  let usedB = 0;
  for (let k = Math.min(la, lb); k > 0; k--) {
    let bi = -1;
    let bj = -1;
    let best = -1;
    for (let i = 0; i < la; i++) {
      if (usedA & (1 << i)) continue;
      for (let j = 0; j < lb; j++) {
        if (usedB & (1 << j)) continue;
        const s = sims[i * MAX_PARTS + j] as number;
        if (s > best) {
          best = s;
          bi = i;
          bj = j;
        }
      }
    }
    usedA |= 1 << bi;
    usedB |= 1 << bj;
    matchOfA[bi] = bj;
    simOfA[bi] = best;
  }
  const c: NameComparison = into ?? { ...EMPTY };
  c.level = 'different';
  c.exact = 0;
  c.typo = 0;
  c.initial = 0;
  c.differ = 0;
  c.extra = Math.abs(la - lb);
  c.reordered = false;
  c.joined = false;
  c.exactMask = 0;
  c.typoMask = 0;
  let lastJ = -1;
  for (let i = 0; i < la; i++) {
    const j = matchOfA[i] as number;
    if (j < 0) continue;
    const s = simOfA[i] as number;
    if (s === 1) {
      c.exact++;
      c.exactMask |= 1 << i;
    } else if (s >= 0.9) {
      c.typo++;
      c.typoMask |= 1 << i;
    } else if (s >= AGREE) c.initial++;
    else {
      c.differ++;
      continue;
    }
    if (j < lastJ) c.reordered = true;
    lastJ = j;
  }
  if (c.differ > 0 || c.exact + c.typo === 0) {
    // "Nur Aini" / "Nuraini": the same letters written together or apart
    const ja = sideA.joined ?? a.join('');
    const jb = sideB.joined ?? b.join('');
    if (ja.length >= 5 && typoDistance(ja, jb, 1) <= 1) {
      c.joined = true;
      c.differ = 0;
      c.extra = 0;
      c.level = 'near';
      return c;
    }
  }
  // an initial alone agrees with any name of that letter: it is no evidence by itself
  if (c.exact + c.typo === 0) c.level = 'different';
  else if (c.differ > 0) c.level = 'conflict';
  else if (c.extra > 0) c.level = 'subset';
  else if (c.typo + c.initial > 0) c.level = 'near';
  else c.level = 'exact';
  return c;
}
