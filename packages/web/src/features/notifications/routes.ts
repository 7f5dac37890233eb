import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from 'zod';
import { appRoute } from '../../app/routes.js';
import { page } from '../../shared/search.js';

export const NotificationsSearch = z.object({
  page,
  unread: z.enum(['true']).optional().catch(undefined),
});

const notificationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'notifications',
  validateSearch: (search: Record<string, unknown>) => NotificationsSearch.parse(search),
  component: lazyRouteComponent(() => import('./notifications-page.js'), 'NotificationsPage'),
});

export const notificationRoutes = [notificationsRoute] as const;
