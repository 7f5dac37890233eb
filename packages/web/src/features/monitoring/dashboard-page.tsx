import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../shared/form-parts.js';
import { useFormat } from '../../shared/format.js';
import { ButtonLink } from '../../shared/links.js';
import { PageHeader } from '../../shared/page-header.js';
import { ErrorState, errorMessage, LoadingState } from '../../shared/query-state.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { usePlanLabel } from '../reporting/plan-label.js';
import { AchievementSection } from './achievement-section.js';
import { dashboardQuery, exportDashboard } from './api.js';
import { BudgetSection } from './budget-section.js';
import { CompletenessSection } from './completeness-section.js';
import { DashboardFilters } from './dashboard-filters.js';
import { OverdueTable } from './overdue-table.js';
import { overdueSearchOf } from './record-links.js';
import type { DashboardParams, DashboardSearch } from './search.js';
import { TotalsCards } from './totals-cards.js';
import { TrendSection } from './trend-section.js';
import type { DashboardView } from './types.js';
import { usePlanYear } from './use-plan-year.js';

const route = getRouteApi('/app/monitoring');

export function DashboardPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="monitoring.read" title={t('monitoring.title')}>
      <Dashboard />
    </RequirePermission>
  );
}

function Dashboard() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const { plans, list, planId, year } = usePlanYear(search);
  const set = (patch: Partial<DashboardSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, planId, year, ...patch }) });
  const params: DashboardParams | null = planId && year ? { ...search, planId, year } : null;
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);

  async function exportXlsx() {
    if (!params) return;
    setExporting(true);
    setExportError(null);
    try {
      await exportDashboard(params);
    } catch (e) {
      setExportError(errorMessage(e));
    } finally {
      setExporting(false);
    }
  }

  return (
    <>
      <PageHeader
        title={t('monitoring.title')}
        subtitle={t('monitoring.subtitle')}
        actions={
          <Button
            variant="default"
            leftSection={<IconFileSpreadsheet size={16} aria-hidden="true" />}
            onClick={() => void exportXlsx()}
            loading={exporting}
            disabled={!params}
            data-testid="export-xlsx"
          >
            {t('monitoring.export')}
          </Button>
        }
      />
      <FormError message={exportError} />
      <DashboardFilters
        search={search}
        plans={list}
        planId={planId}
        year={year}
        set={set}
        reset={() => void navigate({ search: {} })}
      />
      {plans.isError ? (
        <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />
      ) : params ? (
        <DashboardBody params={params} />
      ) : plans.data ? (
        <Alert color="gray" variant="light">
          {t('monitoring.noPlan')}
        </Alert>
      ) : (
        <LoadingState />
      )}
    </>
  );
}

function DashboardBody({ params }: { params: DashboardParams }) {
  const query = useQuery(dashboardQuery(params));
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <LoadingState />;
  return <DashboardFigures d={query.data} params={params} stale={query.isPlaceholderData} />;
}

function DashboardFigures({
  d,
  params,
  stale,
}: {
  d: DashboardView;
  params: DashboardParams;
  stale: boolean;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const planLabel = usePlanLabel();
  return (
    <Stack
      gap="md"
      aria-busy={stale || undefined}
      style={stale ? { opacity: 0.6 } : undefined}
      data-testid="dashboard"
    >
      <Text size="sm">
        {t('monitoring.asOf', { plan: planLabel(d.plan), year: d.year, date: fmt.date(d.asOf) })}
        {d.filters.ownInstitutionOnly ? ` ${t('monitoring.ownOnly')}` : ''}
      </Text>
      <TotalsCards d={d} />
      <CompletenessSection d={d} />
      <AchievementSection d={d} />
      <TrendSection d={d} />
      <BudgetSection d={d} />
      <Paper
        withBorder
        p="md"
        component="section"
        aria-labelledby="overdue-heading"
        data-testid="overdue-section"
      >
        <Group justify="space-between" mb="sm" gap="xs">
          <Title order={2} size="h3" id="overdue-heading">
            {t('monitoring.overdue.heading', { count: d.overdue.total })}
          </Title>
          {d.overdue.total > d.overdue.items.length ? (
            <ButtonLink
              size="xs"
              variant="default"
              to="/monitoring/overdue"
              search={{ ...overdueSearchOf(d.overdue.records), ...params }}
            >
              {t('monitoring.overdue.all', { count: d.overdue.total })}
            </ButtonLink>
          ) : null}
        </Group>
        <OverdueTable
          caption={t('monitoring.overdue.caption')}
          rows={d.overdue.items}
          testId="overdue-table"
        />
      </Paper>
    </Stack>
  );
}
