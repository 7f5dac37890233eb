import { PERIOD_STATUSES, REPORT_STATES, STRATEGY_CODES } from '@sigap/domain';
import { z } from 'zod';
import {
  AchievementFigures,
  Bilingual,
  Count,
  InstitutionRef,
  PlanSummary,
  Year,
} from './schemas.js';

/** The drill-down's contract: strategy → activity → indicator → reports of a plan's year. */

export const DrillQuery = z.strictObject({
  planId: z.uuid(),
  year: Year,
  strategy: z.enum(STRATEGY_CODES).optional(),
  activityId: z.uuid().optional(),
  indicatorId: z.uuid().optional(),
});
export type DrillQuery = z.infer<typeof DrillQuery>;

const DrillSummary = AchievementFigures.extend({ expected: Count, filed: Count });

export const DrillReport = z.object({
  id: z.uuid(),
  periodCode: z.string(),
  state: z.enum(REPORT_STATES),
  realisedValue: z.number().nullable(),
  realisedBudget: z.number().nullable(),
  achievement: z.number().nullable(),
  achievementNote: z.string().nullable(),
  evidenceCount: Count,
  evidenceScore: z.number().nullable(),
  updatedAt: z.string(),
});

export const DrillIndicator = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  direction: z.string(),
  target: z.number().nullable(),
  summary: DrillSummary,
  reports: z.array(DrillReport),
  /** Periods that have begun without a filed report. */
  missingPeriods: z.array(z.string()),
});

export const DrillActivity = z.object({
  id: z.uuid(),
  code: z.string(),
  title: z.string(),
  institution: InstitutionRef,
  summary: DrillSummary,
  indicators: z.array(DrillIndicator),
});

export const DrillStrategy = z.object({
  strategy: z.enum(STRATEGY_CODES),
  label: Bilingual,
  summary: DrillSummary,
  activities: z.array(DrillActivity),
});

export const DrillView = z.object({
  plan: PlanSummary,
  year: z.number().int(),
  asOf: z.string(),
  level: z.enum(['plan', 'strategy', 'activity', 'indicator']),
  ownInstitutionOnly: z.boolean(),
  periods: z.array(
    z.object({
      code: z.string(),
      label: Bilingual,
      deadline: z.string(),
      status: z.enum(PERIOD_STATUSES),
    }),
  ),
  strategies: z.array(DrillStrategy),
});
export type DrillView = z.infer<typeof DrillView>;
