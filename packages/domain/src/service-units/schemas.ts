import { z } from 'zod';
import { PageQuery } from '../common/pagination.js';
import { RegionCode } from '../regions/schemas.js';

/** Victim-service units in the regions (domain.md §2). */
export const SERVICE_UNIT_KINDS = [
  'uptd_ppa',
  'p2tp2a',
  'ppt',
  'rptc',
  'rpsa',
  'rumah_aman',
  'other',
] as const;
export type ServiceUnitKind = (typeof SERVICE_UNIT_KINDS)[number];

export const ServiceUnitView = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(SERVICE_UNIT_KINDS),
  regionCode: z.string(),
  regionName: z.string(),
  institution: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  capacity: z.number().int().nullable(),
  active: z.boolean(),
});
export type ServiceUnitView = z.infer<typeof ServiceUnitView>;

export const ServiceUnitQuery = PageQuery.extend({
  kind: z.enum(SERVICE_UNIT_KINDS).optional(),
  /** The region and every region under it. */
  regionCode: z.string().trim().max(20).optional(),
  active: z.enum(['true', 'false']).optional(),
});
export type ServiceUnitQuery = z.infer<typeof ServiceUnitQuery>;

export const ServiceUnitCreate = z.strictObject({
  name: z.string().trim().min(1).max(300),
  kind: z.enum(SERVICE_UNIT_KINDS),
  regionCode: RegionCode,
  institutionId: z.uuid().nullable().default(null),
  address: z.string().trim().max(500).nullable().default(null),
  phone: z.string().trim().max(50).nullable().default(null),
  capacity: z.number().int().min(0).max(100000).nullable().default(null),
});
export type ServiceUnitCreate = z.infer<typeof ServiceUnitCreate>;

export const ServiceUnitUpdate = z.strictObject({
  name: z.string().trim().min(1).max(300).optional(),
  kind: z.enum(SERVICE_UNIT_KINDS).optional(),
  regionCode: RegionCode.optional(),
  institutionId: z.uuid().nullable().optional(),
  address: z.string().trim().max(500).nullable().optional(),
  phone: z.string().trim().max(50).nullable().optional(),
  capacity: z.number().int().min(0).max(100000).nullable().optional(),
  active: z.boolean().optional(),
});
export type ServiceUnitUpdate = z.infer<typeof ServiceUnitUpdate>;

/**
 * A unit a victim can be referred to, anywhere in the country: enough to choose it, nothing that
 * locates a safe house (no address, phone or capacity).
 */
export const ReferralTargetView = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(SERVICE_UNIT_KINDS),
  regionCode: z.string(),
  regionName: z.string(),
});
export type ReferralTargetView = z.infer<typeof ReferralTargetView>;

export const ReferralTargetQuery = PageQuery.extend({
  /** The region and every region under it (the victim's origin, usually). */
  regionCode: z.string().trim().max(20).optional(),
});
export type ReferralTargetQuery = z.infer<typeof ReferralTargetQuery>;
