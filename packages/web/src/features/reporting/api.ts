import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '../../app/api/client.js';
import { rawRequest } from './raw-request.js';
import type { NonPlanSearch, ReportsSearch } from './search.js';
import {
  type CommentView,
  type EvidenceView,
  type NonPlanActivityView,
  type Paged,
  type PeriodCalendar,
  type PlanDetail,
  type PlanView,
  type ReportDetail,
  type ReportSummary,
  serverView,
} from './types.js';

export const reportKeys = {
  all: ['reports'] as const,
  lists: ['reports', 'list'] as const,
  list: (p: object) => ['reports', 'list', p] as const,
  detail: (id: string) => ['reports', 'detail', id] as const,
  periods: (planId: string) => ['reports', 'periods', planId] as const,
  plans: (year?: number) => ['reports', 'plans', year ?? null] as const,
  plan: (id: string) => ['reports', 'plan', id] as const,
  nonPlan: ['non-plan-activities'] as const,
};

/**
 * The reports list's query: the filters as the server takes them (lists comma-separated), the
 * page size, and `sort=oldest` for queues (the longest-waiting first).
 */
export type ReportListParams = ReportsSearch & { pageSize?: number; sort?: 'oldest' };

export function reportListQuery(search: ReportListParams) {
  return queryOptions({
    queryKey: reportKeys.list(search),
    queryFn: () =>
      api.get('/api/reports', serverView<Paged<ReportSummary>>(), { pageSize: 25, ...search }),
    placeholderData: keepPreviousData,
  });
}

export function reportDetailQuery(id: string) {
  return queryOptions({
    queryKey: reportKeys.detail(id),
    queryFn: () => api.get(`/api/reports/${encodeURIComponent(id)}`, serverView<ReportDetail>()),
  });
}

/** A plan's reporting calendar; statuses depend on today, so it is not kept long. */
export function periodsQuery(planId: string) {
  return queryOptions({
    queryKey: reportKeys.periods(planId),
    queryFn: () => api.get('/api/reporting/periods', serverView<PeriodCalendar>(), { planId }),
    staleTime: 5 * 60_000,
  });
}

/** Plans in the user's scope, for pickers (a national user sees the RAN and every RAD). */
export function planOptionsQuery(year?: number) {
  return queryOptions({
    queryKey: reportKeys.plans(year),
    queryFn: () => api.get('/api/plans', serverView<Paged<PlanView>>(), { pageSize: 200, year }),
    staleTime: 5 * 60_000,
  });
}

/** A plan's matrix: context of a report (program, activity, targets) and its thresholds. */
export function planDetailQuery(id: string) {
  return queryOptions({
    queryKey: reportKeys.plan(id),
    queryFn: () => api.get(`/api/plans/${encodeURIComponent(id)}`, serverView<PlanDetail>()),
    staleTime: 5 * 60_000,
  });
}

export function nonPlanListQuery(search: NonPlanSearch) {
  return queryOptions({
    queryKey: [...reportKeys.nonPlan, 'list', search],
    queryFn: () =>
      api.get('/api/non-plan-activities', serverView<Paged<NonPlanActivityView>>(), {
        pageSize: 25,
        ...search,
      }),
    placeholderData: keepPreviousData,
  });
}

export function nonPlanDetailQuery(id: string) {
  return queryOptions({
    queryKey: [...reportKeys.nonPlan, 'detail', id],
    queryFn: () =>
      api.get(
        `/api/non-plan-activities/${encodeURIComponent(id)}`,
        serverView<NonPlanActivityView>(),
      ),
  });
}

const report = (id: string) => `/api/reports/${encodeURIComponent(id)}`;
const detail = serverView<ReportDetail>();

export const reportsApi = {
  reload: (id: string) => api.get(report(id), detail),
  create: (body: unknown) => api.post('/api/reports', detail, body),
  update: (id: string, body: unknown) => api.patch(report(id), detail, body),
  transition: (id: string, action: string, note: string | null) =>
    api.post(`${report(id)}/transitions`, detail, { action, note }),
  comment: (id: string, body: string, parentId: string | null) =>
    api.post(`${report(id)}/comments`, serverView<CommentView>(), { body, parentId }),
  score: async (id: string, body: object): Promise<ReportDetail> => {
    const res = await rawRequest('PUT', `${report(id)}/evidence-score`, body);
    return (await res.json()) as ReportDetail;
  },
  /** One file per request, so each file gets its own answer (accepted, or why not). */
  uploadEvidence: async (id: string, file: File): Promise<EvidenceView[]> => {
    const form = new FormData();
    form.append('file', file, file.name);
    const res = await rawRequest('POST', `${report(id)}/evidence`, form);
    const body = (await res.json()) as { items: EvidenceView[] };
    return body.items;
  },
  removeEvidence: (evidenceId: string) =>
    rawRequest('DELETE', `/api/evidence/${encodeURIComponent(evidenceId)}`).then(() => undefined),
};

export const nonPlanApi = {
  create: (body: unknown) =>
    api.post('/api/non-plan-activities', serverView<NonPlanActivityView>(), body),
  update: (id: string, body: unknown) =>
    api.patch(
      `/api/non-plan-activities/${encodeURIComponent(id)}`,
      serverView<NonPlanActivityView>(),
      body,
    ),
  remove: (id: string) =>
    rawRequest('DELETE', `/api/non-plan-activities/${encodeURIComponent(id)}`).then(
      () => undefined,
    ),
};
