import { Me, type Me as MeType } from '@sigap/domain';
import { queryOptions } from '@tanstack/react-query';
import { createContext, use } from 'react';
import { api, isApiError, setCsrfToken } from './client.js';

export const meQueryKey = ['me'] as const;

/** The signed-in user, or null when there is no (complete) session. */
export async function fetchMe(): Promise<MeType | null> {
  try {
    const me = await api.get('/api/me', Me);
    setCsrfToken(me.csrfToken);
    return me;
  } catch (e) {
    if (isApiError(e) && e.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw e;
  }
}

export const meQueryOptions = queryOptions({
  queryKey: meQueryKey,
  queryFn: fetchMe,
  staleTime: 60_000,
});

export const MeContext = createContext<MeType | null>(null);

/** The signed-in user; only inside the authenticated part of the app. */
export function useMe(): MeType {
  const me = use(MeContext);
  if (!me) throw new Error('useMe() used outside the signed-in layout');
  return me;
}

export type Permission = MeType['permissions'][number];

export function useCan(): (permission: Permission) => boolean {
  const me = useMe();
  return (permission) => me.permissions.includes(permission);
}

/** Where a user must go before anything else, if anywhere. */
export function forcedPath(me: MeType): '/account/two-factor' | '/account/password' | null {
  if (me.twoFactor.enrolmentPending) return '/account/two-factor';
  if (me.user.mustChangePassword) return '/account/password';
  return null;
}
