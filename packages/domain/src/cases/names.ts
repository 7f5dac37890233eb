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
  'kh',
  'ust',
  'ustadz',
  'ustadzah',
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
  'saudara',
  'saudari',
  'tn',
  'tuan',
  'ny',
  'nyonya',
  'nn',
  'nona',
  'an',
  'almarhum',
  'almarhumah',
  'alm',
  'almh',
]);
const PARTICLES = new Set(['bin', 'binti', 'bt', 'bte', 'als', 'alias']);

/**
 * Written forms of the same given name that no letter rule folds (abbreviations included):
 * keyed by the folded spelling, valued by the one key all of them share.
 */
const NAME_VARIANTS: Record<string, string> = {};
for (const [key, forms] of Object.entries({
  muhamad: [
    'mohamad',
    'muhamed',
    'mohamed',
    'mokhamad',
    'mukhamad',
    'muhamat',
    'mohamat',
    'mohd',
    // "Muh." and "Moh." fold to these (a final h is dropped)
    'mu',
    'mo',
    'mhd',
    'mokh',
    'md',
  ],
  ahmad: ['akhmad', 'ahmat', 'akhmat', 'amad'],
  abdul: ['abd'],
})) {
  for (const f of forms) NAME_VARIANTS[f] = key;
}

/** Lower case, no accents or punctuation, no titles or bin/binti; parts in their written order. */
export function nameParts(name: string): string[] {
  return words(name).filter((p) => !TITLES.has(p) && !PARTICLES.has(p));
}

const PATRONYMIC = new Set(['bin', 'binti', 'bt', 'bte']);

/**
 * The name split at bin/binti: the person's own names, and the father's after the particle
 * ("Siti Aminah binti Yusuf" → own [siti, aminah], father [yusuf]). Matching compares the two
 * separately: siblings share the father's name, and one record may leave it out.
 */
export function nameSegments(name: string): { own: string[]; father: string[] } {
  const own: string[] = [];
  const father: string[] = [];
  let target = own;
  for (const w of words(name)) {
    if (PATRONYMIC.has(w)) target = father;
    else if (!TITLES.has(w) && !PARTICLES.has(w)) target.push(w);
  }
  return { own, father };
}

function words(name: string): string[] {
  const plain = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // "S.Pd." and "A.Md" are single titles: join their letters, but leave "M.Ali" two parts
    .replace(/\b([a-z])\.([a-z]{1,3})\b\.?/g, (_whole, a: string, b: string) =>
      TITLES.has(a + b) ? a + b : `${a} ${b}`,
    )
    .replace(/[^a-z\s]/g, ' ');
  return plain.split(/\s+/).filter((p) => p.length > 0);
}

/** The order-free normal form: parts sorted, so "Siti Aminah" and "Aminah Siti" agree. */
export function normaliseName(name: string): string {
  return nameParts(name).sort().join(' ');
}

/**
 * Phonetic key of one name part: old Dutch-era spellings, doubled letters and the usual
 * regional letter swaps (q/k, v/f, th/t, dh/d) folded, then well-known variants of one given
 * name (Mohammad, Muh., Mhd → Muhammad) mapped to one key. Blind indexes use it, so a change
 * here needs the indexes rebuilt.
 */
export function phoneticKey(part: string): string {
  const folded = part
    .replace(/oe/g, 'u')
    .replace(/dj/g, 'j')
    .replace(/tj/g, 'c')
    .replace(/sj/g, 'sy')
    .replace(/ch/g, 'kh')
    .replace(/nj/g, 'ny')
    .replace(/ph/g, 'f')
    .replace(/([td])h/g, '$1')
    .replace(/q/g, 'k')
    .replace(/v/g, 'f')
    // pre-1972 "j" was today's "y" (Jusuf/Yusuf) while "dj" became "j": fold all three together
    .replace(/[jy]/g, 'i')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/h$/, '');
  return NAME_VARIANTS[folded] ?? folded;
}

/** Identity documents compared as digits and letters only. */
export function normaliseDocumentNumber(value: string): string {
  return value.toUpperCase().replace(/[^0-9A-Z]/g, '');
}
