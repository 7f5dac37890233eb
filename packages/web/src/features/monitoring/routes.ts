import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../app/routes.js';
import { DashboardSearch, DrillSearch, OverdueSearch } from './search.js';

/** Pemantauan (monev): the dashboard, its overdue list and its drill-down. */
const dashboardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'monitoring',
  validateSearch: (search: Record<string, unknown>) => DashboardSearch.parse(search),
  component: lazyRouteComponent(() => import('./dashboard-page.js'), 'DashboardPage'),
});

const overdueRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'monitoring/overdue',
  validateSearch: (search: Record<string, unknown>) => OverdueSearch.parse(search),
  component: lazyRouteComponent(() => import('./overdue-page.js'), 'OverduePage'),
});

const drillRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'monitoring/drill',
  validateSearch: (search: Record<string, unknown>) => DrillSearch.parse(search),
  component: lazyRouteComponent(() => import('./drill-page.js'), 'DrillPage'),
});

export const monitoringRoutes = [dashboardRoute, overdueRoute, drillRoute] as const;
