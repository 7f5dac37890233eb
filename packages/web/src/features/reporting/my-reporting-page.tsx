import { Alert, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { daysBetween } from '@sigap/domain';
import { useQueries, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/api/me.js';
import { type Column, DataTable } from '../../shared/data-table.js';
import { useFormat } from '../../shared/format.js';
import { AnchorLink, ButtonLink } from '../../shared/links.js';
import { PageHeader } from '../../shared/page-header.js';
import { ErrorState, LoadingState } from '../../shared/query-state.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { StatusBadge } from '../../shared/status-badge.js';
import { periodsQuery, planDetailQuery, planOptionsQuery, reportListQuery } from './api.js';
import { useNumbers } from './numbers.js';
import { usePlanLabel } from './plan-label.js';
import { ReportStateBadge } from './report-badges.js';
import { type ReportingTask, reportingTasks, taskStage } from './reporting-tasks.js';
import type { PlanView } from './types.js';

const route = getRouteApi('/app/reports/tasks');

export function MyReportingPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="reports.file" title={t('reporting.tasks.title')}>
      <MyReporting />
    </RequirePermission>
  );
}

/** The plan to open first: one in force this year, the user's own RAD before the RAN. */
function defaultPlan(plans: PlanView[], regionCode: string | null): PlanView | undefined {
  const year = new Date().getFullYear();
  const current = plans.filter((p) => p.startYear <= year && year <= p.endYear);
  const pool = current.length > 0 ? current : [...plans].sort((a, b) => b.endYear - a.endYear);
  return (
    pool.find((p) => p.kind === 'rad' && p.regionCode === regionCode) ??
    pool.find((p) => p.kind === 'ran') ??
    pool[0]
  );
}

function MyReporting() {
  const { t } = useTranslation();
  const me = useMe();
  const planLabel = usePlanLabel();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const plans = useQuery(planOptionsQuery());
  const planList = plans.data?.items ?? [];
  const planId = search.planId ?? defaultPlan(planList, me.user.scope.regionCode)?.id;

  return (
    <>
      <PageHeader
        title={t('reporting.tasks.title')}
        subtitle={t('reporting.tasks.subtitle', { institution: me.user.institution.name })}
        actions={
          <ButtonLink to="/reports" search={{}} variant="default">
            {t('reporting.list.title')}
          </ButtonLink>
        }
      />
      {plans.isError ? (
        <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />
      ) : null}
      {plans.data ? (
        <Paper withBorder p="sm" mb="md">
          <NativeSelect
            label={t('reporting.fields.plan')}
            value={planId ?? ''}
            data={planList.map((p) => ({ value: p.id, label: planLabel(p) }))}
            onChange={(e) => void navigate({ search: { planId: e.currentTarget.value } })}
            maw={480}
          />
        </Paper>
      ) : null}
      {planId ? (
        <PlanTasks planId={planId} />
      ) : plans.data ? (
        <Text>{t('reporting.tasks.noPlan')}</Text>
      ) : (
        <LoadingState />
      )}
    </>
  );
}

function PlanTasks({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const plan = useQuery(planDetailQuery(planId));
  const calendar = useQuery(periodsQuery(planId));
  const open = (calendar.data?.periods ?? []).filter((p) => p.acceptsReports);
  // everything this user may file shows up under its own filters; a regional task force's
  // reporter files for every institution of its RAD, so it is not narrowed to one institution
  const ownOnly = plan.data?.kind !== 'rad' || me.user.scope.regionCode !== plan.data.regionCode;
  const reports = useQueries({
    queries: open.map((p) =>
      reportListQuery({
        planId,
        periodCode: p.code,
        institutionId: ownOnly ? me.user.institution.id : undefined,
        pageSize: 200,
      }),
    ),
  });
  const failed = [plan, calendar, ...reports].find((q) => q.isError);
  if (failed) return <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!plan.data || !calendar.data || reports.some((r) => !r.data)) return <LoadingState />;
  if (open.length === 0)
    return (
      <Alert color="gray" variant="light" title={t('reporting.tasks.noOpenTitle')}>
        {t('reporting.tasks.noOpen')}
      </Alert>
    );
  const tasks = reportingTasks(
    me,
    plan.data,
    calendar.data.periods,
    reports.flatMap((r) => r.data?.items ?? []),
  );
  return <TaskTable tasks={tasks} today={calendar.data.today} planId={planId} />;
}

