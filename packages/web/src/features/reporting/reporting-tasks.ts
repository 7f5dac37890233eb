import type { Me } from '@sigap/domain';
import type { PeriodView, PlanDetail, ReportSummary } from './types.js';

type Activity = PlanDetail['programs'][number]['activities'][number];
type Indicator = Activity['indicators'][number];

export type ReportingTask = {
  key: string;
  period: PeriodView;
  activity: Activity;
  indicator: Indicator & { id: string };
  target: number | null;
  /** The report already started for this indicator and period, if any. */
  report: ReportSummary | null;
};

/**
 * Whether this user files for the activity, as the server decides (reporting/report-access.ts,
 * mayFileFor): a user of the responsible institution, or for a RAD the regional task force's
 * reporter (scope exactly the RAD's region). The server refuses anything else anyway.
 */
export function filesFor(
  me: Me,
  plan: Pick<PlanDetail, 'kind' | 'regionCode'>,
  activity: Activity,
) {
  if (!me.permissions.includes('reports.file')) return false;
  if (activity.responsibleInstitution.id === me.user.institution.id) return true;
  const scope = me.user.scope;
  return plan.kind === 'rad' && scope.level !== 'national' && scope.regionCode === plan.regionCode;
}

/**
 * Every indicator this user reports on × every period that accepts reports today, with the
 * report started for it. Late periods first (their grace runs out), then by deadline and code.
 */
export function reportingTasks(
  me: Me,
  plan: PlanDetail,
  periods: PeriodView[],
  reports: ReportSummary[],
): ReportingTask[] {
  const open = periods.filter((p) => p.acceptsReports);
  const byKey = new Map(reports.map((r) => [`${r.indicator.id}/${r.periodCode}`, r]));
  const tasks: ReportingTask[] = [];
  for (const program of plan.programs)
    for (const activity of program.activities) {
      if (activity.id === null || !filesFor(me, plan, activity)) continue;
      for (const indicator of activity.indicators) {
        const id = indicator.id;
        if (id === null) continue;
        for (const period of open)
          tasks.push({
            key: `${id}/${period.code}`,
            period,
            activity,
            indicator: { ...indicator, id },
            target: indicator.targets[String(period.year)] ?? null,
            report: byKey.get(`${id}/${period.code}`) ?? null,
          });
      }
    }
  const rank = (t: ReportingTask) => (t.period.status === 'overdue' ? 0 : 1);
  return tasks.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      a.period.deadline.localeCompare(b.period.deadline) ||
      a.indicator.code.localeCompare(b.indicator.code, undefined, { numeric: true }),
  );
}

/** What is left to do on a task: nothing filed, a draft, a returned report, or nothing. */
export function taskStage(task: ReportingTask): 'missing' | 'draft' | 'returned' | 'done' {
  if (!task.report) return 'missing';
  if (task.report.state === 'draft') return 'draft';
  if (task.report.state === 'returned') return 'returned';
  return 'done';
}
