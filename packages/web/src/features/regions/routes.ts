import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../app/routes.js';
import { RegionsSearch } from './search.js';

const listRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'regions',
  validateSearch: (search: Record<string, unknown>) => RegionsSearch.parse(search),
  component: lazyRouteComponent(() => import('./regions-list-page.js'), 'RegionsListPage'),
});

const createRegionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'regions/new',
  component: lazyRouteComponent(() => import('./region-create-page.js'), 'RegionCreatePage'),
});

const lineageRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'regions/lineage/new',
  component: lazyRouteComponent(() => import('./region-lineage-page.js'), 'RegionLineagePage'),
});

const detailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'regions/$regionCode',
  component: lazyRouteComponent(() => import('./region-detail-page.js'), 'RegionDetailPage'),
});

const editRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'regions/$regionCode/edit',
  component: lazyRouteComponent(() => import('./region-edit-page.js'), 'RegionEditPage'),
});

export const regionRoutes = [
  listRoute,
  createRegionRoute,
  lineageRoute,
  detailRoute,
  editRoute,
] as const;
