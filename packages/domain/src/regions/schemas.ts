import { z } from 'zod';
import { IsoDate } from '../common/dates.js';
import { PageQuery } from '../common/pagination.js';
import { REGION_CODE_PATTERN, REGION_LEVELS } from './codes.js';

export const RegionCode = z
  .string()
  .trim()
  .regex(REGION_CODE_PATTERN, { message: 'region_code_format' });

export const LINEAGE_EVENTS = ['split', 'merge', 'rename', 'recode'] as const;

export const RegionView = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(REGION_LEVELS),
  kind: z.enum(['kabupaten', 'kota']).nullable(),
  parentCode: z.string().nullable(),
  parentName: z.string().nullable(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  childCount: z.number().int(),
});
export type RegionView = z.infer<typeof RegionView>;

export const RegionLineageView = z.object({
  id: z.uuid(),
  predecessorCode: z.string(),
  predecessorName: z.string(),
  successorCode: z.string(),
  successorName: z.string(),
  event: z.enum(LINEAGE_EVENTS),
  effectiveDate: z.string(),
  legalBasis: z.string(),
});
export type RegionLineageView = z.infer<typeof RegionLineageView>;

export const RegionDetail = RegionView.extend({
  predecessors: z.array(RegionLineageView),
  successors: z.array(RegionLineageView),
});
export type RegionDetail = z.infer<typeof RegionDetail>;

export const RegionQuery = PageQuery.extend({
  level: z.enum(REGION_LEVELS).optional(),
  parentCode: z.string().trim().optional(),
  /** Include regions no longer in force (split or merged away). */
  historic: z.enum(['true', 'false']).optional(),
});
export type RegionQuery = z.infer<typeof RegionQuery>;

export const RegionCreate = z.strictObject({
  code: RegionCode,
  name: z.string().trim().min(1).max(200),
  validFrom: IsoDate,
});
export type RegionCreate = z.infer<typeof RegionCreate>;

export const RegionUpdate = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  /** Retires the region (exclusive: the last day in force is the day before); null restores it. */
  validTo: IsoDate.nullable().optional(),
});
export type RegionUpdate = z.infer<typeof RegionUpdate>;

export const RegionLineageCreate = z.strictObject({
  predecessorCode: RegionCode,
  successorCode: RegionCode,
  event: z.enum(LINEAGE_EVENTS),
  effectiveDate: IsoDate,
  legalBasis: z.string().trim().min(1).max(300),
});
export type RegionLineageCreate = z.infer<typeof RegionLineageCreate>;
