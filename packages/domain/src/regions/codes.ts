/** Kemendagri region codes: PP, PP.KK, PP.KK.CC, PP.KK.CC.DDDD (domain.md §5). */
export const REGION_LEVELS = ['province', 'regency', 'district', 'village'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

const PATTERNS: Array<[RegionLevel, RegExp]> = [
  ['province', /^\d{2}$/],
  ['regency', /^\d{2}\.\d{2}$/],
  ['district', /^\d{2}\.\d{2}\.\d{2}$/],
  ['village', /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/],
];

export const REGION_CODE_PATTERN = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

export function regionLevelOfCode(code: string): RegionLevel | null {
  for (const [level, re] of PATTERNS) if (re.test(code)) return level;
  return null;
}

export function parentRegionCode(code: string): string | null {
  const i = code.lastIndexOf('.');
  return i < 0 ? null : code.slice(0, i);
}

/** Kabupaten or kota: kota codes are 71 and above (Kemendagri convention). */
export function regencyKind(code: string): 'kabupaten' | 'kota' | null {
  if (regionLevelOfCode(code) !== 'regency') return null;
  return Number(code.slice(3, 5)) >= 71 ? 'kota' : 'kabupaten';
}
