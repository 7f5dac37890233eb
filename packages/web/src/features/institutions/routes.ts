import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../app/routes.js';
import { InstitutionsSearch } from './search.js';

const listRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'institutions',
  validateSearch: (search: Record<string, unknown>) => InstitutionsSearch.parse(search),
  component: lazyRouteComponent(
    () => import('./institutions-list-page.js'),
    'InstitutionsListPage',
  ),
});

const createInstitutionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'institutions/new',
  component: lazyRouteComponent(
    () => import('./institution-create-page.js'),
    'InstitutionCreatePage',
  ),
});

const detailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'institutions/$institutionId',
  component: lazyRouteComponent(
    () => import('./institution-detail-page.js'),
    'InstitutionDetailPage',
  ),
});

const editRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'institutions/$institutionId/edit',
  component: lazyRouteComponent(() => import('./institution-edit-page.js'), 'InstitutionEditPage'),
});

export const institutionRoutes = [
  listRoute,
  createInstitutionRoute,
  detailRoute,
  editRoute,
] as const;
