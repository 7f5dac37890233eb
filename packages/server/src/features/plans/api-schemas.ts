import {
  BudgetLine,
  INDICATOR_DIRECTIONS,
  PageQuery,
  PLAN_KINDS,
  PlanDocument,
  ReportingSettings,
  STRATEGY_CODES,
  TrafficLightThresholds,
} from '@sigap/domain';
import { z } from 'zod';

/**
 * Query and answer shapes of the plans API (OpenAPI documents them). They describe what the
 * server answers; the input shapes (PlanDocument and its parts) live in @sigap/domain.
 */

export const PlanQuery = PageQuery.extend({
  kind: z.enum(PLAN_KINDS).optional(),
  /** A region and everything under it: "33" also finds the RADs of 33.xx. */
  regionCode: z
    .string()
    .trim()
    .regex(/^\d{2}(\.\d{2})?$/)
    .optional(),
  /** Plans whose period contains the year. */
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type PlanQuery = z.infer<typeof PlanQuery>;

export const PlanView = z.object({
  id: z.uuid(),
  kind: z.enum(PLAN_KINDS),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  title: z.string(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  legalBasis: z.string().nullable(),
  revision: z.number().int(),
  activityCount: z.number().int(),
  indicatorCount: z.number().int(),
  updatedAt: z.string(),
});
export type PlanView = z.infer<typeof PlanView>;

const InstitutionRef = z.object({ id: z.uuid(), code: z.string(), name: z.string() });

export const IndicatorView = z.object({
  id: z.uuid().nullable(),
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  direction: z.enum(INDICATOR_DIRECTIONS),
  baseline: z.number().nullable(),
  baselineYear: z.number().int().nullable(),
  targets: z.record(z.string(), z.number()),
});

export const ActivityView = z.object({
  id: z.uuid().nullable(),
  code: z.string(),
  title: z.string(),
  responsibleInstitution: InstitutionRef,
  relatedInstitutions: z.array(InstitutionRef),
  ranActivity: z
    .object({ id: z.uuid(), planId: z.uuid(), code: z.string(), title: z.string() })
    .nullable(),
  budget: z.array(BudgetLine),
  indicators: z.array(IndicatorView),
});

export const ProgramView = z.object({
  id: z.uuid().nullable(),
  strategy: z.enum(STRATEGY_CODES),
  code: z.string(),
  title: z.string(),
  activities: z.array(ActivityView),
});

export const PlanDetail = PlanView.omit({ activityCount: true, indicatorCount: true }).extend({
  reporting: ReportingSettings,
  trafficLight: TrafficLightThresholds,
  /** The revision the matrix below shows (the current one unless ?revision asked otherwise). */
  shownRevision: z.number().int(),
  programs: z.array(ProgramView),
});
export type PlanDetail = z.infer<typeof PlanDetail>;

export const PlanDetailQuery = z.object({ revision: z.coerce.number().int().min(1).optional() });

const FieldChange = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });
const Entry = z.object({
  code: z.string(),
  title: z.string(),
  /** Set on an indicator: the activity it belongs to. */
  activityCode: z.string().optional(),
  /** Added by bringing back a code an earlier revision retired (same id, reports kept). */
  revived: z.boolean().optional(),
});
const Changed = z.object({
  code: z.string(),
  activityCode: z.string().optional(),
  fields: z.array(FieldChange),
});
const LevelChanges = z.object({
  added: z.array(Entry),
  changed: z.array(Changed),
  retired: z.array(Entry),
});

export const PlanChanges = z.object({
  /** Header fields (title, years, legal basis, reporting settings) that changed. */
  plan: z.array(FieldChange),
  programs: LevelChanges,
  activities: LevelChanges,
  indicators: LevelChanges,
  /** Kept rows now stand in another order. */
  reordered: z.boolean(),
});
export type PlanChanges = z.infer<typeof PlanChanges>;

export const RevisionBody = PlanDocument.safeExtend({
  note: z.string().trim().max(1000).nullable().default(null),
  /** The revision the edit started from; a later one answers 409 instead of overwriting it. */
  baseRevision: z.number().int().min(1).optional(),
});
export type RevisionBody = z.infer<typeof RevisionBody>;

export const RevisionResult = z.object({
  planId: z.uuid(),
  changed: z.boolean(),
  revision: z.number().int(),
  message: z.string(),
  changes: PlanChanges,
});

export const RevisionSummary = z.object({
  number: z.number().int(),
  note: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  counts: z.object({
    added: z.number().int(),
    changed: z.number().int(),
    retired: z.number().int(),
  }),
});
export const RevisionDetail = RevisionSummary.extend({ changes: PlanChanges });

export const AlignmentQuery = z.object({ ranPlanId: z.uuid() });
const RegionRef = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(['province', 'regency']),
});
export const AlignmentView = z.object({
  ran: z.object({ id: z.uuid(), title: z.string(), startYear: z.number(), endYear: z.number() }),
  ranActivities: z.array(
    z.object({
      id: z.uuid(),
      code: z.string(),
      title: z.string(),
      strategy: z.enum(STRATEGY_CODES),
    }),
  ),
  /** Every province in scope, and every kabupaten/kota in scope that has a RAD for the period. */
  regions: z.array(
    RegionRef.extend({
      rads: z.array(
        z.object({ id: z.uuid(), title: z.string(), startYear: z.number(), endYear: z.number() }),
      ),
      coveredActivityIds: z.array(z.uuid()),
      notCoveredActivityIds: z.array(z.uuid()),
    }),
  ),
  /** Provinces and kabupaten/kota in scope with no RAD overlapping the RAN's period. */
  withoutRad: z.array(RegionRef),
});
export type AlignmentView = z.infer<typeof AlignmentView>;

const ImportErrorView = z.object({
  row: z.number().int(),
  column: z.object({ letter: z.string().nullable(), name: z.string() }).nullable(),
  reason: z.string(),
});

export const ImportPreview = z.discriminatedUnion('valid', [
  z.object({ valid: z.literal(false), errors: z.array(ImportErrorView) }),
  z.object({
    valid: z.literal(true),
    mode: z.enum(['create', 'revise']),
    planId: z.uuid().nullable(),
    baseRevision: z.number().int().nullable(),
    plan: z.object({
      kind: z.enum(PLAN_KINDS),
      regionCode: z.string().nullable(),
      title: z.string(),
      startYear: z.number().int(),
      endYear: z.number().int(),
    }),
    counts: z.object({
      programs: z.number().int(),
      activities: z.number().int(),
      indicators: z.number().int(),
    }),
    noChanges: z.boolean(),
    message: z.string(),
    changes: PlanChanges,
    /** Null when there is nothing to confirm. */
    importToken: z.string().nullable(),
    expiresAt: z.string().nullable(),
  }),
]);

export const ImportConfirm = z.strictObject({
  importToken: z.string().min(20).max(100),
  note: z.string().trim().max(1000).nullable().default(null),
});

export const ImportResult = z.object({
  planId: z.uuid(),
  mode: z.enum(['create', 'revise']),
  revision: z.number().int(),
  message: z.string(),
});
