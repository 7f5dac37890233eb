import type { z } from 'zod';
import type { DrillView as DrillViewSchema } from '../../../../server/src/features/monitoring/drill-schemas.js';
import type {
  DashboardView as DashboardViewSchema,
  OverduePage as OverduePageSchema,
  RecordFilter as RecordFilterSchema,
} from '../../../../server/src/features/monitoring/schemas.js';

/** The monitoring API's answers, typed from the server's zod schemas (type-only imports). */
export type DashboardView = z.infer<typeof DashboardViewSchema>;
export type DrillView = z.infer<typeof DrillViewSchema>;
export type OverduePage = z.infer<typeof OverduePageSchema>;
export type RecordFilter = z.infer<typeof RecordFilterSchema>;
export type AchievementFigures = DashboardView['totals']['achievement'];
export type BudgetFigures = DashboardView['totals']['budget'];
export type OverdueItem = OverduePage['items'][number];
