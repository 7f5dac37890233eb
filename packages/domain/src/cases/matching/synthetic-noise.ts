/**
 * How one institution's record of a person differs from another's, for the synthetic test set:
 * typing slips, old spellings, name order, initials, parts left out, titles, bin/binti, names
 * written together. Deterministic given the random source.
 */
export type Random = {
  next(): number;
  chance(p: number): boolean;
  int(lo: number, hi: number): number;
  pick<T>(items: readonly T[]): T;
  /** Like pick, but the first items are the most likely (a list ordered by how common). */
  common<T>(items: readonly T[]): T;
};

/** mulberry32: small, fast, good enough for test data, and the same on every machine. */
export function seededRandom(seed: number): Random {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    chance: (p) => next() < p,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
    common: (items) => items[Math.floor(next() ** 1.8 * items.length)] as (typeof items)[number],
  };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const NEAR_KEYS: Record<string, string> = {
  a: 'sq',
  e: 'wr',
  i: 'uo',
  o: 'ip',
  u: 'yi',
  n: 'bm',
  m: 'n',
  r: 'et',
  t: 'ry',
  s: 'ad',
  h: 'gj',
  k: 'jl',
};

/** One typing slip: a wrong (often neighbouring) letter, a missing or doubled one, or a swap. */
export function typo(word: string, rnd: Random): string {
  if (word.length < 4) return word;
  const i = rnd.int(1, word.length - 2);
  const c = word[i] as string;
  switch (rnd.int(0, 3)) {
    case 0: {
      const near = NEAR_KEYS[c.toLowerCase()] ?? LETTERS;
      return word.slice(0, i) + rnd.pick([...near]) + word.slice(i + 1);
    }
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + c + word.slice(i);
    default:
      return word.slice(0, i) + (word[i + 1] ?? '') + c + word.slice(i + 2);
  }
}

/** Spelled as before the 1972 reform (Suharto → Soeharto, Cahyo → Tjahjo, Yusuf → Jusuf). */
export function oldSpelling(word: string): string {
  return word
    .replace(/u/g, 'oe')
    .replace(/c/g, 'tj')
    .replace(/j/g, 'dj')
    .replace(/y/g, 'j')
    .replace(/kh/g, 'ch')
    .replace(/^U/, 'Oe')
    .replace(/^C/, 'Tj')
    .replace(/^J/, 'Dj')
    .replace(/^Y/, 'J');
}

const MUHAMMAD_FORMS = ['M.', 'Muh.', 'Moh.', 'Mohammad', 'Mochammad', 'Muhamad', 'Mhd.'];

/** A name as another officer wrote it down. `father` is added with bin/binti when given. */
export function noisyName(
  parts: readonly string[],
  rnd: Random,
  opts: { father: string | null; female: boolean; heavy: boolean },
): string {
  let p = [...parts];
  const rate = opts.heavy ? 1 : 0.35;
  if (p.length >= 2 && rnd.chance(0.12 * rate)) p = p.slice(0, -1);
  if (p.length >= 2 && rnd.chance(0.08 * rate)) p = [...p.slice(1), p[0] as string];
  if (rnd.chance(0.12 * rate)) p = p.map((w) => (w === 'Muhammad' ? rnd.pick(MUHAMMAD_FORMS) : w));
  if (p.length >= 2 && rnd.chance(0.05 * rate)) p[0] = `${(p[0] as string)[0]}.`;
  if (rnd.chance(0.1 * rate)) p = p.map(oldSpelling);
  if (rnd.chance(0.2 * rate)) {
    const k = rnd.int(0, p.length - 1);
    p[k] = typo(p[k] as string, rnd);
  }
  if (p.length >= 2 && rnd.chance(0.03 * rate)) {
    const k = rnd.int(0, p.length - 2);
    p = [...p.slice(0, k), `${p[k]}${(p[k + 1] as string).toLowerCase()}`, ...p.slice(k + 2)];
  }
  let name = p.join(' ');
  if (opts.father && rnd.chance(0.45)) name += ` ${opts.female ? 'binti' : 'bin'} ${opts.father}`;
  if (rnd.chance(0.06 * rate))
    name = `${rnd.pick(opts.female ? ['Ibu', 'Sdri.', 'Hj.', 'Nn.'] : ['Bapak', 'Sdr.', 'H.'])} ${name}`;
  if (rnd.chance(0.3)) name = name.toUpperCase();
  return name;
}

/** A birth date with a slip: day and month swapped, or one digit wrong. */
export function birthDateSlip(date: string, rnd: Random): string {
  const [y, m, d] = date.split('-') as [string, string, string];
  if (Number(d) <= 12 && d !== m && rnd.chance(0.5)) return `${y}-${d}-${m}`;
  const day = Math.min(28, Math.max(1, Number(d) + rnd.pick([-10, -1, 1, 10])));
  return `${y}-${m}-${String(day).padStart(2, '0')}`;
}
