import { z } from 'zod';
import type { Bilingual } from '../common/lang.js';

/**
 * Reporting periods (periode pelaporan). Schemes differ (domain.md §4): Bappenas e-Monev is
 * quarterly (triwulan), RANHAM four-monthly (B04, B08, B12, named after the month that closes
 * them), others monthly, by semester or yearly. A plan picks one frequency and the calendar is
 * generated from it, never typed by hand, so every report of a plan shares the same codes.
 */
export const PERIOD_FREQUENCIES = [
  'monthly',
  'four_monthly',
  'quarterly',
  'semester',
  'annual',
] as const;
export type PeriodFrequency = (typeof PERIOD_FREQUENCIES)[number];

/** How many months one period of each frequency spans; all divide the year evenly. */
const MONTHS_PER_PERIOD: Record<PeriodFrequency, number> = {
  monthly: 1,
  four_monthly: 4,
  quarterly: 3,
  semester: 6,
  annual: 12,
};

export function periodsPerYear(frequency: PeriodFrequency): number {
  return 12 / MONTHS_PER_PERIOD[frequency];
}

export const PERIOD_FREQUENCY_LABELS: Record<PeriodFrequency, Bilingual> = {
  monthly: { id: 'Bulanan', en: 'Monthly' },
  four_monthly: { id: 'Caturwulan (B04, B08, B12)', en: 'Four-monthly (B04, B08, B12)' },
  quarterly: { id: 'Triwulan', en: 'Quarterly' },
  semester: { id: 'Semester', en: 'Half-yearly' },
  annual: { id: 'Tahunan', en: 'Annual' },
};

const MONTHS: ReadonlyArray<Bilingual> = [
  { id: 'Januari', en: 'January' },
  { id: 'Februari', en: 'February' },
  { id: 'Maret', en: 'March' },
  { id: 'April', en: 'April' },
  { id: 'Mei', en: 'May' },
  { id: 'Juni', en: 'June' },
  { id: 'Juli', en: 'July' },
  { id: 'Agustus', en: 'August' },
  { id: 'September', en: 'September' },
  { id: 'Oktober', en: 'October' },
  { id: 'November', en: 'November' },
  { id: 'Desember', en: 'December' },
];
const ROMAN = ['I', 'II', 'III', 'IV'];

export type ReportingPeriod = {
  /** Stable key stored on reports: 2021-M03, 2021-B04, 2021-TW2, 2021-S1, 2021. */
  code: string;
  year: number;
  frequency: PeriodFrequency;
  /** 1-based position within the year. */
  index: number;
  startsOn: string;
  endsOn: string;
  /** Last day to file on time: endsOn + the plan's deadline days. */
  deadline: string;
  label: Bilingual;
};

/** Years the calendar supports; wide enough for any plan, narrow enough to catch typos. */
export const MIN_PLAN_YEAR = 2000;
export const MAX_PLAN_YEAR = 2100;

/** A plan's reporting settings, validated where a plan is created or changed. */
export const ReportingSettings = z.strictObject({
  frequency: z.enum(PERIOD_FREQUENCIES).default('quarterly'),
  /** Days after a period ends within which its report is on time. */
  deadlineDays: z.number().int().min(0).max(180).default(15),
  /** Days after the deadline during which late reports are still accepted, then it closes. */
  closingGraceDays: z.number().int().min(0).max(365).default(30),
});
export type ReportingSettings = z.infer<typeof ReportingSettings>;

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Adds days to an ISO date in UTC, so no time zone or daylight rule can shift the result. */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const t = Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + days);
  return new Date(t).toISOString().slice(0, 10);
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function lastDayOfMonth(year: number, month: number): number {
  // day 0 of the next month is the last day of this one, leap years included
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function codeOf(frequency: PeriodFrequency, year: number, index: number): string {
  switch (frequency) {
    case 'monthly':
      return `${year}-M${pad2(index)}`;
    case 'four_monthly':
      return `${year}-B${pad2(index * 4)}`;
    case 'quarterly':
      return `${year}-TW${index}`;
    case 'semester':
      return `${year}-S${index}`;
    case 'annual':
      return String(year);
  }
}

function labelOf(frequency: PeriodFrequency, year: number, index: number): Bilingual {
  const span = MONTHS_PER_PERIOD[frequency];
  const first = MONTHS[(index - 1) * span] ?? MONTHS[0];
  const last = MONTHS[index * span - 1] ?? MONTHS[11];
  const range = (lang: 'id' | 'en') => `${first?.[lang]}–${last?.[lang]} ${year}`;
  switch (frequency) {
    case 'monthly':
      return { id: `${first?.id} ${year}`, en: `${first?.en} ${year}` };
    case 'four_monthly':
      return {
        id: `B${pad2(index * 4)} (${range('id')})`,
        en: `B${pad2(index * 4)} (${range('en')})`,
      };
    case 'quarterly':
      return { id: `Triwulan ${ROMAN[index - 1]} ${year}`, en: `Q${index} ${year}` };
    case 'semester':
      return { id: `Semester ${ROMAN[index - 1]} ${year}`, en: `H${index} ${year}` };
    case 'annual':
      return { id: `Tahun ${year}`, en: `Year ${year}` };
  }
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_PLAN_YEAR || year > MAX_PLAN_YEAR)
    throw new RangeError(`year ${year} is outside ${MIN_PLAN_YEAR}–${MAX_PLAN_YEAR}`);
}

