import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute, rootRoute } from '../../app/routes.js';
import { StatsSearch } from './search.js';

/** Statistik kasus: exact figures in the user's scope (signed in). */
const statsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'case-stats',
  validateSearch: (search: Record<string, unknown>) => StatsSearch.parse(search),
  component: lazyRouteComponent(() => import('./stats-page.js'), 'StatsPage'),
});

/** Statistik publik: national, verified, small counts suppressed; no sign-in. */
export const publicStatsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'public/statistics',
  component: lazyRouteComponent(() => import('./public-stats-page.js'), 'PublicStatsPage'),
});

export const caseStatsRoutes = [statsRoute] as const;
