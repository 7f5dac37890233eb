import { PLAN_KINDS } from '@sigap/domain';
import { z } from 'zod';
import { oneOf, page, text } from '../../shared/search.js';

const year = z.coerce.number().int().min(2000).max(2100).optional().catch(undefined);
const uuid = z.uuid().optional().catch(undefined);

export const PlansSearch = z.object({
  page,
  q: text,
  kind: oneOf(PLAN_KINDS),
  /** A province (PP) or kabupaten/kota (PP.KK); the list includes the regions under it. */
  regionCode: z
    .string()
    .regex(/^\d{2}(\.\d{2})?$/)
    .optional()
    .catch(undefined),
  year,
});
export type PlansSearch = z.infer<typeof PlansSearch>;

/** `revision`: show the matrix as that revision had it. */
export const PlanDetailSearch = z.object({
  revision: z.coerce.number().int().min(1).optional().catch(undefined),
});
export type PlanDetailSearch = z.infer<typeof PlanDetailSearch>;

/** `open`: the revision whose changes are shown (the newest when absent). */
export const RevisionsSearch = z.object({
  open: z.coerce.number().int().min(1).optional().catch(undefined),
});
export type RevisionsSearch = z.infer<typeof RevisionsSearch>;

/** `planId`: the plan the sheet revises; without it the sheet's own plan block decides. */
export const ImportSearch = z.object({ planId: uuid });
export type ImportSearch = z.infer<typeof ImportSearch>;

export const ALIGNMENT_STATUSES = ['with', 'without'] as const;

export const AlignmentSearch = z.object({
  ranPlanId: uuid,
  page,
  q: text,
  province: z
    .string()
    .regex(/^\d{2}$/)
    .optional()
    .catch(undefined),
  status: oneOf(ALIGNMENT_STATUSES),
});
export type AlignmentSearch = z.infer<typeof AlignmentSearch>;
