import { Alert, Paper, Stack, Text } from '@mantine/core';
import { ProgressReportCreate, STRATEGIES } from '@sigap/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FormActions, FormError } from '../../shared/form-parts.js';
import { useFormat } from '../../shared/format.js';
import { InfoList } from '../../shared/info-list.js';
import { AnchorLink } from '../../shared/links.js';
import { notifySuccess } from '../../shared/notify.js';
import { PageHeader } from '../../shared/page-header.js';
import { ErrorState, LoadingState } from '../../shared/query-state.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { useSchemaForm } from '../../shared/use-schema-form.js';
import { periodsQuery, planDetailQuery, reportKeys, reportsApi } from './api.js';
import { useNumbers } from './numbers.js';
import { findIndicator, type IndicatorPlace } from './plan-lookup.js';
import {
  type ContentValues,
  contentInput,
  contentValues,
  ReportContentFields,
} from './report-content-fields.js';
import type { PeriodView } from './types.js';

const route = getRouteApi('/app/reports/new');

export function ReportCreatePage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="reports.file" title={t('reporting.create.title')}>
      <ReportCreate />
    </RequirePermission>
  );
}

function ReportCreate() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { planId, indicatorId, periodCode } = route.useSearch();
  const plan = useQuery({ ...planDetailQuery(planId ?? ''), enabled: !!planId });
  const calendar = useQuery({ ...periodsQuery(planId ?? ''), enabled: !!planId });
  const back = (
    <AnchorLink to="/reports/tasks" search={{ planId }}>
      ← {t('reporting.tasks.title')}
    </AnchorLink>
  );
  if (!planId || !indicatorId || !periodCode)
    return (
      <>
        <PageHeader title={t('reporting.create.title')} back={back} />
        <Alert color="orange" variant="light" title={t('reporting.create.pickFirstTitle')}>
          {t('reporting.create.pickFirst')}
        </Alert>
      </>
    );
  const failed = [plan, calendar].find((q) => q.isError);
  if (!plan.data || !calendar.data)
    return (
      <>
        <PageHeader title={t('reporting.create.title')} back={back} />
        {failed ? (
          <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />
        ) : (
          <LoadingState />
        )}
      </>
    );
  const place = findIndicator(plan.data, indicatorId);
  const period = calendar.data.periods.find((p) => p.code === periodCode);
  if (!place || !period)
    return (
      <>
        <PageHeader title={t('reporting.create.title')} back={back} />
        <Alert color="red" variant="light" title={t('errors.notFoundTitle')}>
          {t('reporting.create.unknown')}
        </Alert>
      </>
    );
  // the server refuses these too; saying so first spares the user a form filled in vain
  if (!period.acceptsReports)
    return (
      <>
        <PageHeader title={t('reporting.create.title')} back={back} />
        <Alert color="orange" variant="light" title={t('reporting.create.notOpenTitle')}>
          {t(
            period.status === 'not_started'
              ? 'reporting.create.notStarted'
              : 'reporting.create.closed',
            { period: fmt.bi(period.label), date: fmt.date(period.closesOn) },
          )}
        </Alert>
      </>
    );
  return <CreateForm place={place} period={period} indicatorId={indicatorId} back={back} />;
}

function CreateForm(props: {
  place: IndicatorPlace;
  period: PeriodView;
  indicatorId: string;
  back: React.ReactNode;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const n = useNumbers();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { program, activity, indicator } = props.place;
  const { period } = props;
  const strategy = STRATEGIES.find((s) => s.code === program.strategy);
  const { form, formError, submitting, onSubmit } = useSchemaForm({
    initialValues: contentValues() as ContentValues,
    schema: ProgressReportCreate,
    toInput: (v: ContentValues) => ({
      ...contentInput(v),
      indicatorId: props.indicatorId,
      periodCode: period.code,
    }),
  });

  return (
    <>
      <PageHeader
        title={t('reporting.create.title')}
        subtitle={`${indicator.code} ${indicator.name}`}
        back={props.back}
      />
      <Paper
        withBorder
        p="md"
        mb="md"
        component="section"
        aria-label={t('reporting.detail.context')}
      >
        <InfoList
          items={[
            {
              label: t('reporting.fields.period'),
              value: `${fmt.bi(period.label)} — ${t('reporting.fields.deadlineOn', { date: fmt.date(period.deadline) })}`,
            },
            {
              label: t('reporting.fields.strategy'),
              value: strategy ? `${strategy.number}. ${fmt.bi(strategy)}` : program.strategy,
            },
            { label: t('reporting.fields.activity'), value: `${activity.code} ${activity.title}` },
            {
              label: t('reporting.fields.institution'),
              value: activity.responsibleInstitution.name,
            },
            {
              label: t('reporting.fields.target'),
              value: `${n.number(indicator.targets[String(period.year)] ?? null)} ${indicator.unit}`,
            },
            {
              label: t('reporting.fields.baseline'),
              value: `${n.number(indicator.baseline)} ${indicator.unit}`,
            },
          ]}
        />
      </Paper>
      {period.status === 'overdue' ? (
        <Alert color="orange" variant="light" mb="md" title={t('reporting.create.lateTitle')}>
          {t('reporting.create.late', { date: fmt.date(period.closesOn) })}
        </Alert>
      ) : null}
      <Paper withBorder p="lg" maw={760}>
        <form
          noValidate
          data-testid="report-create-form"
          aria-label={t('reporting.create.title')}
          onSubmit={onSubmit(async (payload) => {
            const created = await reportsApi.create(payload);
            queryClient.setQueryData(reportKeys.detail(created.id), created);
            await queryClient.invalidateQueries({ queryKey: reportKeys.all });
            notifySuccess(t('reporting.create.done'));
            await navigate({ to: '/reports/$reportId', params: { reportId: created.id } });
          })}
        >
          <Stack gap="md">
            <Text size="sm">{t('reporting.create.intro')}</Text>
            <ReportContentFields
              form={form}
              unit={indicator.unit}
              direction={indicator.direction}
            />
            <FormError message={formError} />
            <FormActions
              submitLabel={t('reporting.create.submit')}
              submitting={submitting}
              onCancel={() => void navigate({ to: '/reports/tasks', search: {} })}
            />
          </Stack>
        </form>
      </Paper>
    </>
  );
}
