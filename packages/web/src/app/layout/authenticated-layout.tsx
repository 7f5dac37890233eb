import { useQuery } from '@tanstack/react-query';
import { Outlet, useLocation, useNavigate, useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';
import { FullPageError, FullPageLoader } from '../../shared/query-state.js';
import { forcedPath, MeContext, meQueryOptions } from '../api/me.js';
import { AppLayout } from './app-layout.js';

/**
 * The signed-in shell. The route's beforeLoad already sent strangers to sign-in; this follows
 * changes while the app is open (session expired, signed out in another tab, 2FA enrolled).
 */
export function AuthenticatedLayout() {
  const meQuery = useQuery(meQueryOptions);
  const navigate = useNavigate();
  const { pathname, href } = useLocation();
  const me = meQuery.data;
  const forced = me ? forcedPath(me) : null;

  useEffect(() => {
    // While the sign-in page loads this layout is still on screen: do not send it there again.
    if (pathname === '/sign-in') return;
    if (me === null) void navigate({ to: '/sign-in', search: { redirect: href }, replace: true });
    else if (forced && pathname !== forced) void navigate({ to: forced, replace: true });
  }, [me, forced, pathname, href, navigate]);

  if (meQuery.isError && !me)
    return <FullPageError error={meQuery.error} onRetry={() => void meQuery.refetch()} />;
  if (!me || (forced && pathname !== forced)) return <FullPageLoader />;

  return (
    <MeContext value={me}>
      <AppLayout restricted={forced !== null}>
        <Outlet />
      </AppLayout>
    </MeContext>
  );
}

/** beforeLoad failed (the server could not be reached): say so and offer to try again. */
export function AuthenticatedError({ error }: { error: unknown }) {
  const router = useRouter();
  return <FullPageError error={error} onRetry={() => void router.invalidate()} />;
}
