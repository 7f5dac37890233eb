import { useQuery } from '@tanstack/react-query';
import { FullPageLoader } from '../../shared/query-state.js';
import { forcedPath, MeContext, meQueryOptions } from '../api/me.js';
import { AppLayout } from './app-layout.js';
import { NotFoundPage } from './not-found-page.js';
import { PublicLayout } from './public-layout.js';

/**
 * An address no route matches. Signed-in users see it inside the app shell (with the
 * navigation to find their way); others on the plain public page.
 */
export function RootNotFound() {
  const me = useQuery(meQueryOptions);
  if (me.isPending) return <FullPageLoader />;
  if (me.data) {
    return (
      <MeContext value={me.data}>
        <AppLayout restricted={forcedPath(me.data) !== null}>
          <NotFoundPage />
        </AppLayout>
      </MeContext>
    );
  }
  return (
    <PublicLayout>
      <NotFoundPage />
    </PublicLayout>
  );
}
