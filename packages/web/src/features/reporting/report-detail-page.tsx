import { Alert, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { STRATEGIES } from '@sigap/domain';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.js';
import { InfoList } from '../../shared/info-list.js';
import { AnchorLink } from '../../shared/links.js';
import { PageHeader } from '../../shared/page-header.js';
import { ErrorState, LoadingState } from '../../shared/query-state.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { planDetailQuery, reportDetailQuery } from './api.js';
import { EvidencePanel } from './evidence-panel.js';
import { EvidenceScoreForm } from './evidence-score-form.js';
import { usePlanLabel } from './plan-label.js';
import { findIndicator } from './plan-lookup.js';
import { RegionList } from './region-names.js';
import { ReportActions } from './report-actions.js';
import { ReportStateBadge } from './report-badges.js';
import { ReportComments } from './report-comments.js';
import { ReportEditForm } from './report-edit-form.js';
import { ReportFigures } from './report-figures.js';
import { ReportTimeline } from './report-timeline.js';
import type { ReportDetail } from './types.js';
import { useReportEditor } from './use-report-editor.js';

const route = getRouteApi('/app/reports/$reportId');

export function ReportDetailPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="reports.read" title={t('reporting.detail.title')}>
      <ReportPage />
    </RequirePermission>
  );
}

function ReportPage() {
  const { t } = useTranslation();
  const { reportId } = route.useParams();
  const query = useQuery(reportDetailQuery(reportId));
  if (!query.data)
    return (
      <>
        <PageHeader title={t('reporting.detail.title')} back={<BackLink />} />
        {query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <LoadingState />
        )}
      </>
    );
  return <ReportView report={query.data} />;
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <AnchorLink to="/reports" search={{}}>
      ← {t('reporting.list.title')}
    </AnchorLink>
  );
}

function ReportView({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const editor = useReportEditor(report);
  const plan = useQuery(planDetailQuery(report.plan.id));
  const lastReturn = [...report.timeline].reverse().find((e) => e.toState === 'returned');

  return (
    <>
      <PageHeader
        title={`${report.indicator.code} ${report.indicator.name}`}
        subtitle={
          <Group gap="xs" wrap="wrap">
            <ReportStateBadge state={report.state} />
            <span>{fmt.bi(report.period.label)}</span>
            <span aria-hidden="true">·</span>
            <span>{report.institution.name}</span>
          </Group>
        }
        back={<BackLink />}
      />
      {report.state === 'returned' && lastReturn?.note ? (
        <Alert
          color="red"
          variant="light"
          mb="md"
          title={t('reporting.detail.returnedTitle')}
          data-testid="returned-note"
        >
          <Text size="sm" c="black" style={{ whiteSpace: 'pre-wrap' }} className="wrap-anywhere">
            {lastReturn.note}
          </Text>
          <Text size="xs" c="black" mt={4}>
            {t('reporting.timeline.by', {
              who: lastReturn.actor?.name ?? '—',
              when: fmt.dateTime(lastReturn.at),
            })}
          </Text>
        </Alert>
      ) : null}
      <Stack gap="xs" mb="md">
        <ReportActions report={report} beforeSend={editor.save} />
      </Stack>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <ReportFigures report={report} thresholds={plan.data?.trafficLight} />
            {report.may.edit ? (
              <ReportEditForm report={report} editor={editor} />
            ) : (
              <ReportContent report={report} />
            )}
            <EvidencePanel report={report} />
            {report.may.score ? <EvidenceScoreForm key={report.version} report={report} /> : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <ReportContext report={report} />
            <ReportTimeline report={report} />
            <ReportComments report={report} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}

function ReportContext({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const planLabel = usePlanLabel();
  const plan = useQuery(planDetailQuery(report.plan.id));
  const place = plan.data ? findIndicator(plan.data, report.indicator.id) : null;
  const strategy = STRATEGIES.find((s) => s.code === report.strategy);
  const p = report.period;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="context-heading">
      <Title order={2} size="h4" id="context-heading" mb="sm">
        {t('reporting.detail.context')}
      </Title>
      <InfoList
        cols={1}
        items={[
          {
            label: t('reporting.fields.plan'),
            value: plan.data ? planLabel(plan.data) : report.plan.title,
          },
          {
            label: t('reporting.fields.strategy'),
            value: strategy ? `${strategy.number}. ${fmt.bi(strategy)}` : report.strategy,
          },
          ...(place
            ? [
                {
                  label: t('reporting.fields.program'),
                  value: `${place.program.code} ${place.program.title}`,
                },
              ]
            : []),
          {
            label: t('reporting.fields.activity'),
            value: `${report.activity.code} ${report.activity.title}`,
          },
          { label: t('reporting.fields.institution'), value: report.institution.name },
          {
            label: t('reporting.fields.period'),
            value: `${fmt.bi(p.label)} (${fmt.date(p.startsOn)} – ${fmt.date(p.endsOn)})`,
          },
          { label: t('reporting.fields.deadline'), value: fmt.date(p.deadline) },
          ...(report.submittedAt
            ? [
                {
                  label: t('reporting.fields.submittedAt'),
                  value: fmt.dateTime(report.submittedAt),
                },
              ]
            : []),
          ...(report.approvedAt
            ? [{ label: t('reporting.fields.approvedAt'), value: fmt.dateTime(report.approvedAt) }]
            : []),
        ]}
      />
    </Paper>
  );
}

function ReportContent({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const none = t('status.none');
  const block = (label: string, text: string) => ({
    label,
    value: (
      <Text component="span" size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {text.trim() === '' ? none : text}
      </Text>
    ),
  });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="content-heading">
      <Title order={2} size="h4" id="content-heading" mb="sm">
        {t('reporting.detail.content')}
      </Title>
      <InfoList
        cols={1}
        items={[
          block(t('reporting.fields.narrative'), report.narrative),
          block(t('reporting.fields.kendala'), report.kendala),
          block(t('reporting.fields.tindakLanjut'), report.tindakLanjut),
          {
            label: t('reporting.fields.regions'),
            value: <RegionList codes={report.regionCodes} empty={none} />,
          },
        ]}
      />
    </Paper>
  );
}
