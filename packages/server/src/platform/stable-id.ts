import { createHash } from 'node:crypto';

/**
 * A UUID derived from a name (shaped like a version-5 UUID). Reference and demo data use it so
 * that every installation, and every run of the seed, gives the same record the same id.
 */
export function stableId(name: string): string {
  const h = createHash('sha256').update(`sigap:${name}`).digest();
  h[6] = ((h[6] ?? 0) & 0x0f) | 0x50;
  h[8] = ((h[8] ?? 0) & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
