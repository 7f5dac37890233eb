import { Page, RegionDetail, type RegionLevel, RegionView } from '@sigap/domain';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { Anything, api, CreatedRegion } from '../../app/api/client.js';

export type RegionListParams = {
  level?: RegionLevel;
  parentCode?: string;
  q?: string;
  historic?: 'true' | 'false';
  page?: number;
  pageSize?: number;
};

export const regionKeys = {
  all: ['regions'] as const,
  list: (p: RegionListParams) => ['regions', 'list', p] as const,
  detail: (code: string) => ['regions', 'detail', code] as const,
};

export function regionListQuery(params: RegionListParams) {
  return queryOptions({
    queryKey: regionKeys.list(params),
    queryFn: () => api.get('/api/regions', Page(RegionView), { pageSize: 25, ...params }),
    placeholderData: keepPreviousData,
  });
}

/** Every region of a level under a parent, for pickers (a province has at most ~40 regencies). */
export function regionOptionsQuery(level: 'province' | 'regency', parentCode?: string) {
  return queryOptions({
    queryKey: regionKeys.list({ level, parentCode, pageSize: 200 }),
    queryFn: () => api.get('/api/regions', Page(RegionView), { level, parentCode, pageSize: 200 }),
    staleTime: 10 * 60_000,
  });
}

/**
 * Kecamatan of a kabupaten/kota or desa of a kecamatan, every page (a kecamatan can have a few
 * hundred desa). Empty where the installation has not loaded that level (`sigap regions import`).
 */
export function subregionOptionsQuery(level: 'district' | 'village', parentCode: string) {
  return queryOptions({
    queryKey: regionKeys.list({ level, parentCode, pageSize: 200 }),
    queryFn: async () => {
      const items: RegionView[] = [];
      for (let page = 1; ; page++) {
        const res = await api.get('/api/regions', Page(RegionView), {
          level,
          parentCode,
          page,
          pageSize: 200,
        });
        items.push(...res.items);
        if (items.length >= res.meta.total || res.items.length === 0) return items;
      }
    },
    staleTime: 10 * 60_000,
  });
}

export function regionDetailQuery(code: string) {
  return queryOptions({
    queryKey: regionKeys.detail(code),
    queryFn: () => api.get(`/api/regions/${encodeURIComponent(code)}`, RegionDetail),
  });
}

export const regionsApi = {
  create: (body: unknown) => api.post('/api/regions', CreatedRegion, body),
  update: (code: string, body: unknown) =>
    api.patch(`/api/regions/${encodeURIComponent(code)}`, Anything, body),
  addLineage: (body: unknown) => api.post('/api/regions/lineage', Anything, body),
};
