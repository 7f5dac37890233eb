import { InstitutionDetail, InstitutionView, Page } from '@sigap/domain';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { Anything, api, Created } from '../../app/api/client.js';
import type { InstitutionsSearch } from './search.js';

export const institutionKeys = {
  all: ['institutions'] as const,
  list: (p: InstitutionsSearch) => ['institutions', 'list', p] as const,
  options: ['institutions', 'options'] as const,
  detail: (id: string) => ['institutions', 'detail', id] as const,
};

export function institutionListQuery(search: InstitutionsSearch) {
  return queryOptions({
    queryKey: institutionKeys.list(search),
    queryFn: () => api.get('/api/institutions', Page(InstitutionView), { pageSize: 25, ...search }),
    placeholderData: keepPreviousData,
  });
}

/** All institutions for pickers (a few dozen national K/L plus regional bodies). */
export const institutionOptionsQuery = queryOptions({
  queryKey: institutionKeys.options,
  queryFn: () => api.get('/api/institutions', Page(InstitutionView), { pageSize: 200 }),
  staleTime: 5 * 60_000,
});

export function institutionDetailQuery(id: string) {
  return queryOptions({
    queryKey: institutionKeys.detail(id),
    queryFn: () => api.get(`/api/institutions/${encodeURIComponent(id)}`, InstitutionDetail),
  });
}

export const institutionsApi = {
  create: (body: unknown) => api.post('/api/institutions', Created, body),
  update: (id: string, body: unknown) =>
    api.patch(`/api/institutions/${encodeURIComponent(id)}`, Anything, body),
  rename: (id: string, body: unknown) =>
    api.post(`/api/institutions/${encodeURIComponent(id)}/names`, Anything, body),
};
