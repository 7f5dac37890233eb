import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../app/routes.js';
import { CasesSearch, ReferralsSearch } from './search.js';

const casesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'cases',
  validateSearch: (search: Record<string, unknown>) => CasesSearch.parse(search),
  component: lazyRouteComponent(() => import('./cases-list-page.js'), 'CasesListPage'),
});

const caseNewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'cases/new',
  component: lazyRouteComponent(() => import('./case-create-page.js'), 'CaseCreatePage'),
});

/** A case: masked by default; identifying data on request; break-the-glass when out of scope. */
const caseDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'cases/$caseId',
  component: lazyRouteComponent(() => import('./case-detail-page.js'), 'CaseDetailPage'),
});

const referralsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'referrals',
  validateSearch: (search: Record<string, unknown>) => ReferralsSearch.parse(search),
  component: lazyRouteComponent(() => import('./referrals-page.js'), 'ReferralsPage'),
});

export const caseRoutes = [casesRoute, caseNewRoute, caseDetailRoute, referralsRoute] as const;
