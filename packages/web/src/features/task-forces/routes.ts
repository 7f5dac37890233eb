import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../app/routes.js';
import { TaskForceDetailSearch, TaskForcesSearch } from './search.js';

const listRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'task-forces',
  validateSearch: (search: Record<string, unknown>) => TaskForcesSearch.parse(search),
  component: lazyRouteComponent(() => import('./task-forces-list-page.js'), 'TaskForcesListPage'),
});

const createTaskForceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'task-forces/new',
  component: lazyRouteComponent(() => import('./task-force-create-page.js'), 'TaskForceCreatePage'),
});

const detailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'task-forces/$taskForceId',
  validateSearch: (search: Record<string, unknown>) => TaskForceDetailSearch.parse(search),
  component: lazyRouteComponent(() => import('./task-force-detail-page.js'), 'TaskForceDetailPage'),
});

const editRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'task-forces/$taskForceId/edit',
  component: lazyRouteComponent(() => import('./task-force-edit-page.js'), 'TaskForceEditPage'),
});

const membershipCreateRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'task-forces/$taskForceId/memberships/new',
  component: lazyRouteComponent(
    () => import('./membership-create-page.js'),
    'MembershipCreatePage',
  ),
});

export const taskForceRoutes = [
  listRoute,
  createTaskForceRoute,
  detailRoute,
  editRoute,
  membershipCreateRoute,
] as const;
