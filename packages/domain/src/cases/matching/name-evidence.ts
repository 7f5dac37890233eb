import type { MatchEvidence } from './evidence.js';
import { NAME_WEIGHTS as N } from './match-weights.js';
import { compareNameParts, type NameComparison } from './name-match.js';
import type { PreparedVictim } from './victim-record.js';

/**
 * How common name parts are among the records searched: `of(key)` is the share of records with
 * that part, `typical` the share of the part a record typically carries. Agreeing on a rarer part
 * than typical weighs more, on a commoner one less (term-frequency adjustment).
 */
export type PartFrequency = { of(key: string): number; typical: number };

/** Bits by which agreeing on these parts (bit mask over `parts`) is rarer than on typical ones. */
function rarity(parts: readonly string[], mask: number, share: number, f: PartFrequency) {
  const typical = -Math.log2(f.typical);
  let bits = 0;
  for (let i = 0; mask >> i; i++)
    if (mask & (1 << i))
      bits += share * (-Math.log2(Math.max(f.of(parts[i] as string), 1e-9)) - typical);
  return bits;
}

/** The name's weight: by level, more for each further agreeing part, adjusted by rarity. */
export function nameWeight(
  c: NameComparison,
  parts: readonly string[],
  frequency: PartFrequency | undefined,
): number {
  let w: number;
  if (c.level === 'conflict') w = N.conflictPart * c.differ;
  else if (c.level === 'different') w = N.different;
  else {
    const adjust = frequency
      ? Math.min(
          N.rarityMax,
          Math.max(
            N.rarityMin,
            rarity(parts, c.exactMask, 1, frequency) +
              rarity(parts, c.typoMask, N.typoShare, frequency),
          ),
        )
      : 0;
    const more = N.morePartsBits * Math.max(0, c.exact + c.typo - 1);
    const base = c.level === 'exact' ? N.exact : c.level === 'near' ? N.near : N.subset;
    w = base + more + adjust + (c.level === 'subset' ? N.extraPart * c.extra : 0);
  }
  return Math.min(N.max, Math.max(N.min, w));
}

/** Compares the persons' own names; `into` is reused by the search's inner loop. */
export function compareNames(
  a: PreparedVictim,
  b: PreparedVictim,
  into?: NameComparison,
): NameComparison | null {
  return compareNameParts(
    { keys: a.parts, written: a.written, joined: a.joined },
    { keys: b.parts, written: b.written, joined: b.joined },
    into,
  );
}

/** The father's name after bin/binti: siblings share it, and many records leave it out. */
export function fatherLevel(a: PreparedVictim, b: PreparedVictim): 'missing' | 'same' | 'differ' {
  if (a.father.length === 0 || b.father.length === 0) return 'missing';
  const c = compareNameParts(
    { keys: a.father, written: a.father },
    { keys: b.father, written: b.father },
  );
  return c && c.level !== 'conflict' && c.level !== 'different' ? 'same' : 'differ';
}

/** "2 sama, 1 salah ketik, 1 inisial" — counts only, never the names themselves. */
function partsSummary(c: NameComparison) {
  const id: string[] = [];
  const en: string[] = [];
  const counts: Array<[number, string, string]> = [
    [c.exact, 'bagian sama', 'part(s) agree'],
    [c.typo, 'mirip (salah ketik)', 'similar (typing slip)'],
    [c.initial, 'sebagai inisial', 'as an initial'],
    [c.differ, 'berbeda', 'differ'],
    [c.extra, 'hanya di satu catatan', 'in one record only'],
  ];
  for (const [n, textId, textEn] of counts)
    if (n > 0) {
      id.push(`${n} ${textId}`);
      en.push(`${n} ${textEn}`);
    }
  if (c.reordered) {
    id.push('urutan berbeda');
    en.push('in a different order');
  }
  return { id: id.join(', '), en: en.join(', ') };
}

/** The reviewer's line for the name. */
export function describeName(c: NameComparison | null, weight: number): MatchEvidence {
  if (!c)
    return {
      field: 'name',
      outcome: 'missing',
      weight: 0,
      detail: { id: 'Nama tidak tercatat di salah satu catatan', en: 'Name missing in a record' },
    };
  const s = partsSummary(c);
  const line = (outcome: MatchEvidence['outcome'], id: string, en: string): MatchEvidence => ({
    field: 'name',
    outcome,
    weight,
    detail: { id, en },
  });
  switch (c.level) {
    case 'exact':
      return line(
        'match',
        `Nama sama (ejaan lama/baru disamakan)${c.reordered ? ', urutan berbeda' : ''}`,
        `Same name (old and new spellings folded)${c.reordered ? ', in a different order' : ''}`,
      );
    case 'near':
      return c.joined
        ? line('partial', 'Nama sama, ditulis digabung/dipisah', 'Same name written together/apart')
        : line('partial', `Nama mirip: ${s.id}`, `Similar name: ${s.en}`);
    case 'subset':
      return line(
        'partial',
        `Nama satu catatan lebih pendek (nama tunggal atau bagian dihilangkan): ${s.id}`,
        `One record has a shorter name (single name or a part left out): ${s.en}`,
      );
    case 'conflict':
      return line(
        'mismatch',
        `Sebagian nama sama, bagian lain berbeda (mungkin saudara): ${s.id}`,
        `Some name parts agree, others differ (siblings?): ${s.en}`,
      );
    case 'different':
      return line('mismatch', 'Nama berbeda', 'Different names');
  }
}

export function describeFather(
  level: 'missing' | 'same' | 'differ',
  weight: number,
): MatchEvidence {
  switch (level) {
    case 'missing':
      return {
        field: 'father',
        outcome: 'missing',
        weight,
        detail: {
          id: 'Nama ayah (bin/binti) tidak ada di salah satu catatan',
          en: "Father's name (bin/binti) missing in a record",
        },
      };
    case 'same':
      return {
        field: 'father',
        outcome: 'match',
        weight,
        detail: { id: 'Nama ayah (bin/binti) sama', en: "Same father's name (bin/binti)" },
      };
    case 'differ':
      return {
        field: 'father',
        outcome: 'mismatch',
        weight,
        detail: { id: 'Nama ayah (bin/binti) berbeda', en: "Different father's name (bin/binti)" },
      };
  }
}
