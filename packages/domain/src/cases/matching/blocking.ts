import type { PreparedVictim } from './victim-record.js';

/**
 * Blocking: which pairs of records are compared at all. Comparing every pair of a million
 * records is 5·10¹¹ comparisons; instead records are grouped by keys that one person's records
 * very likely share — the NIK or passport, a name part's phonetic key with the birth year, a
 * name part with sex and origin province — and only records sharing a key are compared. A block
 * too large to compare in full (a common name in a big province) is sorted by the whole name and
 * compared within a sliding window (sorted neighbourhood), and one more sorted-neighbourhood pass
 * over all records catches slips that no key shares.
 */
export type BlockingOptions = {
  /** Blocks up to this size are compared in full. */
  maxBlock?: number;
  /** Window of the sorted neighbourhood inside larger blocks. */
  blockWindow?: number;
  /** Window of the sorted-neighbourhood pass over all records. */
  globalWindow?: number;
};

export type BlockingStats = {
  records: number;
  keys: number;
  blocks: number;
  oversizedBlocks: number;
  pairsOffered: number;
};

/** Record indexes share a float64 with the key's 32-bit hash, so one typed-array sort groups them. */
const INDEX_SPAN = 2 ** 21;
export const MAX_BLOCKING_RECORDS = INDEX_SPAN;

export function blockingKeys(v: PreparedVictim): string[] {
  const keys: string[] = [];
  if (v.nik) {
    keys.push(`n${v.nik}`);
    // a 16-digit NIK is region (6), birth date (6), serial (4): a slip in the serial still blocks
    if (v.nik.length === 16) keys.push(`k${v.nik.slice(0, 12)}`);
  }
  if (v.passport) keys.push(`p${v.passport}`);
  const sexProvince = `${v.sex ?? '-'}|${v.province ?? '-'}`;
  const years: string[] = [];
  if (v.yearLo !== null && v.yearHi !== null)
    for (let y = v.yearLo; y <= v.yearHi; y++) years.push(String(y));
  // without a birth year, the same keys with sex and province instead
  const contexts = years.length ? years : [sexProvince];
  for (const part of v.parts) {
    if (part.length < 2) continue;
    for (const y of years) keys.push(`y${part}|${y}`);
    keys.push(`r${part}|${sexProvince}`);
  }
  const first = v.parts.find((p) => p.length >= 4);
  if (first) {
    // a slip in the first name: the name and every form of it with one letter left out
    // (deletion neighbourhood): one wrong, missing, extra or swapped letter leaves a form in common
    for (const c of contexts) {
      keys.push(`d${first}|${c}`);
      for (let i = 0; i < first.length; i++)
        keys.push(`d${first.slice(0, i)}${first.slice(i + 1)}|${c}`);
    }
  }
  const joined = v.parts.join('');
  // names written together or apart, or a second name dropped: the first letters still agree
  if (joined.length >= 5) for (const c of contexts) keys.push(`f${joined.slice(0, 5)}|${c}`);
  return keys;
}

/** The order of the sorted-neighbourhood passes: the name's parts sorted, then the birth year. */
export function neighbourhoodKey(v: PreparedVictim): string {
  const parts = v.parts.filter((p) => p.length > 1).sort();
  return `${parts.join(' ')}|${v.yearLo ?? ''}`;
}

function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Calls `onPair(i, j)` (i < j, indexes into `records`) for every candidate pair. A pair sharing
 * several small blocks is offered once; pairs met in large blocks' windows or the global pass may
 * be offered more than once, so callers keep a set of the pairs they accept.
 */
