import type { z } from 'zod';
import type {
  AlignmentView as AlignmentSchema,
  ImportPreview as ImportPreviewSchema,
  ImportResult as ImportResultSchema,
  PlanChanges as PlanChangesSchema,
  PlanDetail as PlanDetailSchema,
  PlanView as PlanViewSchema,
  RevisionDetail as RevisionDetailSchema,
  RevisionSummary as RevisionSummarySchema,
} from '../../../../server/src/features/plans/api-schemas.js';

/**
 * The plans API's answers, typed from the server's own response schemas (type-only imports: no
 * server code reaches the bundle). The server validates its answers against these schemas.
 */
export type PlanView = z.infer<typeof PlanViewSchema>;
export type PlanDetail = z.infer<typeof PlanDetailSchema>;
export type ProgramView = PlanDetail['programs'][number];
export type ActivityView = ProgramView['activities'][number];
export type IndicatorView = ActivityView['indicators'][number];
export type PlanChanges = z.infer<typeof PlanChangesSchema>;
export type FieldChange = PlanChanges['plan'][number];
export type LevelChanges = PlanChanges['programs'];
export type RevisionSummary = z.infer<typeof RevisionSummarySchema>;
export type RevisionDetail = z.infer<typeof RevisionDetailSchema>;
export type AlignmentView = z.infer<typeof AlignmentSchema>;
export type AlignmentRegion = AlignmentView['regions'][number];
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;
export type ImportResult = z.infer<typeof ImportResultSchema>;
export type ImportError = Extract<ImportPreview, { valid: false }>['errors'][number];
export type ValidPreview = Extract<ImportPreview, { valid: true }>;
