import { Page, ServiceUnitView } from '@sigap/domain';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { Anything, api, Created } from '../../app/api/client.js';
import type { ServiceUnitsSearch } from './search.js';

export const serviceUnitKeys = {
  all: ['service-units'] as const,
  list: (p: ServiceUnitsSearch) => ['service-units', 'list', p] as const,
  detail: (id: string) => ['service-units', 'detail', id] as const,
};

export function serviceUnitListQuery(search: ServiceUnitsSearch) {
  return queryOptions({
    queryKey: serviceUnitKeys.list(search),
    queryFn: () =>
      api.get('/api/service-units', Page(ServiceUnitView), { pageSize: 25, ...search }),
    placeholderData: keepPreviousData,
  });
}

export function serviceUnitDetailQuery(id: string) {
  return queryOptions({
    queryKey: serviceUnitKeys.detail(id),
    queryFn: () => api.get(`/api/service-units/${encodeURIComponent(id)}`, ServiceUnitView),
  });
}

export const serviceUnitsApi = {
  create: (body: unknown) => api.post('/api/service-units', Created, body),
  update: (id: string, body: unknown) =>
    api.patch(`/api/service-units/${encodeURIComponent(id)}`, Anything, body),
};
