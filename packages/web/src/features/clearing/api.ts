import type {
  CandidateDetail,
  CandidateSummary,
  ClearingRunResult,
  MergeView,
} from '@sigap/domain';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '../../app/api/client.js';
import { type Paged, serverView } from '../reporting/types.js';
import type { MergesSearch, QueueSearch } from './search.js';

/**
 * Verifikasi dan clearing (packages/server/src/features/clearing/routes.ts): the queue of
 * candidate pairs, one pair with its evidence, merge / not the same person, merges and undo,
 * and a detection run.
 */
const BASE = '/api/clearing';
export const PAGE_SIZE = 25;

export const clearingKeys = {
  all: ['clearing'] as const,
  queue: (p: object) => ['clearing', 'queue', p] as const,
  pair: (id: string) => ['clearing', 'pair', id] as const,
  merges: (p: object) => ['clearing', 'merges', p] as const,
};

export function queueQuery(s: QueueSearch) {
  const params = {
    page: s.page ?? 1,
    pageSize: PAGE_SIZE,
    state: s.state ?? 'open',
    minScore: s.minScore,
  };
  return queryOptions({
    queryKey: clearingKeys.queue(params),
    queryFn: () => api.get(`${BASE}/candidates`, serverView<Paged<CandidateSummary>>(), params),
    placeholderData: keepPreviousData,
  });
}

/** Opening a pair reads both records' identifying data: the server audits it. */
export function pairQuery(id: string) {
  return queryOptions({
    queryKey: clearingKeys.pair(id),
    queryFn: () => api.get(`${BASE}/candidates/${id}`, serverView<CandidateDetail>()),
    staleTime: 0,
  });
}

export function mergesQuery(s: MergesSearch) {
  const params = { page: s.page ?? 1, pageSize: PAGE_SIZE, undone: s.undone };
  return queryOptions({
    queryKey: clearingKeys.merges(params),
    queryFn: () => api.get(`${BASE}/merges`, serverView<Paged<MergeView>>(), params),
    placeholderData: keepPreviousData,
  });
}

export const clearingApi = {
  merge: (id: string, survivor: 'a' | 'b') =>
    api.post(`${BASE}/candidates/${id}/merge`, serverView<MergeView>(), { survivor }),
  notSame: (id: string) =>
    api.post(`${BASE}/candidates/${id}/not-same`, serverView<CandidateSummary>()),
  undo: (mergeId: string) => api.post(`${BASE}/merges/${mergeId}/undo`, serverView<MergeView>()),
  run: (threshold: number | undefined) =>
    api.post(
      `${BASE}/run`,
      serverView<ClearingRunResult>(),
      threshold === undefined ? {} : { threshold },
    ),
};
