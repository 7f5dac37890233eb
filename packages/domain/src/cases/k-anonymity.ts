/**
 * k-anonymity by greedy local suppression, for victim-level open data (the IOM CTDC approach).
 *
 * Each row has quasi-identifiers (QIs): values that, combined, could single a person out to
 * someone who knows them (sex, age band, citizenship, country of exploitation, year, ...). Rows
 * with the same QI values form an equivalence class; the data set is k-anonymous when every class
 * has at least k rows. Here a missing value (`MISSING`, -99 as CTDC writes it) counts as a value
 * of its own, exactly as a reader of the file would group it.
 *
 * Rows of classes smaller than k lose their QIs one step at a time, in a fixed order of how much
 * each QI is worth to analysts (least first), until their class is large enough. Only the rows
 * that need it lose anything; rows in large classes are left whole. Rows whose every QI is
 * suppressed fall into one class; if that class is still smaller than k it is filled up with rows
 * taken from the classes that have rows to spare, so rows are dropped only when the whole data set
 * has fewer than k rows.
 */

export const MISSING = -99;
export type QiValue = string | number;

export type KAnonymityInput = {
  /** Each row's QI values, in the same order for every row. */
  rows: readonly (readonly QiValue[])[];
  k: number;
  /**
   * Suppression steps in order: the QI positions set to MISSING at each step. Together they must
   * cover every position, so that a fully suppressed row carries no QI at all.
   */
  steps: readonly (readonly number[])[];
};

/** Marks a dropped row in `levels`. */
export const DROPPED = 255;

export type KAnonymityResult = {
  /** Per row: how many steps were applied (0…steps.length), or DROPPED. */
  levels: Uint8Array;
  /** Rows dropped (only when there are fewer than k rows in all). */
  dropped: number;
  /** Rows from large classes fully suppressed to complete the class of fully suppressed rows. */
  padded: number;
  /** Per QI position: values that were present and are now MISSING. */
  suppressedValues: number[];
  /** Number of equivalence classes and the smallest one, in the output. */
  classes: number;
  smallestClass: number;
};

function validate(input: KAnonymityInput): number {
  const { rows, k, steps } = input;
  if (!Number.isInteger(k) || k < 1) throw new Error(`k must be a positive integer, got ${k}`);
  if (steps.length >= DROPPED) throw new Error('too many suppression steps');
  const width = rows[0]?.length ?? Math.max(-1, ...steps.flat()) + 1;
  for (const row of rows)
    if (row.length !== width) throw new Error('every row needs the same number of QI values');
  const covered = new Set(steps.flat());
  for (let p = 0; p < width; p++)
    if (!covered.has(p)) throw new Error(`QI position ${p} is in no suppression step`);
  for (const p of covered)
    if (!Number.isInteger(p) || p < 0 || p >= width) throw new Error(`no QI position ${p}`);
  return width;
}

/** For each level, which positions are suppressed. */
function suppressedAt(steps: KAnonymityInput['steps'], width: number): boolean[][] {
  const out: boolean[][] = [new Array<boolean>(width).fill(false)];
  for (const step of steps) {
    const next = [...(out[out.length - 1] as boolean[])];
    for (const p of step) next[p] = true;
    out.push(next);
  }
  return out;
}

/** The QI values of a row once `level` steps are applied. */
export function qiAtLevel(
  row: readonly QiValue[],
  level: number,
  steps: KAnonymityInput['steps'],
): QiValue[] {
  const out = [...row];
  for (let s = 0; s < level && s < steps.length; s++)
    for (const p of steps[s] as readonly number[]) out[p] = MISSING;
  return out;
}

const SEP = '\u0001';
/** A class key: numbers and strings kept apart (5 is not "5"), a suppressed value is MISSING. */
const keyOf = (row: readonly QiValue[], hide: readonly boolean[]) =>
  row
    .map((v, p) => {
      const x = hide[p] ? MISSING : v;
      return typeof x === 'number' ? `#${x}` : x;
    })
    .join(SEP);