/** One period. Throws RangeError on an index the frequency does not have: a programming error. */
export function periodOf(
  frequency: PeriodFrequency,
  year: number,
  index: number,
  deadlineDays: number,
): ReportingPeriod {
  assertYear(year);
  const count = periodsPerYear(frequency);
  if (!Number.isInteger(index) || index < 1 || index > count)
    throw new RangeError(`${frequency} has periods 1–${count}, not ${index}`);
  if (!Number.isInteger(deadlineDays) || deadlineDays < 0)
    throw new RangeError(`deadlineDays must be a whole number ≥ 0, not ${deadlineDays}`);
  const span = MONTHS_PER_PERIOD[frequency];
  const firstMonth = (index - 1) * span + 1;
  const lastMonth = index * span;
  const endsOn = `${year}-${pad2(lastMonth)}-${pad2(lastDayOfMonth(year, lastMonth))}`;
  return {
    code: codeOf(frequency, year, index),
    year,
    frequency,
    index,
    startsOn: `${year}-${pad2(firstMonth)}-01`,
    endsOn,
    deadline: addDays(endsOn, deadlineDays),
    label: labelOf(frequency, year, index),
  };
}

/** The whole calendar of a plan, in time order. */
export function generatePeriods(input: {
  frequency: PeriodFrequency;
  startYear: number;
  endYear: number;
  deadlineDays: number;
}): ReportingPeriod[] {
  const { frequency, startYear, endYear, deadlineDays } = input;
  assertYear(startYear);
  assertYear(endYear);
  if (endYear < startYear) throw new RangeError(`endYear ${endYear} is before ${startYear}`);
  const out: ReportingPeriod[] = [];
  for (let year = startYear; year <= endYear; year++)
    for (let i = 1; i <= periodsPerYear(frequency); i++)
      out.push(periodOf(frequency, year, i, deadlineDays));
  return out;
}

/** The period of the given frequency that contains an ISO date (YYYY-MM-DD). */
export function periodContaining(
  date: string,
  frequency: PeriodFrequency,
  deadlineDays: number,
): ReportingPeriod {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || month < 1 || month > 12)
    throw new RangeError(`not an ISO date: ${date}`);
  const index = Math.ceil(month / MONTHS_PER_PERIOD[frequency]);
  return periodOf(frequency, year, index, deadlineDays);
}

export type ParsedPeriodCode = { frequency: PeriodFrequency; year: number; index: number };

const CODE_PATTERNS: Array<[PeriodFrequency, RegExp]> = [
  ['monthly', /^(\d{4})-M(0[1-9]|1[0-2])$/],
  ['four_monthly', /^(\d{4})-B(04|08|12)$/],
  ['quarterly', /^(\d{4})-TW([1-4])$/],
  ['semester', /^(\d{4})-S([12])$/],
  ['annual', /^(\d{4})$/],
];

/** Reads a period code; null when it is not one this calendar would generate. */
export function parsePeriodCode(code: string): ParsedPeriodCode | null {
  for (const [frequency, re] of CODE_PATTERNS) {
    const m = re.exec(code);
    if (!m) continue;
    const year = Number(m[1]);
    if (year < MIN_PLAN_YEAR || year > MAX_PLAN_YEAR) return null;
    const n = m[2] === undefined ? 1 : Number(m[2]);
    const index = frequency === 'four_monthly' ? n / 4 : n;
    return { frequency, year, index };
  }
  return null;
}

/** A period code in a request; the server also checks it belongs to the plan's frequency. */
export const PeriodCode = z
  .string()
  .trim()
  .refine((c) => parsePeriodCode(c) !== null, { message: 'period_code_format' });

/** The period a code names, or null when the code is malformed or of another frequency. */
export function findPeriodByCode(
  code: string,
  frequency: PeriodFrequency,
  deadlineDays: number,
): ReportingPeriod | null {
  const parsed = parsePeriodCode(code);
  if (!parsed || parsed.frequency !== frequency) return null;
  return periodOf(frequency, parsed.year, parsed.index, deadlineDays);
}

/**
 * Where a period stands on a given day, for filing:
 * - `not_started`: before the period begins; realisation cannot be reported yet.
 * - `open`: from its first day to the deadline (inclusive); filing is on time.
 * - `overdue`: after the deadline, up to deadline + closing grace (inclusive); filing is accepted
 *   but late, and reminders go out.
 * - `closed`: after the grace; the server refuses new reports (reopening an approved one is a
 *   workflow action, not a filing, and is not affected).
 */
export const PERIOD_STATUSES = ['not_started', 'open', 'overdue', 'closed'] as const;
export type PeriodStatus = (typeof PERIOD_STATUSES)[number];

export function periodStatus(
  period: Pick<ReportingPeriod, 'startsOn' | 'deadline'>,
  today: string,
  closingGraceDays: number,
): PeriodStatus {
  if (today < period.startsOn) return 'not_started';
  if (today <= period.deadline) return 'open';
  if (today <= addDays(period.deadline, closingGraceDays)) return 'overdue';
  return 'closed';
}

/** True when a report for the period may still be filed (on time or late) on that day. */
export function acceptsReports(
  period: Pick<ReportingPeriod, 'startsOn' | 'deadline'>,
  today: string,
  closingGraceDays: number,
): boolean {
  const status = periodStatus(period, today, closingGraceDays);
  return status === 'open' || status === 'overdue';
}

/** The last day a report for the period is accepted at all. */
export function closesOn(period: Pick<ReportingPeriod, 'deadline'>, closingGraceDays: number) {
  return addDays(period.deadline, closingGraceDays);
}
