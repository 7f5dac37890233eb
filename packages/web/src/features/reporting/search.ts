import { REPORT_STATES, STRATEGY_CODES } from '@sigap/domain';
import { z } from 'zod';
import { oneOf, page, text } from '../../shared/search.js';

export const uuid = z.uuid().optional().catch(undefined);
export const year = z.coerce.number().int().min(2000).max(2100).optional().catch(undefined);
const code = z
  .string()
  .trim()
  .regex(/^[\w.-]{1,12}$/)
  .optional()
  .catch(undefined);
const regionCode = z
  .string()
  .trim()
  .regex(/^\d{2}(\.\d{2}){0,3}$/)
  .optional()
  .catch(undefined);

/** One state or several, comma-separated ("verified,approved"), as the dashboard's links send. */
const states = z
  .string()
  .trim()
  .refine((v) => v.split(',').every((s) => (REPORT_STATES as readonly string[]).includes(s)))
  .optional()
  .catch(undefined);

/**
 * The reports list's filters, in the URL so a list can be shared and so every number on the
 * monitoring dashboard links to the reports behind it (its `records` filter, as is).
 */
export const ReportsSearch = z.object({
  page,
  q: text,
  planId: uuid,
  year,
  periodCode: code,
  /** Reports of that period and the ones before it in the year (the trend's figures). */
  upToPeriodCode: code,
  state: states,
  institutionId: uuid,
  strategy: oneOf(STRATEGY_CODES),
  regionCode,
  activityId: uuid,
  indicatorId: uuid,
  /** Only each indicator's latest report among the others (what achievement counts). */
  latestPerIndicator: z.enum(['true']).optional().catch(undefined),
  /** Only indicators still in the plan's matrix (a revision retires rows, keeps their reports). */
  activeIndicators: z.enum(['true']).optional().catch(undefined),
});
export type ReportsSearch = z.infer<typeof ReportsSearch>;

export const ReportNewSearch = z.object({
  planId: uuid,
  indicatorId: uuid,
  periodCode: code,
});
export type ReportNewSearch = z.infer<typeof ReportNewSearch>;

export const TasksSearch = z.object({ planId: uuid });
export type TasksSearch = z.infer<typeof TasksSearch>;

export const VerificationSearch = z.object({
  page,
  /** Waiting for verification (submitted or resubmitted) or for approval (verified). */
  stage: z.enum(['verify', 'approve']).optional().catch(undefined),
  planId: uuid,
});
export type VerificationSearch = z.infer<typeof VerificationSearch>;

export const NonPlanSearch = z.object({
  page,
  q: text,
  year,
  strategy: oneOf(STRATEGY_CODES),
  institutionId: uuid,
  regionCode,
});
export type NonPlanSearch = z.infer<typeof NonPlanSearch>;
