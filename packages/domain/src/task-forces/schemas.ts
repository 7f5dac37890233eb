import { z } from 'zod';
import { IsoDate, rangeOk } from '../common/dates.js';
import { PageQuery } from '../common/pagination.js';
import { scopeRegionMatchesLevel } from '../identity/scope.js';
import { STRATEGY_CODES } from '../reference/strategies.js';
import { RegionCode } from '../regions/schemas.js';

/** Gugus Tugas PP TPPO levels (domain.md §2). */
export const TASK_FORCE_LEVELS = ['national', 'province', 'regency'] as const;
export type TaskForceLevel = (typeof TASK_FORCE_LEVELS)[number];

/**
 * Seats on a task force. Perpres 49/2023 has two chairs and a daily chair (Kapolri); earlier
 * Perpres had one chair; sub-task-forces have a coordinator.
 */
export const MEMBERSHIP_ROLES = [
  'chair',
  'deputy_chair',
  'daily_chair',
  'secretariat',
  'sub_task_force_coordinator',
  'member',
] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const SubTaskForceView = z.object({
  id: z.uuid(),
  name: z.string(),
  strategyCode: z.enum(STRATEGY_CODES).nullable(),
  coordinator: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});
export type SubTaskForceView = z.infer<typeof SubTaskForceView>;

export const MembershipView = z.object({
  id: z.uuid(),
  institution: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  role: z.enum(MEMBERSHIP_ROLES),
  position: z.string().nullable(),
  subTaskForceId: z.uuid().nullable(),
  legalBasis: z.string(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
});
export type MembershipView = z.infer<typeof MembershipView>;

export const TaskForceView = z.object({
  id: z.uuid(),
  level: z.enum(TASK_FORCE_LEVELS),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  name: z.string(),
  legalBasisNumber: z.string(),
  legalBasisDate: z.string(),
  legalBasisTitle: z.string().nullable(),
  active: z.boolean(),
});
export type TaskForceView = z.infer<typeof TaskForceView>;

export const TaskForceDetail = TaskForceView.extend({
  subTaskForces: z.array(SubTaskForceView),
  memberships: z.array(MembershipView),
});
export type TaskForceDetail = z.infer<typeof TaskForceDetail>;

export const TaskForceQuery = PageQuery.extend({
  level: z.enum(TASK_FORCE_LEVELS).optional(),
  /** The region and every region under it ("53" gives NTT and its kabupaten/kota). */
  regionCode: z.string().trim().max(20).optional(),
  active: z.enum(['true', 'false']).optional(),
});
export type TaskForceQuery = z.infer<typeof TaskForceQuery>;

/** National ↔ no region, province ↔ PP, kabupaten/kota ↔ PP.KK (Perpres 69/2008 Pasal 12, 16). */
export const TaskForceCreate = z
  .strictObject({
    level: z.enum(TASK_FORCE_LEVELS),
    regionCode: RegionCode.nullable().default(null),
    name: z.string().trim().min(1).max(300),
    legalBasisNumber: z.string().trim().min(1).max(200),
    legalBasisDate: IsoDate,
    legalBasisTitle: z.string().trim().max(500).nullable().default(null),
  })
  .refine((t) => scopeRegionMatchesLevel(t.level, t.regionCode), {
    path: ['regionCode'],
    message: 'region_level_mismatch',
  });
export type TaskForceCreate = z.infer<typeof TaskForceCreate>;

export const TaskForceUpdate = z.strictObject({
  name: z.string().trim().min(1).max(300).optional(),
  legalBasisNumber: z.string().trim().min(1).max(200).optional(),
  legalBasisDate: IsoDate.optional(),
  legalBasisTitle: z.string().trim().max(500).nullable().optional(),
  active: z.boolean().optional(),
});
export type TaskForceUpdate = z.infer<typeof TaskForceUpdate>;

export const SubTaskForceCreate = z.strictObject({
  name: z.string().trim().min(1).max(300),
  strategyCode: z.enum(STRATEGY_CODES).nullable().default(null),
  coordinatorInstitutionId: z.uuid().nullable().default(null),
});
export type SubTaskForceCreate = z.infer<typeof SubTaskForceCreate>;

export const MembershipCreate = z
  .strictObject({
    institutionId: z.uuid(),
    role: z.enum(MEMBERSHIP_ROLES),
    position: z.string().trim().max(300).nullable().default(null),
    subTaskForceId: z.uuid().nullable().default(null),
    legalBasis: z.string().trim().min(1).max(300),
    validFrom: IsoDate,
    validTo: IsoDate.nullable().default(null),
  })
  .refine((m) => rangeOk(m.validFrom, m.validTo), { path: ['validTo'], message: 'date_range' });
export type MembershipCreate = z.infer<typeof MembershipCreate>;

/** Ends a seat (the member left with a new Perpres) without deleting its history. */
export const MembershipEnd = z.strictObject({ validTo: IsoDate });
export type MembershipEnd = z.infer<typeof MembershipEnd>;

/** `asOf`: only the seats held on that date (the composition under the Perpres then in force). */
export const MembershipQuery = z.object({ asOf: IsoDate.optional() });
export type MembershipQuery = z.infer<typeof MembershipQuery>;
