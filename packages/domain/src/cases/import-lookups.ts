import { matchKey } from './import-values.js';
import type { PicklistName } from './picklists.js';

/**
 * How source values find Sigap codes. A value matches a picklist entry by its code, its
 * Indonesian or English label, its HTCDS name, or a common spelling of Indonesian records below,
 * case and punctuation aside. Anything else needs the template's code map.
 */
export type PicklistEntry = {
  list: string;
  code: string;
  labelId: string;
  labelEn: string;
  htcds: string | null;
};

/** Spellings Indonesian files use that are neither our codes nor our labels. */
const VALUE_ALIASES: Partial<Record<PicklistName, Record<string, string>>> = {
  sex: {
    l: 'male',
    lk: 'male',
    laki: 'male',
    lakilaki: 'male',
    pria: 'male',
    m: 'male',
    p: 'female',
    pr: 'female',
    wanita: 'female',
    f: 'female',
    tidakdiketahui: 'unknown',
  },
  trafficking_status: { dugaan: 'possible', diduga: 'possible', korbantppo: 'actual' },
  case_status: { selesai: 'closed', tutup: 'closed', dirujuk: 'closed_referred' },
  disability: { tidak: 'none', tidakada: 'none', no: 'none' },
};

export type PicklistResolver = (list: PicklistName, raw: string) => string | null;

export function picklistResolver(entries: readonly PicklistEntry[]): PicklistResolver {
  const lists = new Map<string, Map<string, string>>();
  const listOf = (name: string) => {
    const m = lists.get(name) ?? new Map<string, string>();
    lists.set(name, m);
    return m;
  };
  for (const [list, aliases] of Object.entries(VALUE_ALIASES))
    for (const [alias, code] of Object.entries(aliases)) listOf(list).set(alias, code);
  // codes win over labels, labels over aliases: set in reverse order of precedence
  for (const e of entries) {
    const m = listOf(e.list);
    for (const key of [e.htcds, e.labelEn, e.labelId]) if (key) m.set(matchKey(key), e.code);
  }
  for (const e of entries) listOf(e.list).set(matchKey(e.code), e.code);
  return (list, raw) => lists.get(list)?.get(matchKey(raw)) ?? null;
}

export type CountryEntry = { code: string; alpha3: string; nameId: string; nameEn: string };
export type CountryResolver = (raw: string) => string | null;

export function countryResolver(countries: readonly CountryEntry[]): CountryResolver {
  const m = new Map<string, string>([
    ['wni', 'ID'],
    ['ri', 'ID'],
  ]);
  for (const c of countries) {
    m.set(matchKey(c.nameEn), c.code);
    m.set(matchKey(c.nameId), c.code);
    m.set(matchKey(c.alpha3), c.code);
  }
  for (const c of countries) m.set(matchKey(c.code), c.code);
  return (raw) => m.get(matchKey(raw)) ?? null;
}

export type UnitEntry = { id: string; name: string };

/** Service units by id or exact name (several units with one name: the name is ambiguous). */
export function serviceUnitResolver(units: readonly UnitEntry[]): (raw: string) => string | null {
  const byName = new Map<string, string | null>();
  const ids = new Set<string>();
  for (const u of units) {
    ids.add(u.id);
    const key = matchKey(u.name);
    byName.set(key, byName.has(key) ? null : u.id);
  }
  return (raw) => {
    const s = raw.trim();
    if (ids.has(s.toLowerCase())) return s.toLowerCase();
    return byName.get(matchKey(s)) ?? null;
  };
}

/** The template's code map with its keys compared as values are: case and punctuation aside. */
export type CompiledCodeMap = Map<string, Map<string, string>>;

export function compileCodeMap(codeMap: Record<string, Record<string, string>>): CompiledCodeMap {
  const out: CompiledCodeMap = new Map();
  for (const [list, pairs] of Object.entries(codeMap))
    out.set(list, new Map(Object.entries(pairs).map(([from, to]) => [matchKey(from), to])));
  return out;
}