function TaskTable({
  tasks,
  today,
  planId,
}: {
  tasks: ReportingTask[];
  today: string;
  planId: string;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const n = useNumbers();
  const missing = tasks.filter((x) => taskStage(x) !== 'done');
  const late = missing.filter((x) => x.period.status === 'overdue');

  const columns: Column<ReportingTask>[] = [
    {
      key: 'period',
      header: t('reporting.fields.period'),
      render: (x) => <Deadline task={x} today={today} />,
    },
    {
      key: 'indicator',
      header: t('reporting.fields.indicator'),
      render: (x) => (
        <Stack gap={0} miw={220}>
          <Text size="sm" fw={600} className="wrap-anywhere">
            {x.indicator.code} {x.indicator.name}
          </Text>
          <Text size="xs" c="dimmed" className="wrap-anywhere">
            {t('reporting.fields.activity')} {x.activity.code}: {x.activity.title}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'target',
      header: t('reporting.fields.target'),
      nowrap: true,
      render: (x) => `${n.number(x.target)} ${x.indicator.unit}`,
    },
    {
      key: 'state',
      header: t('reporting.fields.state'),
      render: (x) =>
        x.report ? (
          <ReportStateBadge state={x.report.state} />
        ) : (
          <StatusBadge tone={x.period.status === 'overdue' ? 'danger' : 'off'}>
            {t('reporting.tasks.notFiled')}
          </StatusBadge>
        ),
    },
    {
      key: 'action',
      header: t('reporting.tasks.action'),
      render: (x) => <TaskAction task={x} planId={planId} />,
    },
  ];

  return (
    <>
      <Group gap="lg" mb="sm" data-testid="task-summary">
        <Text size="sm">{t('reporting.tasks.pending', { count: missing.length })}</Text>
        {late.length > 0 ? (
          <Text size="sm" c="red.9" fw={600}>
            {t('reporting.tasks.late', { count: late.length })}
          </Text>
        ) : null}
        <Text size="sm" c="dimmed">
          {t('reporting.tasks.today', { date: fmt.date(today) })}
        </Text>
      </Group>
      <DataTable
        caption={t('reporting.tasks.caption')}
        testId="tasks-table"
        columns={columns}
        rows={tasks}
        rowKey={(x) => x.key}
      />
    </>
  );
}

function Deadline({ task, today }: { task: ReportingTask; today: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { period } = task;
  const days = daysBetween(today, period.deadline);
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
        {fmt.bi(period.label)}
      </Text>
      {period.status === 'overdue' ? (
        <Text size="xs" c="red.9" fw={600}>
          {t('reporting.tasks.overdue', { count: -days, closes: fmt.date(period.closesOn) })}
        </Text>
      ) : (
        <Text size="xs">
          {t('reporting.tasks.due', { date: fmt.date(period.deadline), count: days })}
        </Text>
      )}
    </Stack>
  );
}

function TaskAction({ task, planId }: { task: ReportingTask; planId: string }) {
  const { t } = useTranslation();
  const stage = taskStage(task);
  const label = `${task.indicator.code} ${task.period.code}`;
  if (stage === 'missing')
    return (
      <ButtonLink
        size="xs"
        to="/reports/new"
        search={{ planId, indicatorId: task.indicator.id, periodCode: task.period.code }}
        aria-label={`${t('reporting.tasks.file')}: ${label}`}
      >
        {t('reporting.tasks.file')}
      </ButtonLink>
    );
  const reportId = task.report?.id ?? '';
  const text =
    stage === 'draft'
      ? t('reporting.tasks.continue')
      : stage === 'returned'
        ? t('reporting.tasks.fix')
        : t('actions.view');
  return (
    <AnchorLink
      to="/reports/$reportId"
      params={{ reportId }}
      aria-label={`${text}: ${label}`}
      size="sm"
    >
      {text}
    </AnchorLink>
  );
}
