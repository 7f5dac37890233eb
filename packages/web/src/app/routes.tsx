import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, Outlet, redirect } from '@tanstack/react-router';
import { forcedPath, meQueryOptions } from './api/me.js';
import { AuthenticatedError, AuthenticatedLayout } from './layout/authenticated-layout.js';
import { NotFoundPage } from './layout/not-found-page.js';
import { RootNotFound } from './layout/root-not-found.js';

export type RouterContext = { queryClient: QueryClient };

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: RootNotFound,
});

/**
 * Every page behind sign-in hangs under this pathless layout. Before any of them loads: no
 * session → sign-in (and back here afterwards); a session that must first enrol two-factor or
 * change its password → that page only (the server refuses everything else anyway).
 */
export const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions);
    if (!me) throw redirect({ to: '/sign-in', search: { redirect: location.href }, replace: true });
    const forced = forcedPath(me);
    if (forced && location.pathname !== forced) throw redirect({ to: forced, replace: true });
  },
  component: AuthenticatedLayout,
  errorComponent: AuthenticatedError,
  notFoundComponent: NotFoundPage,
});
