import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from 'zod';
import { appRoute, rootRoute } from '../../app/routes.js';

/** Only a path inside this app may be a return address (no `//host` or `https:` tricks). */
export function safeRedirect(value: string | undefined): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value.startsWith('/sign-in')) return '/';
  return value;
}

const SignInSearch = z.object({ redirect: z.string().max(2000).optional().catch(undefined) });

export const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'sign-in',
  validateSearch: (search: Record<string, unknown>) => SignInSearch.parse(search),
  component: lazyRouteComponent(() => import('./sign-in-page.js'), 'SignInPage'),
});

const accountRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'account',
  component: lazyRouteComponent(() => import('./account-page.js'), 'AccountPage'),
});

const changePasswordRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'account/password',
  component: lazyRouteComponent(() => import('./change-password-page.js'), 'ChangePasswordPage'),
});

const enrolmentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: 'account/two-factor',
  component: lazyRouteComponent(
    () => import('./two-factor-enrolment-page.js'),
    'TwoFactorEnrolmentPage',
  ),
});

export const accountRoutes = [accountRoute, changePasswordRoute, enrolmentRoute] as const;
