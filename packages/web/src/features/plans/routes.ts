import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../app/routes.js';
import {
  AlignmentSearch,
  ImportSearch,
  PlanDetailSearch,
  PlansSearch,
  RevisionsSearch,
} from './search.js';

const listRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'plans',
  validateSearch: (search: Record<string, unknown>) => PlansSearch.parse(search),
  component: lazyRouteComponent(() => import('./plans-list-page.js'), 'PlansListPage'),
});

const importRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'plans/import',
  validateSearch: (search: Record<string, unknown>) => ImportSearch.parse(search),
  component: lazyRouteComponent(() => import('./plan-import-page.js'), 'PlanImportPage'),
});

const alignmentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'plans/alignment',
  validateSearch: (search: Record<string, unknown>) => AlignmentSearch.parse(search),
  component: lazyRouteComponent(() => import('./plan-alignment-page.js'), 'PlanAlignmentPage'),
});

const detailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'plans/$planId',
  validateSearch: (search: Record<string, unknown>) => PlanDetailSearch.parse(search),
  component: lazyRouteComponent(() => import('./plan-detail-page.js'), 'PlanDetailPage'),
});

const revisionsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'plans/$planId/revisions',
  validateSearch: (search: Record<string, unknown>) => RevisionsSearch.parse(search),
  component: lazyRouteComponent(() => import('./plan-revisions-page.js'), 'PlanRevisionsPage'),
});

export const planRoutes = [
  listRoute,
  importRoute,
  alignmentRoute,
  detailRoute,
  revisionsRoute,
] as const;
