import { z } from 'zod';
import { bool, oneOf } from '../../shared/search.js';

const year = z.coerce.number().int().min(1990).max(2100).optional().catch(undefined);

/** The statistics filters, in the URL so a view can be bookmarked and shared. */
export const StatsSearch = z.object({
  fromYear: year,
  toYear: year,
  province: z
    .string()
    .regex(/^\d{2}$/)
    .optional()
    .catch(undefined),
  verifiedOnly: bool,
  /** Which age bands to show: SIMFONI PPA's (default) or CTDC's. */
  ageBands: oneOf(['simfoni', 'ctdc'] as const),
});
export type StatsSearch = z.infer<typeof StatsSearch>;

/** The query the API takes: a year range becomes registration dates from 1 Jan to 31 Dec. */
export function statsParams(s: StatsSearch) {
  const [from, to] =
    s.fromYear !== undefined && s.toYear !== undefined && s.fromYear > s.toYear
      ? [s.toYear, s.fromYear]
      : [s.fromYear, s.toYear];
  return {
    from: from === undefined ? undefined : `${from}-01-01`,
    to: to === undefined ? undefined : `${to}-12-31`,
    province: s.province,
    verifiedOnly: s.verifiedOnly === 'true' ? 'true' : undefined,
  };
}
export type StatsParams = ReturnType<typeof statsParams>;
