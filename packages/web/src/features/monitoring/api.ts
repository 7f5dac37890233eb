import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, withQuery } from '../../app/api/client.js';
import { downloadFile } from '../reporting/raw-request.js';
import { serverView } from '../reporting/types.js';
import type { DashboardParams, OverdueSearch } from './search.js';
import type { DashboardView, DrillView, OverduePage } from './types.js';

export const monitoringKeys = {
  all: ['monitoring'] as const,
  dashboard: (p: object) => ['monitoring', 'dashboard', p] as const,
  drill: (p: object) => ['monitoring', 'drill', p] as const,
  overdue: (p: object) => ['monitoring', 'overdue', p] as const,
};

/** Only the filters the server takes (its query schema is strict). */
function filters(p: DashboardParams) {
  return {
    planId: p.planId,
    year: p.year,
    periodCode: p.periodCode,
    strategy: p.strategy,
    institutionId: p.institutionId,
    regionCode: p.regionCode,
  };
}

/**
 * Figures are computed on every call (a report approved a moment ago shows at once); they are
 * kept only while the user looks at them, and refreshed when the window regains focus.
 */
export function dashboardQuery(p: DashboardParams) {
  return queryOptions({
    queryKey: monitoringKeys.dashboard(filters(p)),
    queryFn: () => api.get('/api/monitoring/dashboard', serverView<DashboardView>(), filters(p)),
    placeholderData: keepPreviousData,
    staleTime: 0,
    refetchOnWindowFocus: true,
  });
}

export function drillQuery(p: {
  planId: string;
  year: number;
  strategy?: string;
  activityId?: string;
  indicatorId?: string;
}) {
  return queryOptions({
    queryKey: monitoringKeys.drill(p),
    queryFn: () => api.get('/api/monitoring/drill', serverView<DrillView>(), p),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function overdueQuery(p: DashboardParams & Pick<OverdueSearch, 'page'>) {
  const params = { ...filters(p), page: p.page, pageSize: 25 };
  return queryOptions({
    queryKey: monitoringKeys.overdue(params),
    queryFn: () => api.get('/api/monitoring/overdue', serverView<OverduePage>(), params),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** The same view as an XLSX workbook, its headers in the user's language. */
export function exportDashboard(p: DashboardParams) {
  return downloadFile(
    withQuery('/api/monitoring/dashboard.xlsx', filters(p)),
    `monitoring-${p.year}.xlsx`,
  );
}
