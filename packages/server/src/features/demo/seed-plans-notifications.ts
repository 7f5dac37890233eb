import { addDays, closesOn, periodOf, type ReportingPeriod } from '@sigap/domain';
import { stableId } from '../../platform/stable-id.js';
import type { notifications } from '../notifications/schema.js';
import { DEMO_REPORTING } from './demo-plan-data.js';
import type { ReportableIndicator } from './seed-plans-matrix.js';
import { reporterEmail } from './seed-plans-outcomes.js';
import type { DemoUsers, ReportBatch } from './seed-plans-reports.js';

/**
 * In-app notifications of the demo reporters (pelapor@ for Kemensos, kupang@ for Kabupaten
 * Kupang): the reports a verifier returned to them, the approaching deadline of the last two
 * periods, and the overdue reminder of the last one. Links and dedupe keys are the ones the
 * reporting feature writes (transition-report.ts, deadline-reminders.ts), so a reminder sweep
 * over the same period adds no second copy.
 */
type Row = typeof notifications.$inferInsert;

const MONTHS_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function longDate(iso: string, months: string[]): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${months[(m ?? 1) - 1]} ${y}`;
}

const morning = (iso: string) => new Date(`${iso}T01:00:00Z`); // 08:00 WIB

function row(
  userId: string,
  kind: Row['kind'],
  dedupeKey: string,
  fields: Omit<Row, 'id' | 'userId' | 'kind' | 'dedupeKey'>,
): Row {
  return {
    id: stableId(`demo-notification:${userId}:${dedupeKey}`),
    userId,
    kind,
    dedupeKey,
    ...fields,
  };
}

export function notificationRows(
  items: ReportableIndicator[],
  batch: ReportBatch,
  users: DemoUsers,
): Row[] {
  const rows: Row[] = batch.returned.map((r) =>
    row(r.userId, 'report_returned', `returned:${r.eventId}`, {
      title: { id: 'Laporan dikembalikan', en: 'Report returned' },
      body: {
        id: `Laporan "${r.item.indicator.name}" ${r.period.label.id} dikembalikan verifikator: ${r.note}`,
        en: `Your report "${r.item.indicator.name}" for ${r.period.label.en} was returned by the verifier: ${r.note}`,
      },
      link: `/reports/${r.reportId}`,
      createdAt: r.at,
      readAt: null,
    }),
  );
  // reminders per reporter and plan, for the last two periods of the reporting years
  const groups = new Map<string, { userId: string; items: ReportableIndicator[] }>();
  for (const item of items) {
    const userId = users.get(reporterEmail(item) ?? '');
    if (!userId) continue;
    const key = `${userId}:${item.planId}`;
    const group = groups.get(key) ?? { userId, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  for (const { userId, items: due } of groups.values()) {
    const first = due[0];
    if (!first) continue;
    const { planId, plan } = first;
    const title = plan.title;
    for (const index of [3, 4]) {
      const period: ReportingPeriod = periodOf(
        'quarterly',
        2024,
        index,
        DEMO_REPORTING.deadlineDays,
      );
      const count = due.filter(
        (i) => '2024' in i.targets && i.activity.retiredIn === undefined,
      ).length;
      const sent = addDays(period.deadline, -7);
      rows.push(
        row(userId, 'deadline_approaching', `deadline_approaching:${planId}:${period.code}`, {
          title: { id: 'Batas waktu pelaporan mendekat', en: 'Reporting deadline approaching' },
          body: {
            id: `Laporan ${period.label.id} untuk ${title} jatuh tempo ${longDate(period.deadline, MONTHS_ID)}: ${count} indikator menunggu laporan Anda.`,
            en: `Reports for ${period.label.en} of ${title} are due on ${longDate(period.deadline, MONTHS_EN)}: ${count} indicators await your report.`,
          },
          link: `/reports?planId=${planId}&periodCode=${period.code}`,
          createdAt: morning(sent),
          // the earlier reminder has been read, the latest not yet
          readAt: index === 3 ? morning(addDays(sent, 1)) : null,
        }),
      );
      const late = batch.unfiled.filter(
        (u) => u.userId === userId && u.item.planId === planId && u.period.code === period.code,
      ).length;
      if (index !== 4 || late === 0) continue;
      const closing = closesOn(period, DEMO_REPORTING.closingGraceDays);
      rows.push(
        row(userId, 'report_overdue', `report_overdue:${planId}:${period.code}`, {
          title: { id: 'Laporan melewati batas waktu', en: 'Reports overdue' },
          body: {
            id: `${late} laporan ${period.label.id} untuk ${title} belum diajukan. Laporan terlambat masih diterima sampai ${longDate(closing, MONTHS_ID)}.`,
            en: `${late} reports for ${period.label.en} of ${title} have not been submitted. Late reports are accepted until ${longDate(closing, MONTHS_EN)}.`,
          },
          link: `/reports?planId=${planId}&periodCode=${period.code}`,
          createdAt: morning(addDays(period.deadline, 1)),
          readAt: null,
        }),
      );
    }
  }
  return rows;
}
