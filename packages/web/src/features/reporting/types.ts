import { z } from 'zod';
import type { PlanDetail, PlanView } from '../../../../server/src/features/plans/api-schemas.js';
import type {
  CommentView,
  EvidenceView,
  NonPlanActivityView,
  PeriodCalendar as PeriodCalendarSchema,
  PeriodView,
  ReportDetail,
  ReportSummary,
} from '../../../../server/src/features/reporting/views.js';

/**
 * The reporting API's answers, typed from the server's own zod schemas (type-only imports: no
 * server code reaches the bundle). The shapes are documented in the server's route files.
 */
export type {
  CommentView,
  EvidenceView,
  NonPlanActivityView,
  PeriodView,
  PlanDetail,
  PlanView,
  ReportDetail,
  ReportSummary,
};

export type PeriodCalendar = z.infer<typeof PeriodCalendarSchema>;

export type Paged<T> = { items: T[]; meta: { page: number; pageSize: number; total: number } };

/**
 * An answer the server documents with its own schema: trusted to have that type once it is an
 * object (the server validates its responses against the schema before sending them).
 */
export function serverView<T>() {
  return z.custom<T>((v) => typeof v === 'object' && v !== null);
}
