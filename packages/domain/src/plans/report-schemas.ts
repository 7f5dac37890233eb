import { z } from 'zod';
import { IsoDate } from '../common/dates.js';
import type { Bilingual } from '../common/lang.js';
import { STRATEGY_CODES } from '../reference/strategies.js';
import { RegionCode } from '../regions/schemas.js';
import type { IndicatorDirection } from './achievement.js';
import { BUDGET_SOURCES } from './budget.js';
import { PeriodCode } from './periods.js';
import { duplicates } from './schemas.js';

/**
 * What institutions file: progress reports (laporan kemajuan) on plan indicators, and activities
 * outside the plan (kegiatan non-RAN).
 */

/** What a reporter can change on a progress report while it is a draft or returned. */
export const ProgressReportContent = z.strictObject({
  /**
   * Realisasi, cumulative for the year up to the end of the period: the latest approved report of
   * a year then gives the year's achievement against the annual target.
   */
  realisedValue: z.number().min(0).nullable().default(null),
  /** Realised spending in whole rupiah, cumulative for the year like the value. */
  realisedBudget: z.number().int().min(0).nullable().default(null),
  narrative: z.string().trim().max(10_000).default(''),
  kendala: z.string().trim().max(5000).default(''),
  tindakLanjut: z.string().trim().max(5000).default(''),
  /** Where the work happened: provinces or kabupaten/kota (or finer). */
  regionCodes: z
    .array(RegionCode)
    .max(600)
    .default([])
    .refine((codes) => duplicates(codes).length === 0, { message: 'duplicate_code' }),
});
export type ProgressReportContent = z.infer<typeof ProgressReportContent>;

/** A new report: one per indicator per period; the indicator names the activity. */
export const ProgressReportCreate = ProgressReportContent.extend({
  indicatorId: z.uuid(),
  periodCode: PeriodCode,
});
export type ProgressReportCreate = z.infer<typeof ProgressReportCreate>;

export type SubmissionGap = {
  field: keyof ProgressReportContent;
  message: Bilingual;
};

/**
 * What still stops a draft from being submitted. A draft may be saved half-done (slow
 * connections, several people writing), so these are checked on submit, not in the schema.
 */
export function submissionGaps(
  report: Pick<ProgressReportContent, 'realisedValue' | 'narrative'>,
  direction: IndicatorDirection,
): SubmissionGap[] {
  const gaps: SubmissionGap[] = [];
  if (report.realisedValue === null)
    gaps.push({
      field: 'realisedValue',
      message: { id: 'Realisasi wajib diisi', en: 'The realised value is required' },
    });
  else if (direction === 'yes_no' && report.realisedValue !== 0 && report.realisedValue !== 1)
    gaps.push({
      field: 'realisedValue',
      message: {
        id: 'Indikator ya/tidak hanya menerima 1 (ya) atau 0 (tidak)',
        en: 'A yes/no indicator only takes 1 (yes) or 0 (no)',
      },
    });
  if (report.narrative.trim() === '')
    gaps.push({
      field: 'narrative',
      message: { id: 'Uraian kegiatan wajib diisi', en: 'Describe what was done' },
    });
  return gaps;
}

/**
 * Kegiatan non-RAN: work outside the plan, tagged by strategy and region, because the annual
 * report to the President covers it too (domain.md §1).
 */
export const NonPlanActivityInput = z
  .strictObject({
    /** Omitted: the reporting user's own institution. */
    institutionId: z.uuid().optional(),
    strategy: z.enum(STRATEGY_CODES),
    title: z.string().trim().min(1).max(500),
    startsOn: IsoDate,
    /** Null for a one-day activity. */
    endsOn: IsoDate.nullable().default(null),
    narrative: z.string().trim().min(1).max(10_000),
    /** Empty: national in scope. */
    regionCodes: z.array(RegionCode).max(600).default([]),
    realisedBudget: z.number().int().min(0).nullable().default(null),
    budgetSource: z.enum(BUDGET_SOURCES).nullable().default(null),
  })
  .refine((v) => v.endsOn === null || v.endsOn >= v.startsOn, {
    message: 'date_range_inclusive',
    path: ['endsOn'],
  });
export type NonPlanActivityInput = z.infer<typeof NonPlanActivityInput>;
