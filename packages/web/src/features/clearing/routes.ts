import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../../app/routes.js';
import { MergesSearch, QueueSearch } from './search.js';

/** Verifikasi dan clearing data: the duplicate review queue, one pair, the merge history. */
const queueRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'clearing',
  validateSearch: (search: Record<string, unknown>) => QueueSearch.parse(search),
  component: lazyRouteComponent(() => import('./queue-page.js'), 'QueuePage'),
});

const mergesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'clearing/merges',
  validateSearch: (search: Record<string, unknown>) => MergesSearch.parse(search),
  component: lazyRouteComponent(() => import('./merges-page.js'), 'MergesPage'),
});

const pairRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'clearing/$candidateId',
  component: lazyRouteComponent(() => import('./pair-page.js'), 'PairPage'),
});

export const clearingRoutes = [queueRoute, mergesRoute, pairRoute] as const;
