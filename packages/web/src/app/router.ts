import { createRouter } from '@tanstack/react-router';
import { auditRoutes } from '../features/audit/routes.js';
import { caseImportRoutes } from '../features/case-import/routes.js';
import { caseStatsRoutes, publicStatsRoute } from '../features/case-stats/routes.js';
import { caseRoutes } from '../features/cases/routes.js';
import { clearingRoutes } from '../features/clearing/routes.js';
import { homeRoutes } from '../features/home/routes.js';
import { accountRoutes, signInRoute } from '../features/identity/routes.js';
import { institutionRoutes } from '../features/institutions/routes.js';
import { monitoringRoutes } from '../features/monitoring/routes.js';
import { notificationRoutes } from '../features/notifications/routes.js';
import { planRoutes } from '../features/plans/routes.js';
import { regionRoutes } from '../features/regions/routes.js';
import { reportingRoutes } from '../features/reporting/routes.js';
import { serviceUnitRoutes } from '../features/service-units/routes.js';
import { taskForceRoutes } from '../features/task-forces/routes.js';
import { userRoutes } from '../features/users/routes.js';
import { parseSearch, stringifySearch } from '../shared/search.js';
import { queryClient } from './query-client.js';
import { appRoute, rootRoute } from './routes.js';

const routeTree = rootRoute.addChildren([
  signInRoute,
  publicStatsRoute,
  appRoute.addChildren([
    ...homeRoutes,
    ...accountRoutes,
    ...userRoutes,
    ...institutionRoutes,
    ...taskForceRoutes,
    ...regionRoutes,
    ...serviceUnitRoutes,
    ...auditRoutes,
    ...planRoutes,
    ...reportingRoutes,
    ...monitoringRoutes,
    ...notificationRoutes,
    ...caseRoutes,
    ...caseImportRoutes,
    ...caseStatsRoutes,
    ...clearingRoutes,
  ]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  parseSearch,
  stringifySearch,
  defaultPreload: 'intent',
  // Data comes from TanStack Query, which has its own cache; the router should not hold a copy.
  defaultPreloadStaleTime: 0,
  scrollRestoration: true,
  notFoundMode: 'fuzzy',
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
