import { Page, UserView } from '@sigap/domain';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { Anything, api, Created } from '../../app/api/client.js';
import type { UsersSearch } from './search.js';

export const userKeys = {
  all: ['users'] as const,
  list: (p: UsersSearch) => ['users', 'list', p] as const,
  detail: (id: string) => ['users', 'detail', id] as const,
};

export function userListQuery(search: UsersSearch) {
  return queryOptions({
    queryKey: userKeys.list(search),
    queryFn: () => api.get('/api/users', Page(UserView), { pageSize: 25, ...search }),
    placeholderData: keepPreviousData,
  });
}

export function userDetailQuery(id: string) {
  return queryOptions({
    queryKey: userKeys.detail(id),
    queryFn: () => api.get(`/api/users/${encodeURIComponent(id)}`, UserView),
  });
}

const base = (id: string) => `/api/users/${encodeURIComponent(id)}`;
const Revoked = z.object({ revoked: z.number() });

export const usersApi = {
  create: (body: unknown) => api.post('/api/users', Created, body),
  update: (id: string, body: unknown) => api.patch(base(id), Anything, body),
  resetPassword: (id: string, newPassword: string) =>
    api.post(`${base(id)}/reset-password`, Anything, { newPassword }),
  unlock: (id: string) => api.post(`${base(id)}/unlock`, Anything),
  revokeSessions: (id: string) => api.post(`${base(id)}/revoke-sessions`, Revoked),
  resetTwoFactor: (id: string) => api.post(`${base(id)}/reset-2fa`, Anything),
};
