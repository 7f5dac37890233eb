import { z } from 'zod';

/** A calendar date as YYYY-MM-DD; legal bases and validity ranges are dates, not instants. */
export const IsoDate = z.iso.date();

/** A validity range where `to` (exclusive) may be open. */
export function rangeOk(from: string, to: string | null | undefined): boolean {
  return !to || to > from;
}

/** True when the range [from, to) covers the date. */
export function validOn(from: string, to: string | null, date: string): boolean {
  return from <= date && (to === null || date < to);
}
