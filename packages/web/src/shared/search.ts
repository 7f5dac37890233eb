import { z } from 'zod';

/**
 * Search parameters of list pages. The URL holds them as plain strings (see the router's
 * parseSearch), so a filtered list can be bookmarked and shared; bad values are dropped.
 */
export const page = z.coerce.number().int().min(1).optional().catch(undefined);
export const text = z.string().trim().max(200).optional().catch(undefined);
export const bool = z.enum(['true', 'false']).optional().catch(undefined);
export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values).optional().catch(undefined);
}

export const ListSearch = z.object({ page, q: text });

/** Plain `a=b&c=d` search strings instead of the router's JSON encoding. */
export function parseSearch(search: string): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(search));
}

export function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** The value if it is one of `values` (narrowed to that union), else undefined. */
export function pick<const T extends string>(
  values: readonly T[],
  value: string | undefined,
): T | undefined {
  return values.find((v) => v === value);
}
