import {
  acceptsReports,
  closesOn,
  findPeriodByCode,
  generatePeriods,
  PERIOD_FREQUENCY_LABELS,
  parsePeriodCode,
  periodOf,
  periodStatus,
  type ReportingPeriod,
  ReportingSettings,
} from '@sigap/domain';
import { fieldError } from '../shared/field-error.js';
import type { PeriodView } from './views.js';

/**
 * A plan's reporting calendar on the server: always generated from the plan's settings
 * (domain plans/periods.ts), never stored, so a change of frequency or deadline takes effect
 * everywhere at once.
 */
export type PlanCalendarSource = {
  startYear: number;
  endYear: number;
  reporting: unknown;
};

/** The plan's settings with the defaults filled in (older rows may lack newer keys). */
export function reportingOf(plan: Pick<PlanCalendarSource, 'reporting'>): ReportingSettings {
  return ReportingSettings.parse(plan.reporting ?? {});
}

export function planPeriods(plan: PlanCalendarSource): ReportingPeriod[] {
  const r = reportingOf(plan);
  return generatePeriods({
    frequency: r.frequency,
    startYear: plan.startYear,
    endYear: plan.endYear,
    deadlineDays: r.deadlineDays,
  });
}

/**
 * Today as Western Indonesian Time (WIB, UTC+7) sees it. Deadlines are dates without a zone;
 * judging them in WIB, the westernmost zone, never closes a period early for anyone, while a
 * UTC date would close it at 07:00 in Jakarta.
 */
export function todayInIndonesia(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

export function periodView(
  period: ReportingPeriod,
  settings: ReportingSettings,
  today: string,
): PeriodView {
  return {
    code: period.code,
    year: period.year,
    index: period.index,
    label: period.label,
    startsOn: period.startsOn,
    endsOn: period.endsOn,
    deadline: period.deadline,
    closesOn: closesOn(period, settings.closingGraceDays),
    status: periodStatus(period, today, settings.closingGraceDays),
    acceptsReports: acceptsReports(period, today, settings.closingGraceDays),
  };
}

/**
 * The period a code names on this plan, or a 400 on `periodCode` that says what the plan
 * expects (its frequency, an example code, its years).
 */
export function resolvePeriod(plan: PlanCalendarSource, code: string): ReportingPeriod {
  const settings = reportingOf(plan);
  const period = findPeriodByCode(code, settings.frequency, settings.deadlineDays);
  if (!period) {
    const example = planPeriods({ ...plan, endYear: plan.startYear })[0]?.code ?? '';
    const f = PERIOD_FREQUENCY_LABELS[settings.frequency];
    throw fieldError('periodCode', {
      id: `Kode periode "${code}" bukan periode rencana aksi ini (${f.id.toLowerCase()}, contoh ${example})`,
      en: `"${code}" is not a period of this plan (${f.en.toLowerCase()}, e.g. ${example})`,
    });
  }
  if (period.year < plan.startYear || period.year > plan.endYear)
    throw fieldError('periodCode', {
      id: `Periode ${code} di luar masa rencana aksi (${plan.startYear}–${plan.endYear})`,
      en: `Period ${code} lies outside the plan's years (${plan.startYear}–${plan.endYear})`,
    });
  return period;
}

/**
 * The period of a stored report. Unlike resolvePeriod it never refuses: a plan whose frequency
 * changed after reports were filed still shows those reports under the periods they were filed
 * for (the code says its own frequency), with the plan's current deadline rules.
 */
export function periodOfStoredCode(plan: PlanCalendarSource, code: string): ReportingPeriod {
  const settings = reportingOf(plan);
  const parsed = parsePeriodCode(code);
  if (!parsed) throw new Error(`stored period code ${code} is malformed`);
  return periodOf(parsed.frequency, parsed.year, parsed.index, settings.deadlineDays);
}

/** Refuses filing in a period that has not started or has closed, saying when it opens/closed. */
export function assertAcceptsReports(
  plan: PlanCalendarSource,
  period: ReportingPeriod,
  today: string,
): void {
  const settings = reportingOf(plan);
  const view = periodView(period, settings, today);
  if (view.status === 'not_started')
    throw fieldError('periodCode', {
      id: `Periode ${period.label.id} belum dimulai; laporan dapat diisi mulai ${period.startsOn}`,
      en: `The period ${period.label.en} has not started; reports can be filed from ${period.startsOn}`,
    });
  if (view.status === 'closed')
    throw fieldError('periodCode', {
      id: `Periode ${period.label.id} sudah ditutup: laporan hanya diterima sampai ${view.closesOn} (batas waktu ${period.deadline})`,
      en: `The period ${period.label.en} is closed: reports were accepted until ${view.closesOn} (deadline ${period.deadline})`,
    });
}
