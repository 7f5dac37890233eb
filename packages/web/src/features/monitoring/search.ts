import { STRATEGY_CODES } from '@sigap/domain';
import { z } from 'zod';
import { oneOf, page } from '../../shared/search.js';
import { uuid, year } from '../reporting/search.js';

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

/** The dashboard's filters, in the URL: a view can be bookmarked and sent to a colleague. */
export const DashboardSearch = z.object({
  planId: uuid,
  year,
  periodCode: code,
  strategy: oneOf(STRATEGY_CODES),
  institutionId: uuid,
  regionCode,
});
export type DashboardSearch = z.infer<typeof DashboardSearch>;

export const OverdueSearch = DashboardSearch.extend({ page });
export type OverdueSearch = z.infer<typeof OverdueSearch>;

/** Drill-down: strategy → activity → indicator (→ reports → evidence on the report page). */
export const DrillSearch = z.object({
  planId: uuid,
  year,
  strategy: oneOf(STRATEGY_CODES),
  activityId: uuid,
  indicatorId: uuid,
});
export type DrillSearch = z.infer<typeof DrillSearch>;

/** The filters the API needs: a plan and a year (the dashboard picks defaults until chosen). */
export type DashboardParams = DashboardSearch & { planId: string; year: number };
