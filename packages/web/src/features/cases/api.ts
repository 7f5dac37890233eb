import {
  BreakGlassGrant,
  CaseDetail,
  CaseSummary,
  CountryView,
  Page,
  PicklistsView,
  ReferralView,
  TimelineView,
  VerificationView,
} from '@sigap/domain';
import { keepPreviousData, type QueryClient, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../app/api/client.js';
import { rawRequest } from '../reporting/raw-request.js';
import type { CasesSearch, ReferralsSearch } from './search.js';

/** open: identifying fields shown (the server audits the read); masked: none opened. */
export type IdentityMode = 'open' | 'masked';

export const caseKeys = {
  all: ['cases'] as const,
  lists: ['cases', 'list'] as const,
  list: (p: object) => ['cases', 'list', p] as const,
  details: (id: string) => ['cases', 'detail', id] as const,
  detail: (id: string, identity: IdentityMode) => ['cases', 'detail', id, identity] as const,
  timeline: (caseId: string, personId: string) => ['cases', 'timeline', caseId, personId] as const,
  referrals: ['referrals'] as const,
  referralList: (p: object) => ['referrals', 'list', p] as const,
};

export function caseListQuery(search: CasesSearch) {
  return queryOptions({
    queryKey: caseKeys.list(search),
    queryFn: () => api.get('/api/cases', Page(CaseSummary), { pageSize: 25, ...search }),
    placeholderData: keepPreviousData,
  });
}

/**
 * A case. The masked view is the default; the open one is asked for only when the user chooses
 * to see identifying data, and it is never refetched behind their back (each fetch is an
 * audited read of the victims' data).
 */
export function caseDetailQuery(id: string, identity: IdentityMode) {
  return queryOptions({
    queryKey: caseKeys.detail(id, identity),
    queryFn: () => api.get(`/api/cases/${encodeURIComponent(id)}`, CaseDetail, { identity }),
    staleTime: identity === 'open' ? Number.POSITIVE_INFINITY : 30_000,
    gcTime: identity === 'open' ? 0 : undefined,
    refetchOnReconnect: identity !== 'open',
  });
}

export function timelineQuery(caseId: string, personId: string) {
  return queryOptions({
    queryKey: caseKeys.timeline(caseId, personId),
    queryFn: () =>
      api.get(
        `/api/cases/${encodeURIComponent(caseId)}/people/${encodeURIComponent(personId)}/timeline`,
        TimelineView,
      ),
  });
}

export function referralListQuery(search: ReferralsSearch) {
  const params = { pageSize: 25, ...search, direction: search.direction ?? 'incoming' };
  return queryOptions({
    queryKey: caseKeys.referralList(params),
    queryFn: () => api.get('/api/referrals', Page(ReferralView), params),
    placeholderData: keepPreviousData,
  });
}

/** The registry's picklists (reference data: an installation may add or retire values). */
export const picklistsQuery = queryOptions({
  queryKey: ['picklists'],
  queryFn: () => api.get('/api/picklists', PicklistsView),
  staleTime: 10 * 60_000,
});

export const countriesQuery = queryOptions({
  queryKey: ['reference', 'countries'],
  queryFn: () => api.get('/api/reference/countries', z.array(CountryView)),
  staleTime: 60 * 60_000,
});

const caseUrl = (id: string) => `/api/cases/${encodeURIComponent(id)}`;
const WithCase = z.object({ id: z.uuid(), case: CaseDetail });

/** The kinds of record a case holds, by their path under /api/cases/:id. */
export type RecordSegment = 'events' | 'people' | 'legal-steps' | 'consents' | 'services';

export const casesApi = {
  create: (body: unknown) => api.post('/api/cases', CaseDetail, body),
  update: (id: string, body: unknown) => api.patch(caseUrl(id), CaseDetail, body),
  breakGlass: (id: string, body: unknown) =>
    api.post(`${caseUrl(id)}/break-glass`, BreakGlassGrant, body),
  verifyCase: (id: string, body: unknown) =>
    api.post(`${caseUrl(id)}/verification`, VerificationView, body),
  verifyPerson: (personId: string, body: unknown) =>
    api.post(
      `/api/case-people/${encodeURIComponent(personId)}/verification`,
      VerificationView,
      body,
    ),
  addRecord: (id: string, segment: RecordSegment, body: unknown) =>
    api.post(`${caseUrl(id)}/${segment}`, WithCase, body),
  updateRecord: (id: string, segment: RecordSegment, itemId: string, body: unknown) =>
    api.patch(`${caseUrl(id)}/${segment}/${encodeURIComponent(itemId)}`, CaseDetail, body),
  removeRecord: (id: string, segment: RecordSegment, itemId: string) =>
    rawRequest('DELETE', `${caseUrl(id)}/${segment}/${encodeURIComponent(itemId)}`).then(
      () => undefined,
    ),
  sendReferral: (id: string, body: unknown) => api.post(`${caseUrl(id)}/referrals`, WithCase, body),
  answerReferral: (id: string, answer: 'accept' | 'complete') =>
    api.post(`/api/referrals/${encodeURIComponent(id)}/${answer}`, ReferralView),
  declineReferral: (id: string, body: unknown) =>
    api.post(`/api/referrals/${encodeURIComponent(id)}/decline`, ReferralView, body),
};

/**
 * After a write: the masked case the server answered replaces the cached one; an open view (if
 * the user chose it) is fetched again once, since the record just changed; lists and timelines
 * refresh.
 */
export async function afterCaseWrite(
  queryClient: QueryClient,
  updated: CaseDetail | null,
  id: string,
) {
  if (updated) queryClient.setQueryData(caseKeys.detail(id, 'masked'), updated);
  else await queryClient.invalidateQueries({ queryKey: caseKeys.detail(id, 'masked') });
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: caseKeys.detail(id, 'open') }),
    queryClient.invalidateQueries({ queryKey: caseKeys.lists }),
    queryClient.invalidateQueries({ queryKey: ['cases', 'timeline', id] }),
    queryClient.invalidateQueries({ queryKey: caseKeys.referrals }),
  ]);
}
