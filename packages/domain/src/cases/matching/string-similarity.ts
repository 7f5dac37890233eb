/**
 * String similarity for name parts. Hand-written rather than a dependency: both are a few lines,
 * the domain package stays free of I/O and packages, and the duplicate search calls them tens of
 * millions of times at a million records, so they avoid allocation on the hot path.
 */

const matchA = new Uint8Array(64);
const matchB = new Uint8Array(64);

/** Jaro–Winkler similarity in [0, 1] (prefix scale 0.1, up to 4 prefix letters). */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  if (la > 64 || lb > 64) return a.slice(0, 64) === b.slice(0, 64) ? 0.95 : 0;
  const range = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  matchA.fill(0, 0, la);
  matchB.fill(0, 0, lb);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const from = Math.max(0, i - range);
    const to = Math.min(lb - 1, i + range);
    const c = a.charCodeAt(i);
    for (let j = from; j <= to; j++) {
      if (matchB[j] === 0 && b.charCodeAt(j) === c) {
        matchA[i] = 1;
        matchB[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let k = 0;
  let halfTranspositions = 0;
  for (let i = 0; i < la; i++) {
    if (matchA[i] === 0) continue;
    while (matchB[k] === 0) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) halfTranspositions++;
    k++;
  }
  const m = matches;
  const jaro = (m / la + m / lb + (m - halfTranspositions / 2) / m) / 3;
  let prefix = 0;
  const maxPrefix = Math.min(4, la, lb);
  while (prefix < maxPrefix && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

const MAX_TYPO_LENGTH = 64;
const rowPrev2 = new Int32Array(MAX_TYPO_LENGTH + 1);
const rowPrev = new Int32Array(MAX_TYPO_LENGTH + 1);
const rowCur = new Int32Array(MAX_TYPO_LENGTH + 1);

/**
 * Optimal-string-alignment distance (Damerau–Levenshtein where a letter pair is swapped at most
 * once): the number of typing slips — a wrong, missing, extra or swapped letter — between two
 * strings. Stops early and answers `limit + 1` once the distance must exceed `limit`.
 */
export function typoDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > limit) return limit + 1;
  if (la > MAX_TYPO_LENGTH || lb > MAX_TYPO_LENGTH) return Math.min(limit + 1, Math.max(la, lb));
  // three rows of the table, reused between calls: the search calls this millions of times
  let prev2 = rowPrev2;
  let prev = rowPrev;
  let cur = rowCur;
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = (prev[j - 1] as number) + (ca === cb ? 0 : 1);
      const del = (prev[j] as number) + 1;
      const ins = (cur[j - 1] as number) + 1;
      if (del < d) d = del;
      if (ins < d) d = ins;
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        const swap = (prev2[j - 2] as number) + 1;
        if (swap < d) d = swap;
      }
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[lb] as number;
}
