import type { AlignmentRegion, AlignmentView } from './types.js';

type RegionRef = AlignmentView['withoutRad'][number];

/** One province with its kabupaten/kota: the alignment view's unit of display and paging. */
export type ProvinceGroup = {
  code: string;
  name: string;
  /** Null when the user's scope is one kabupaten/kota and the province itself is out of sight. */
  province: AlignmentRegion | null;
  /** Kabupaten/kota that have a RAD for the RAN's period. */
  regencies: AlignmentRegion[];
  regenciesWithoutRad: RegionRef[];
};

/** `provinceNames` names a province whose own row is out of the user's scope. */
export function groupByProvince(
  view: AlignmentView,
  provinceNames: ReadonlyMap<string, string> = new Map(),
): ProvinceGroup[] {
  const groups = new Map<string, ProvinceGroup>();
  const group = (code: string) => {
    const key = code.slice(0, 2);
    let g = groups.get(key);
    if (!g) {
      g = { code: key, name: '', province: null, regencies: [], regenciesWithoutRad: [] };
      groups.set(key, g);
    }
    return g;
  };
  for (const r of view.regions) {
    const g = group(r.code);
    if (r.level === 'province') g.province = r;
    else g.regencies.push(r);
  }
  for (const r of view.withoutRad)
    if (r.level === 'regency') group(r.code).regenciesWithoutRad.push(r);
  for (const g of groups.values()) g.name = g.province?.name ?? provinceNames.get(g.code) ?? g.code;
  return [...groups.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** A province "has a RAD" by its own; without the province in sight, by its kabupaten/kota. */
export function groupHasRad(g: ProvinceGroup): boolean {
  return g.province ? g.province.rads.length > 0 : g.regencies.some((r) => r.rads.length > 0);
}

export function groupMatches(g: ProvinceGroup, needle: string): boolean {
  const names = [g, ...g.regencies, ...g.regenciesWithoutRad, ...(g.province ? [g.province] : [])];
  return names.some((r) => r.name.toLowerCase().includes(needle) || r.code.startsWith(needle));
}

export function alignmentTotals(view: AlignmentView) {
  const provinces = view.regions.filter((r) => r.level === 'province');
  const regenciesWith = view.regions.filter((r) => r.level === 'regency' && r.rads.length > 0);
  const regenciesWithout = view.withoutRad.filter((r) => r.level === 'regency');
  return {
    activities: view.ranActivities.length,
    provinces: provinces.length,
    provincesWithRad: provinces.filter((r) => r.rads.length > 0).length,
    regencies: regenciesWith.length + regenciesWithout.length,
    regenciesWithRad: regenciesWith.length,
    withoutRad: view.withoutRad.length,
  };
}
