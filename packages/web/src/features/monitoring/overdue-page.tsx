import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../shared/links.js';
import { PageHeader } from '../../shared/page-header.js';
import { ErrorState, LoadingState } from '../../shared/query-state.js';
import { RequirePermission } from '../../shared/require-permission.js';
import { overdueQuery } from './api.js';
import { DashboardFilters } from './dashboard-filters.js';
import { OverdueTable } from './overdue-table.js';
import type { DashboardParams, DashboardSearch } from './search.js';
import { usePlanYear } from './use-plan-year.js';

const route = getRouteApi('/app/monitoring/overdue');

export function OverduePage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="monitoring.read" title={t('monitoring.overdue.title')}>
      <Overdue />
    </RequirePermission>
  );
}

/** Every report due and not filed under the dashboard's filters, the most overdue first. */
function Overdue() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const { plans, list, planId, year } = usePlanYear(search);
  const params: DashboardParams | null = planId && year ? { ...search, planId, year } : null;
  const query = useQuery({
    ...overdueQuery({ ...(params ?? { planId: '', year: 0 }), page: search.page }),
    enabled: !!params,
  });
  const set = (patch: Partial<DashboardSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, planId, year, page: undefined, ...patch }) });
  const { page: _page, ...dashboardSearch } = search;
  return (
    <>
      <PageHeader
        title={t('monitoring.overdue.title')}
        subtitle={t('monitoring.overdue.subtitle')}
        back={
          <AnchorLink to="/monitoring" search={{ ...dashboardSearch, planId, year }}>
            ← {t('monitoring.title')}
          </AnchorLink>
        }
      />
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
      ) : !params ? (
        <LoadingState />
      ) : (
        <OverdueTable
          caption={t('monitoring.overdue.caption')}
          testId="overdue-list"
          rows={query.data?.items}
          meta={query.data?.meta}
          loading={query.isFetching}
          error={query.error}
          onRetry={() => void query.refetch()}
          onPageChange={(page) => void navigate({ search: (prev) => ({ ...prev, page }) })}
        />
      )}
    </>
  );
}
