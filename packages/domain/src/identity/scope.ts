import { z } from 'zod';
import { regionLevelOfCode } from '../regions/codes.js';

/** Where a user works: the whole country, one province, or one kabupaten/kota. */
export const SCOPE_LEVELS = ['national', 'province', 'regency'] as const;
export type ScopeLevel = (typeof SCOPE_LEVELS)[number];

export type Scope =
  | { level: 'national'; regionCode: null }
  | { level: 'province'; regionCode: string }
  | { level: 'regency'; regionCode: string };

export const ScopeSchema = z.object({
  level: z.enum(SCOPE_LEVELS),
  regionCode: z.string().nullable(),
});

export function makeScope(level: ScopeLevel, regionCode: string | null): Scope {
  switch (level) {
    case 'national':
      return { level, regionCode: null };
    case 'province':
    case 'regency':
      if (!regionCode) throw new Error(`scope ${level} needs a region code`);
      return { level, regionCode };
  }
}

/** True when the region code (or a region under it) lies inside the scope. */
export function regionInScope(scope: Scope, regionCode: string): boolean {
  if (scope.level === 'national') return true;
  return regionCode === scope.regionCode || regionCode.startsWith(`${scope.regionCode}.`);
}

/**
 * A record placed at a region is visible when it lies inside the scope, or when it belongs to a
 * level above the user's own (the national task force, the user's own province): a district task
 * force needs to know its parents, but never sees another district's records.
 */
export function recordVisibleInScope(scope: Scope, recordRegionCode: string | null): boolean {
  if (recordRegionCode === null) return true;
  if (regionInScope(scope, recordRegionCode)) return true;
  return scope.regionCode?.startsWith(`${recordRegionCode}.`) ?? false;
}

/**
 * True when a user with this scope may change a record placed at the region: national users
 * anything, regional users only what lies inside their region. Records above them (the national
 * task force, a national K/L) are visible to them but not theirs to change.
 */
export function mayManageAt(scope: Scope, recordRegionCode: string | null): boolean {
  if (scope.level === 'national') return true;
  return recordRegionCode !== null && regionInScope(scope, recordRegionCode);
}

/** True when scope `inner` lies wholly inside scope `outer` (used when granting scopes). */
export function scopeWithin(inner: Scope, outer: Scope): boolean {
  if (outer.level === 'national') return true;
  if (inner.level === 'national') return false;
  return regionInScope(outer, inner.regionCode);
}

export function scopeRegionMatchesLevel(level: ScopeLevel, regionCode: string | null): boolean {
  if (level === 'national') return regionCode === null;
  if (!regionCode) return false;
  const regionLevel = regionLevelOfCode(regionCode);
  return level === 'province' ? regionLevel === 'province' : regionLevel === 'regency';
}
