import { Paper, SegmentedControl, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { daysBetween } from '@sigap/domain';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../shared/data-table.js';
import { todayIso, useFormat } from '../../shared/format.js';
import { FilterSelect } from '../../shared/list-toolbar.js';
import { PageHeader } from '../../shared/page-header.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { planOptionsQuery, reportListQuery } from './api.js';
import { usePlanLabel } from './plan-label.js';
import { useReportColumns } from './report-columns.js';
import type { ReportSummary } from './types.js';

const route = getRouteApi('/app/verification');

export function VerificationPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="reports.verify" title={t('reporting.verification.title')}>
      <VerificationQueue />
    </RequirePermission>
  );
}

const STATE = { verify: 'submitted', approve: 'verified' } as const;

/** The longest-waiting first, on the page as in the query (`sort=oldest`). */
function oldestFirst(rows: ReportSummary[] | undefined) {
  return rows && [...rows].sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''));
}

/**
 * Reports waiting for a verifier, the longest-waiting first: submitted (or resubmitted) ones to
 * verify, verified ones to approve. The list holds what the user may read; the report itself
 * says whether this user may act on it (nobody verifies their own institution's report).
 */
function VerificationQueue() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const planLabel = usePlanLabel();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const stage = search.stage ?? 'verify';
  const narrow = useMediaQuery('(max-width: 30em)') ?? false;
  const params = { planId: search.planId, page: search.page, sort: 'oldest' as const };
  const query = useQuery(reportListQuery({ ...params, state: STATE[stage] }));
  // the other stage's count, for its label
  const other = useQuery(
    reportListQuery({
      planId: search.planId,
      state: STATE[stage === 'verify' ? 'approve' : 'verify'],
      pageSize: 1,
    }),
  );
  const plans = useQuery(planOptionsQuery());
  const counts = {
    verify: stage === 'verify' ? query.data?.meta.total : other.data?.meta.total,
    approve: stage === 'approve' ? query.data?.meta.total : other.data?.meta.total,
  };
  const today = todayIso();
  const columns = useReportColumns([
    {
      key: 'waiting',
      header: t('reporting.verification.submitted'),
      render: (r: ReportSummary) => (
        <>
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            {fmt.date(r.submittedAt)}
          </Text>
          {r.submittedAt ? (
            <Text size="xs" c="dimmed">
              {t('reporting.verification.waiting', {
                count: Math.max(0, daysBetween(r.submittedAt.slice(0, 10), today)),
              })}
            </Text>
          ) : null}
        </>
      ),
    },
  ]);
  const label = (s: 'verify' | 'approve') =>
    `${t(`reporting.verification.${s}`)}${counts[s] === undefined ? '' : ` (${counts[s]})`}`;

  return (
    <>
      <PageHeader
        title={t('reporting.verification.title')}
        subtitle={t('reporting.verification.subtitle')}
      />
      <Paper withBorder p="sm" mb="md" role="search" aria-label={t('filters.label')}>
        <SegmentedControl
          value={stage}
          onChange={(v) =>
            void navigate({
              search: (prev) => ({
                ...prev,
                page: undefined,
                stage: v === 'approve' ? 'approve' : undefined,
              }),
            })
          }
          data={[
            { value: 'verify', label: label('verify') },
            { value: 'approve', label: label('approve') },
          ]}
          aria-label={t('reporting.verification.stage')}
          mb="sm"
          fullWidth
          orientation={narrow ? 'vertical' : 'horizontal'}
          style={{ maxWidth: 560 }}
          data-testid="verification-stage"
        />
        <FilterSelect
          label={t('reporting.fields.plan')}
          value={search.planId}
          options={(plans.data?.items ?? []).map((p) => ({ value: p.id, label: planLabel(p) }))}
          onChange={(planId) =>
            void navigate({ search: (prev) => ({ ...prev, page: undefined, planId }) })
          }
        />
      </Paper>
      <DataTable
        caption={label(stage)}
        testId="verification-table"
        columns={columns}
        rows={oldestFirst(query.data?.items)}
        rowKey={(r) => r.id}
        meta={query.data?.meta}
        loading={query.isFetching}
        error={query.error}
        onRetry={() => void query.refetch()}
        onPageChange={(page) => void navigate({ search: (prev) => ({ ...prev, page }) })}
      />
    </>
  );
}
