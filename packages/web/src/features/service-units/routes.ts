import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../app/routes.js';
import { ServiceUnitsSearch } from './search.js';

const listRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'service-units',
  validateSearch: (search: Record<string, unknown>) => ServiceUnitsSearch.parse(search),
  component: lazyRouteComponent(
    () => import('./service-units-list-page.js'),
    'ServiceUnitsListPage',
  ),
});

const createUnitRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'service-units/new',
  component: lazyRouteComponent(
    () => import('./service-unit-create-page.js'),
    'ServiceUnitCreatePage',
  ),
});

const detailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'service-units/$serviceUnitId',
  component: lazyRouteComponent(
    () => import('./service-unit-detail-page.js'),
    'ServiceUnitDetailPage',
  ),
});

const editRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'service-units/$serviceUnitId/edit',
  component: lazyRouteComponent(() => import('./service-unit-edit-page.js'), 'ServiceUnitEditPage'),
});

export const serviceUnitRoutes = [listRoute, createUnitRoute, detailRoute, editRoute] as const;