function classSizes(keys: readonly string[], levels: Uint8Array): Map<string, number> {
  const sizes = new Map<string, number>();
  keys.forEach((key, i) => {
    if (levels[i] !== DROPPED) sizes.set(key, (sizes.get(key) ?? 0) + 1);
  });
  return sizes;
}

export function kAnonymise(input: KAnonymityInput): KAnonymityResult {
  const width = validate(input);
  const { rows, k, steps } = input;
  const full = steps.length;
  const hideAt = suppressedAt(steps, width);
  const levels = new Uint8Array(rows.length);
  const keys = rows.map((row) => keyOf(row, hideAt[0] as boolean[]));
  let dropped = 0;
  let padded = 0;

  if (rows.length > 0 && rows.length < k) {
    // no class can reach k: nothing of this data set can be published
    levels.fill(DROPPED);
    dropped = rows.length;
  } else {
    for (let changed = true; changed; ) {
      changed = false;
      const sizes = classSizes(keys, levels);
      for (let i = 0; i < rows.length; i++) {
        const level = levels[i] as number;
        if ((sizes.get(keys[i] as string) ?? 0) >= k || level >= full) continue;
        levels[i] = level + 1;
        keys[i] = keyOf(rows[i] as QiValue[], hideAt[level + 1] as boolean[]);
        changed = true;
      }
    }
    const fullKey = keyOf(new Array<QiValue>(width).fill(MISSING), hideAt[full] as boolean[]);
    padded = fillFullySuppressedClass(keys, levels, k, fullKey, full);
  }

  const suppressedValues = new Array<number>(width).fill(0);
  rows.forEach((row, i) => {
    const level = levels[i] as number;
    if (level === DROPPED || level === 0) return;
    const hide = hideAt[level] as boolean[];
    row.forEach((v, p) => {
      if (hide[p] && v !== MISSING) suppressedValues[p] = (suppressedValues[p] ?? 0) + 1;
    });
  });
  const sizes = classSizes(keys, levels);
  let smallestClass = 0;
  for (const n of sizes.values()) if (smallestClass === 0 || n < smallestClass) smallestClass = n;
  return { levels, dropped, padded, suppressedValues, classes: sizes.size, smallestClass };
}

/**
 * After the greedy pass only fully suppressed rows can sit in a class below k (they all share one
 * key). Completes that class with rows from classes larger than k (their surplus), or, when the
 * surplus is too small, with the whole of the smallest class. Returns how many rows it moved.
 */
function fillFullySuppressedClass(
  keys: string[],
  levels: Uint8Array,
  k: number,
  fullKey: string,
  full: number,
): number {
  const sizes = classSizes(keys, levels);
  const have = sizes.get(fullKey) ?? 0;
  if (have === 0 || have >= k) return 0;
  const members = new Map<string, number[]>();
  keys.forEach((key, i) => {
    if (key === fullKey || levels[i] === DROPPED) return;
    const list = members.get(key);
    if (list) list.push(i);
    else members.set(key, [i]);
  });
  const donors = [...members.entries()].sort((a, b) => b[1].length - a[1].length);
  const surplus = donors.reduce((n, [, list]) => n + Math.max(0, list.length - k), 0);
  let need = k - have;
  const move = (i: number) => {
    levels[i] = full;
    keys[i] = fullKey;
  };
  if (surplus >= need) {
    for (const [, list] of donors) {
      // the last rows of the class go: the order of the input decides, deterministically
      for (let take = Math.min(list.length - k, need); take > 0; take--, need--)
        move(list.pop() as number);
      if (need === 0) break;
    }
    return k - have;
  }
  // not enough to spare anywhere: the smallest class joins the fully suppressed one whole
  const smallest = donors[donors.length - 1];
  if (!smallest) throw new Error('unreachable: at least k rows but no other class');
  for (const i of smallest[1]) move(i);
  return smallest[1].length;
}
