import { z } from 'zod';
import { IsoDate } from '../common/dates.js';
import { notInFuture } from './case-messages.js';

/**
 * The building blocks of the case registry's schemas. Picklist codes are checked here only for
 * their form: which codes exist is reference data (table picklist_values), so the server checks
 * membership against the database and names the field when a code is unknown.
 */
export const PicklistCode = z
  .string()
  .trim()
  .regex(/^[a-z0-9_]{1,60}$/, { message: 'picklist_code_format' });

export const CodeList = z
  .array(PicklistCode)
  .max(30)
  .refine((codes) => new Set(codes).size === codes.length, { message: 'codes_unique' });

/** A date of something that has happened: never after today (in Indonesia's easternmost zone). */
export const PastDate = IsoDate.refine((d) => notInFuture(d), { message: 'date_in_future' });

export const CountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, { message: 'country_code_format' });

export const BilingualView = z.object({ id: z.string(), en: z.string() });

/** A picklist value as the views show it: the code and its labels, so lists need no lookup. */
export const CodeView = z.object({ code: z.string(), id: z.string(), en: z.string() });
export type CodeView = z.infer<typeof CodeView>;

export const Ref = z.object({ id: z.uuid(), name: z.string() });

/** One value of the picklists (GET /api/picklists). */
export const PicklistItem = z.object({
  code: z.string(),
  id: z.string(),
  en: z.string(),
  htcds: z.string().nullable(),
  active: z.boolean(),
});
export type PicklistItem = z.infer<typeof PicklistItem>;

export const PicklistsView = z.record(z.string(), z.array(PicklistItem));
export type PicklistsView = z.infer<typeof PicklistsView>;

export const PicklistsQuery = z.object({
  /** Only these lists (comma-separated names); all when absent. */
  lists: z.string().trim().max(500).optional(),
});

/**
 * How this user reaches a case: its scope (owner), an accepted referral to the user's region
 * (referral), or a live break-the-glass grant (grant).
 */
export const CASE_ACCESS_KINDS = ['owner', 'referral', 'grant'] as const;
export type CaseAccessKind = (typeof CASE_ACCESS_KINDS)[number];
