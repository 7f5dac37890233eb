import { z } from 'zod';
import { IsoDate } from '../common/dates.js';
import { PageQuery } from '../common/pagination.js';
import { RegionCode } from '../regions/schemas.js';

/** Kinds of K/L (kementerian/lembaga) and other bodies that sit on task forces. */
export const INSTITUTION_KINDS = [
  'coordinating_ministry',
  'ministry',
  'agency',
  'law_enforcement',
  'judiciary',
  'independent_body',
  'regional_government',
  'civil_society',
  'international',
] as const;

export const InstitutionNameView = z.object({
  id: z.uuid(),
  name: z.string(),
  abbreviation: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  legalBasis: z.string().nullable(),
});
export type InstitutionNameView = z.infer<typeof InstitutionNameView>;

export const InstitutionView = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  abbreviation: z.string(),
  kind: z.enum(INSTITUTION_KINDS),
  regionCode: z.string().nullable(),
  active: z.boolean(),
  successor: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
export type InstitutionView = z.infer<typeof InstitutionView>;

export const InstitutionDetail = InstitutionView.extend({
  names: z.array(InstitutionNameView),
  predecessors: z.array(z.object({ id: z.uuid(), name: z.string() })),
  memberships: z.array(
    z.object({
      id: z.uuid(),
      taskForceId: z.uuid(),
      taskForceName: z.string(),
      role: z.string(),
      validFrom: z.string(),
      validTo: z.string().nullable(),
      legalBasis: z.string(),
    }),
  ),
});
export type InstitutionDetail = z.infer<typeof InstitutionDetail>;

export const InstitutionQuery = PageQuery.extend({
  kind: z.enum(INSTITUTION_KINDS).optional(),
  active: z.enum(['true', 'false']).optional(),
});
export type InstitutionQuery = z.infer<typeof InstitutionQuery>;

const Code = z
  .string()
  .trim()
  .min(2)
  .max(40)
  .regex(/^[A-Z0-9_-]+$/, { message: 'code_format' });

export const InstitutionCreate = z.strictObject({
  code: Code,
  name: z.string().trim().min(1).max(300),
  abbreviation: z.string().trim().min(1).max(60),
  kind: z.enum(INSTITUTION_KINDS),
  /** Set for regional bodies (a provincial Dinas); national K/L have none. */
  regionCode: RegionCode.nullable().default(null),
  validFrom: IsoDate,
  legalBasis: z.string().trim().max(300).nullable().default(null),
});
export type InstitutionCreate = z.infer<typeof InstitutionCreate>;

export const InstitutionUpdate = z.strictObject({
  kind: z.enum(INSTITUTION_KINDS).optional(),
  active: z.boolean().optional(),
  successorId: z.uuid().nullable().optional(),
});
export type InstitutionUpdate = z.infer<typeof InstitutionUpdate>;

/** A change of name (cabinets rename ministries): closes the current name, opens a new one. */
export const InstitutionRename = z.strictObject({
  name: z.string().trim().min(1).max(300),
  abbreviation: z.string().trim().min(1).max(60),
  validFrom: IsoDate,
  legalBasis: z.string().trim().max(300).nullable().default(null),
});
export type InstitutionRename = z.infer<typeof InstitutionRename>;
