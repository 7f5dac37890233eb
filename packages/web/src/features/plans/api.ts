import { ApiError, type ErrorCode, type Me } from '@sigap/domain';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { ApiRequestError, api } from '../../app/api/client.js';
import { meQueryKey } from '../../app/api/me.js';
import { currentLang } from '../../app/i18n/index.js';
import { queryClient } from '../../app/query-client.js';
import type { PlansSearch } from './search.js';
import type {
  AlignmentView,
  ImportPreview,
  ImportResult,
  PlanDetail,
  PlanView,
  RevisionDetail,
  RevisionSummary,
} from './types.js';

/**
 * The server checks its answers against the schemas these types come from (types.ts); the web
 * app takes them as typed rather than bundling the server's schemas.
 */
const answer = <T>() => z.custom<T>((v) => typeof v === 'object' && v !== null);
type Page<T> = { items: T[]; meta: { page: number; pageSize: number; total: number } };

export const planKeys = {
  all: ['plans'] as const,
  list: (p: object) => ['plans', 'list', p] as const,
  detail: (id: string, revision?: number) => ['plans', 'detail', id, revision ?? null] as const,
  revisions: (id: string) => ['plans', 'revisions', id] as const,
  revision: (id: string, n: number) => ['plans', 'revisions', id, n] as const,
  alignment: (ranPlanId: string) => ['plans', 'alignment', ranPlanId] as const,
};

const base = (id: string) => `/api/plans/${encodeURIComponent(id)}`;

export function planListQuery(search: PlansSearch) {
  return queryOptions({
    queryKey: planKeys.list(search),
    queryFn: () => api.get('/api/plans', answer<Page<PlanView>>(), { pageSize: 20, ...search }),
    placeholderData: keepPreviousData,
  });
}

/** The national plans, newest period first: the alignment view's choice of RAN. */
export const ranPlansQuery = queryOptions({
  queryKey: planKeys.list({ kind: 'ran', pageSize: 50 }),
  queryFn: () => api.get('/api/plans', answer<Page<PlanView>>(), { kind: 'ran', pageSize: 50 }),
  staleTime: 5 * 60_000,
});

export function planDetailQuery(id: string, revision?: number) {
  return queryOptions({
    queryKey: planKeys.detail(id, revision),
    queryFn: () => api.get(base(id), answer<PlanDetail>(), { revision }),
  });
}

export function revisionsQuery(id: string) {
  return queryOptions({
    queryKey: planKeys.revisions(id),
    queryFn: () => api.get(`${base(id)}/revisions`, answer<RevisionSummary[]>()),
  });
}

export function revisionQuery(id: string, number: number) {
  return queryOptions({
    queryKey: planKeys.revision(id, number),
    queryFn: () => api.get(`${base(id)}/revisions/${number}`, answer<RevisionDetail>()),
    // a revision never changes once written
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function alignmentQuery(ranPlanId: string) {
  return queryOptions({
    queryKey: planKeys.alignment(ranPlanId),
    queryFn: () => api.get('/api/plans/alignment', answer<AlignmentView>(), { ranPlanId }),
  });
}

/**
 * Same limit as the server's MAX_IMPORT_BYTES (packages/server/src/features/plans/import-routes.ts):
 * checked here first so a phone on a slow line does not send a file only to be refused.
 */
export const MAX_IMPORT_MB = 10;
export const MAX_IMPORT_BYTES = MAX_IMPORT_MB * 1024 * 1024;
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function csrfToken(): string | null {
  return queryClient.getQueryData<Me | null>(meQueryKey)?.csrfToken ?? null;
}

const NETWORK = {
  id: 'Tidak dapat terhubung ke server. Periksa koneksi lalu coba lagi.',
  en: 'Cannot reach the server. Check the connection and try again.',
};

/** A fetch in the user's language whose failure becomes the shared API error. */
async function request(path: string, init: RequestInit = {}): Promise<Response> {
  const lang = currentLang();
  const headers = new Headers(init.headers);
  headers.set('accept-language', lang);
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers, credentials: 'same-origin' });
  } catch {
    throw new ApiRequestError(0, 'NETWORK', NETWORK[lang]);
  }
  if (res.ok) return res;
  const body: unknown = await res.json().catch(() => null);
  const parsed = ApiError.safeParse(body);
  if (res.status === 401) void queryClient.invalidateQueries({ queryKey: meQueryKey });
  if (!parsed.success)
    throw new ApiRequestError(res.status, 'INTERNAL', `${res.status} ${res.statusText}`);
  const { code, message, fields } = parsed.data.error;
  throw new ApiRequestError(res.status, code as ErrorCode, message, fields ?? []);
}

/**
 * Downloads the plan's XLSX. Fetched rather than linked so the column headers come in the
 * language the user chose in Sigap, not the browser's.
 */
export async function downloadPlanXlsx(id: string, fallbackName: string): Promise<void> {
  const res = await request(`${base(id)}/export.xlsx`, { headers: { accept: XLSX_TYPE } });
  const blob = await res.blob();
  const disposition = res.headers.get('content-disposition') ?? '';
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const plansApi = {
  /** Checks a sheet; nothing is written until `confirmImport`. */
  async previewImport(file: File, planId: string | undefined): Promise<ImportPreview> {
    const form = new FormData();
    if (planId) form.append('planId', planId);
    form.append('file', file, file.name);
    const headers: Record<string, string> = { accept: 'application/json' };
    const token = csrfToken();
    if (token) headers['x-csrf-token'] = token;
    const res = await request('/api/plans/import/preview', {
      method: 'POST',
      headers,
      body: form,
    });
    return (await res.json()) as ImportPreview;
  },
  confirmImport: (importToken: string, note: string | null) =>
    api.post('/api/plans/import/confirm', answer<ImportResult>(), { importToken, note }),
};
