import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../app/routes.js';
import { AuditSearch } from './search.js';

const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'audit',
  validateSearch: (search: Record<string, unknown>) => AuditSearch.parse(search),
  component: lazyRouteComponent(() => import('./audit-page.js'), 'AuditPage'),
});

export const auditRoutes = [auditRoute] as const;
