import { z } from 'zod';
import { IsoDate } from '../common/dates.js';

/**
 * Case statistics (issue 4, "Statistics"): the breakdowns a user may ask for, their measures and
 * the labels of values that are not picklists. Every victim is counted once however many
 * institutions recorded them (distinct person clusters); a victim's attributes are those of
 * their most recent record within the selection, so each breakdown adds up to the total.
 */
export const STATS_DIMENSIONS = [
  'year',
  'originProvince',
  'originRegency',
  'destination',
  'destinationRegency',
  'countryOfExploitation',
  'sex',
  'ageSimfoni',
  'ageCtdc',
  'citizenship',
  'exploitationType',
  'modus',
  'legalOutcome',
  'serviceCompletion',
  'serviceType',
] as const;
export type StatsDimension = (typeof STATS_DIMENSIONS)[number];

type Text = { id: string; en: string };

export const STATS_DIMENSION_LABELS: Record<StatsDimension, Text> = {
  year: { id: 'Tahun pencatatan', en: 'Year of registration' },
  originProvince: { id: 'Provinsi asal', en: 'Province of origin' },
  originRegency: { id: 'Kabupaten/kota asal', en: 'Kabupaten/kota of origin' },
  destination: { id: 'Tujuan (provinsi atau negara)', en: 'Destination (province or country)' },
  destinationRegency: { id: 'Kabupaten/kota tujuan', en: 'Kabupaten/kota of destination' },
  countryOfExploitation: { id: 'Negara eksploitasi', en: 'Country of exploitation' },
  sex: { id: 'Jenis kelamin', en: 'Sex' },
  ageSimfoni: { id: 'Kelompok umur (SIMFONI)', en: 'Age group (SIMFONI)' },
  ageCtdc: { id: 'Kelompok umur (CTDC)', en: 'Age group (CTDC)' },
  citizenship: { id: 'Kewarganegaraan', en: 'Citizenship' },
  exploitationType: { id: 'Bentuk eksploitasi', en: 'Form of exploitation' },
  modus: { id: 'Modus', en: 'Modus' },
  legalOutcome: { id: 'Proses hukum', en: 'Legal process' },
  serviceCompletion: { id: 'Penyelesaian layanan', en: 'Completion of services' },
  serviceType: { id: 'Jenis layanan', en: 'Type of service' },
};

/**
 * What each breakdown counts. A person may hold several forms of exploitation, modus or services,
 * so those rows do not add up to the total; every other breakdown has one row per person
 * (an unknown value is a row of its own).
 */
export const STATS_MEASURES = ['victims', 'cases', 'perpetrators', 'completed', 'amount'] as const;
export type StatsMeasure = (typeof STATS_MEASURES)[number];

export const DIMENSION_MEASURES: Record<StatsDimension, readonly StatsMeasure[]> = {
  year: ['cases', 'victims', 'perpetrators'],
  originProvince: ['victims'],
  originRegency: ['victims'],
  destination: ['victims'],
  destinationRegency: ['victims'],
  countryOfExploitation: ['victims'],
  sex: ['victims', 'perpetrators'],
  ageSimfoni: ['victims'],
  ageCtdc: ['victims'],
  citizenship: ['victims'],
  exploitationType: ['cases', 'victims'],
  modus: ['cases', 'victims'],
  legalOutcome: ['cases', 'amount'],
  serviceCompletion: ['victims'],
  serviceType: ['victims', 'completed'],
};

export const MULTI_VALUED_DIMENSIONS: ReadonlySet<StatsDimension> = new Set([
  'exploitationType',
  'modus',
  'legalOutcome',
  'serviceType',
]);

/** Stages a case reaches (cumulative: a case in prosecution has been investigated). */
export const LEGAL_STAGES = ['police_report', 'investigation', 'prosecution', 'verdict'] as const;
/** Legal outcome rows: the stages, then restitution ordered and paid (with amounts). */
export const LEGAL_OUTCOMES = [...LEGAL_STAGES, 'restitution_ordered', 'restitution_paid'] as const;

/** Where a victim stands on the road to recovery (paripurna). */
export const SERVICE_COMPLETION = ['completed', 'open', 'none'] as const;
export const SERVICE_COMPLETION_LABELS: Record<(typeof SERVICE_COMPLETION)[number], Text> = {
  completed: {
    id: 'Semua layanan selesai (paripurna)',
    en: 'All services completed',
  },
  open: { id: 'Masih ada layanan berjalan', en: 'Services still open' },
  none: { id: 'Belum ada layanan tercatat', en: 'No service recorded' },
};

export const UNKNOWN_LABEL: Text = { id: 'Tidak diketahui', en: 'Unknown' };

const Bool = z.enum(['true', 'false']).transform((v) => v === 'true');
export const StatsYear = z.coerce.number().int().min(1990).max(2100);

const DimensionList = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter((x) => x.length > 0),
  )
  .pipe(z.array(z.enum(STATS_DIMENSIONS)));

export const CaseStatsQuery = z
  .strictObject({
    year: StatsYear.optional(),
    /** Cases registered (reported_on) from and to these dates, inclusive. */
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    /** Narrows the selection to one province (within the user's scope). */
    province: z
      .string()
      .regex(/^\d{2}$/, { message: 'region_code_format' })
      .optional(),
    /** Count verified records only (the data officer's clearing); rejected ones never count. */
    verifiedOnly: Bool.default(false),
    /** Comma-separated breakdowns; all of them when absent. */
    dimension: DimensionList.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'date_range', path: ['to'] });
export type CaseStatsQuery = z.infer<typeof CaseStatsQuery>;

const Label = z.object({ id: z.string(), en: z.string() });
const Count = z.number().int().nonnegative();

export const StatsRow = z.object({
  /** The value's code (year, region or country code, picklist code); null = unknown. */
  key: z.string().nullable(),
  label: Label,
  victims: Count.optional(),
  cases: Count.optional(),
  perpetrators: Count.optional(),
  completed: Count.optional(),
  /** Restitution amounts (rupiah), legal outcome rows only. */
  amount: z.number().nonnegative().optional(),
});
export type StatsRow = z.infer<typeof StatsRow>;

export const StatsBreakdown = z.object({
  dimension: z.enum(STATS_DIMENSIONS),
  label: Label,
  measures: z.array(z.enum(STATS_MEASURES)),
  /** False when a person may appear in several rows (the rows do not add up to the total). */
  additive: z.boolean(),
  rows: z.array(StatsRow),
});

export const CaseStatsView = z.object({
  scope: z.object({ level: z.string(), regionCode: z.string().nullable() }),
  filters: z.object({
    year: z.number().int().nullable(),
    from: z.string().nullable(),
    to: z.string().nullable(),
    province: z.string().nullable(),
    verifiedOnly: z.boolean(),
  }),
  totals: z.object({ cases: Count, victims: Count, perpetrators: Count }),
  breakdowns: z.array(StatsBreakdown),
});
export type CaseStatsView = z.infer<typeof CaseStatsView>;

/** GET /api/case-stats/ctdc.csv: k may only be raised above the configured one, never lowered. */
export const CtdcExportQuery = z.strictObject({
  k: z.coerce.number().int().min(2).max(1000).optional(),
  verifiedOnly: Bool.default(false),
});
export type CtdcExportQuery = z.infer<typeof CtdcExportQuery>;