export function forEachCandidatePair(
  records: readonly PreparedVictim[],
  onPair: (i: number, j: number) => void,
  options: BlockingOptions = {},
): BlockingStats {
  const maxBlock = options.maxBlock ?? 40;
  const blockWindow = options.blockWindow ?? 12;
  const globalWindow = options.globalWindow ?? 5;
  const n = records.length;
  if (n > INDEX_SPAN) throw new Error(`blocking takes at most ${INDEX_SPAN} records at once`);

  // each record's distinct key hashes, ascending (compressed rows: offsets into one array)
  const offsets = new Uint32Array(n + 1);
  let hashes = new Uint32Array(Math.max(16, n * 8));
  let total = 0;
  for (let i = 0; i < n; i++) {
    const own = [...new Set(blockingKeys(records[i] as PreparedVictim).map(hash32))].sort(
      (x, y) => x - y,
    );
    if (total + own.length > hashes.length) {
      const grown = new Uint32Array(Math.max(hashes.length * 2, total + own.length));
      grown.set(hashes);
      hashes = grown;
    }
    for (const h of own) hashes[total++] = h;
    offsets[i + 1] = total;
  }
  const entries = new Float64Array(total);
  for (let i = 0; i < n; i++)
    for (let k = offsets[i] as number; k < (offsets[i + 1] as number); k++)
      entries[k] = (hashes[k] as number) * INDEX_SPAN + i;
  entries.sort();

  const oversized = new Set<number>();
  let blocks = 0;
  for (let s = 0; s < total; ) {
    const h = Math.floor((entries[s] as number) / INDEX_SPAN);
    let e = s + 1;
    while (e < total && Math.floor((entries[e] as number) / INDEX_SPAN) === h) e++;
    if (e - s > 1) blocks++;
    if (e - s > maxBlock) oversized.add(h);
    s = e;
  }
  // beside each record's hashes: whether that block is compared in full (1) or windowed (0)
  const full = new Uint8Array(total);
  for (let k = 0; k < total; k++) full[k] = oversized.has(hashes[k] as number) ? 0 : 1;

  /** True when i and j share a fully compared block other than `h` (and before it). */
  const comparedElsewhere = (i: number, j: number, h: number) => {
    let p = offsets[i] as number;
    let q = offsets[j] as number;
    const pe = offsets[i + 1] as number;
    const qe = offsets[j + 1] as number;
    while (p < pe && q < qe) {
      const x = hashes[p] as number;
      const y = hashes[q] as number;
      if (x === y) {
        if (x < h && full[p] === 1) return true;
        p++;
        q++;
      } else if (x < y) p++;
      else q++;
    }
    return false;
  };

  const sortKeys = records.map(neighbourhoodKey);
  const bySortKey = (x: number, y: number) => {
    const kx = sortKeys[x] as string;
    const ky = sortKeys[y] as string;
    return kx < ky ? -1 : kx > ky ? 1 : x - y;
  };
  // pairs met in several large blocks' windows: a small table of recent offers (a lossy set —
  // a pair pushed out by another is merely compared twice) spares most repeats
  const recent = new Float64Array(1 << 20).fill(-1);
  let offered = 0;
  const offer = (x: number, y: number) => {
    const i = x < y ? x : y;
    const j = x < y ? y : x;
    const key = i * INDEX_SPAN + j;
    const slot = (Math.imul(i, 0x9e3779b1) ^ Math.imul(j, 0x85ebca6b)) >>> 12;
    if (recent[slot] === key) return;
    recent[slot] = key;
    offered++;
    onPair(i, j);
  };

  const members: number[] = [];
  for (let s = 0; s < total; ) {
    const h = Math.floor((entries[s] as number) / INDEX_SPAN);
    members.length = 0;
    let e = s;
    for (; e < total && Math.floor((entries[e] as number) / INDEX_SPAN) === h; e++)
      members.push((entries[e] as number) % INDEX_SPAN);
    s = e;
    if (members.length < 2) continue;
    if (!oversized.has(h)) {
      for (let a = 0; a < members.length; a++)
        for (let b = a + 1; b < members.length; b++) {
          const i = members[a] as number;
          const j = members[b] as number;
          if (!comparedElsewhere(i, j, h)) offer(i, j);
        }
      continue;
    }
    members.sort(bySortKey);
    for (let a = 0; a < members.length; a++)
      for (let b = a + 1; b < Math.min(members.length, a + blockWindow); b++) {
        const i = members[a] as number;
        const j = members[b] as number;
        if (!comparedElsewhere(i, j, Number.POSITIVE_INFINITY)) offer(i, j);
      }
  }

  const order = Array.from({ length: n }, (_, i) => i).sort(bySortKey);
  for (let a = 0; a < n; a++)
    for (let b = a + 1; b < Math.min(n, a + globalWindow); b++) {
      const i = order[a] as number;
      const j = order[b] as number;
      if (!comparedElsewhere(i, j, Number.POSITIVE_INFINITY)) offer(i, j);
    }
  return {
    records: n,
    keys: total,
    blocks,
    oversizedBlocks: oversized.size,
    pairsOffered: offered,
  };
}
