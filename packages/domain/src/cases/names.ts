/**
 * Name normalisation for Indonesian names, shared by blind indexes (search) and duplicate
 * matching. Records of one person differ in case, punctuation, titles (H., Hj., Dr., S.Pd.),
 * patronymic particles (bin, binti), order of name parts and old spellings (Soeharto/Suharto,
 * Djoko/Joko, Tjahjo/Cahyo): the normal form removes the first four, the phonetic key the last.
 */
const TITLES = new Set([
  'h',
  'hj',
  'haji',
  'hajjah',
  'dr',
  'drs',
  'dra',
  'ir',
  'prof',
  'st',
  'sh',
  'se',
  'spd',
  'sag',
  'skm',
  'skom',
  'sked',
  'ssos',
  'amd',
  'mm',
  'mh',
  'msi',
  'mpd',
  'bapak',
  'pak',
  'ibu',
  'bu',
  'sdr',
  'sdri',
  'tn',
  'ny',
  'nn',
  'an',
  'almarhum',
  'alm',
  'almh',
]);
const PARTICLES = new Set(['bin', 'binti', 'bt', 'bte', 'als', 'alias']);

/** Lower case, no accents or punctuation, no titles or bin/binti; parts in their written order. */
export function nameParts(name: string): string[] {
  const plain = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // "S.Pd." and "A.Md" are single titles: drop the dots inside before splitting
    .replace(/\b([a-z])\.(?=[a-z]{1,3}\b\.?)/g, '$1')
    .replace(/[^a-z\s]/g, ' ');
  return plain.split(/\s+/).filter((p) => p.length > 0 && !TITLES.has(p) && !PARTICLES.has(p));
}

/** The order-free normal form: parts sorted, so "Siti Aminah" and "Aminah Siti" agree. */
export function normaliseName(name: string): string {
  return nameParts(name).sort().join(' ');
}

/** Phonetic key of one name part: old Dutch-era spellings and doubled letters folded. */
export function phoneticKey(part: string): string {
  return (
    part
      .replace(/oe/g, 'u')
      .replace(/dj/g, 'j')
      .replace(/tj/g, 'c')
      .replace(/sj/g, 'sy')
      .replace(/ch/g, 'kh')
      .replace(/nj/g, 'ny')
      // pre-1972 "j" was today's "y" (Jusuf/Yusuf) while "dj" became "j": fold all three together
      .replace(/[jy]/g, 'i')
      .replace(/([a-z])\1+/g, '$1')
      .replace(/h$/, '')
  );
}

/** Identity documents compared as digits and letters only. */
export function normaliseDocumentNumber(value: string): string {
  return value.toUpperCase().replace(/[^0-9A-Z]/g, '');
}
