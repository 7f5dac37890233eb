import { REFERRAL_STATUSES, VERIFICATION_STATES } from '@sigap/domain';
import { z } from 'zod';
import { bool, oneOf, page, text } from '../../shared/search.js';

/** A picklist code as the server takes it; anything else is dropped from the URL. */
const code = z
  .string()
  .trim()
  .regex(/^[a-z0-9_]{1,60}$/)
  .optional()
  .catch(undefined);
const regionCode = z
  .string()
  .trim()
  .regex(/^\d{2}(\.\d{2}){0,3}$/)
  .optional()
  .catch(undefined);
const year = z.coerce.number().int().min(1990).max(2100).optional().catch(undefined);

/** The case list's filters, in the URL so a filtered list can be bookmarked and shared. */
export const CasesSearch = z.object({
  page,
  /** A name, NIK or passport number: the server compares blind indexes, never clear text. */
  q: text,
  status: code,
  source: code,
  year,
  regionCode,
  verification: oneOf(VERIFICATION_STATES),
  hasMinor: bool,
});
export type CasesSearch = z.infer<typeof CasesSearch>;

export const ReferralsSearch = z.object({
  page,
  direction: z.enum(['incoming', 'outgoing']).optional().catch(undefined),
  status: oneOf(REFERRAL_STATUSES),
});
export type ReferralsSearch = z.infer<typeof ReferralsSearch>;
