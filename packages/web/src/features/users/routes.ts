import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../app/routes.js';
import { UsersSearch } from './search.js';

const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'users',
  validateSearch: (search: Record<string, unknown>) => UsersSearch.parse(search),
  component: lazyRouteComponent(() => import('./users-list-page.js'), 'UsersListPage'),
});

const userCreateRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'users/new',
  component: lazyRouteComponent(() => import('./user-create-page.js'), 'UserCreatePage'),
});

const userDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'users/$userId',
  component: lazyRouteComponent(() => import('./user-detail-page.js'), 'UserDetailPage'),
});

const userEditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'users/$userId/edit',
  component: lazyRouteComponent(() => import('./user-edit-page.js'), 'UserEditPage'),
});

export const userRoutes = [usersRoute, userCreateRoute, userDetailRoute, userEditRoute] as const;
