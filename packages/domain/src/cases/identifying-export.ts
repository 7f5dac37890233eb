import { z } from 'zod';
import { RegionCode } from '../regions/schemas.js';
import { CASE_STATUSES } from './picklists.js';

/** Which cases an export of identifying data covers (all in the user's scope when empty). */
export const IdentifyingExportFilters = z.strictObject({
  /** The case's region and every region under it. */
  regionCode: RegionCode.optional(),
  /** Year the case was reported. */
  year: z.number().int().min(1990).max(2100).optional(),
  status: z.enum(CASE_STATUSES).optional(),
});
export type IdentifyingExportFilters = z.infer<typeof IdentifyingExportFilters>;

/**
 * The archive's password: long, because whoever holds the file can guess offline. It is used to
 * encrypt the archive and never stored or logged.
 */
export const IdentifyingExportRequest = z.strictObject({
  password: z.string().min(12).max(200),
  filters: IdentifyingExportFilters.default({}),
});
export type IdentifyingExportRequest = z.infer<typeof IdentifyingExportRequest>;
