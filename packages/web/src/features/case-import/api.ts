import {
  type ImportBatchView,
  type ImportConfirm,
  type ImportInspection,
  type ImportPreview,
  type ImportTemplateInput,
  type ImportTemplateUpdate,
  type ImportTemplateView,
  PicklistsView,
} from '@sigap/domain';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, withQuery } from '../../app/api/client.js';
import { downloadFile, rawRequest } from '../reporting/raw-request.js';
import { type Paged, serverView } from '../reporting/types.js';

/**
 * Impor data kasus (packages/server/src/features/case-import/routes.ts): mapping templates,
 * upload → preview → confirm, progress, resume and rollback; and the HTCDS 2.0 export
 * (export-routes.ts). The answers are the domain's schemas, validated by the server.
 */
export const importKeys = {
  all: ['case-imports'] as const,
  templates: ['case-imports', 'templates'] as const,
  template: (id: string) => ['case-imports', 'templates', id] as const,
  batches: (page: number) => ['case-imports', 'batches', page] as const,
  batch: (id: string) => ['case-imports', 'batch', id] as const,
};

export const BATCHES_PAGE_SIZE = 20;

export const templatesQuery = queryOptions({
  queryKey: importKeys.templates,
  queryFn: () =>
    api.get('/api/case-import-templates', serverView<{ items: ImportTemplateView[] }>()),
});

export function templateQuery(id: string) {
  return queryOptions({
    queryKey: importKeys.template(id),
    queryFn: () => api.get(`/api/case-import-templates/${id}`, serverView<ImportTemplateView>()),
  });
}

export function batchesQuery(page: number) {
  return queryOptions({
    queryKey: importKeys.batches(page),
    queryFn: () =>
      api.get('/api/case-imports', serverView<Paged<ImportBatchView>>(), {
        page,
        pageSize: BATCHES_PAGE_SIZE,
      }),
    placeholderData: keepPreviousData,
  });
}

/** How often a running import is asked for its progress. */
export const PROGRESS_POLL_MS = 2000;

/** One import; asked again every few seconds while it runs, so the progress bar moves. */
export function batchQuery(id: string) {
  return queryOptions({
    queryKey: importKeys.batch(id),
    queryFn: () => api.get(`/api/case-imports/${id}`, serverView<ImportPreview>()),
    refetchInterval: (query) =>
      query.state.data?.state === 'importing' ? PROGRESS_POLL_MS : false,
  });
}

/** The same key and answer as the cases pages' picklists, so the cache is shared. */
export const picklistsQuery = queryOptions({
  queryKey: ['picklists'],
  queryFn: () => api.get('/api/picklists', PicklistsView),
  staleTime: 10 * 60_000,
});

function fileForm(file: File, fields: Record<string, string | null | undefined>): FormData {
  const form = new FormData();
  // text fields first: the server reads the parts in order and the file is streamed last
  for (const [key, value] of Object.entries(fields)) if (value) form.append(key, value);
  form.append('file', file, file.name);
  return form;
}

export const importApi = {
  createTemplate: (input: ImportTemplateInput) =>
    api.post('/api/case-import-templates', serverView<ImportTemplateView>(), input),
  updateTemplate: (id: string, input: ImportTemplateUpdate) =>
    api.patch(`/api/case-import-templates/${id}`, serverView<ImportTemplateView>(), input),
  async deleteTemplate(id: string): Promise<void> {
    await rawRequest('DELETE', `/api/case-import-templates/${id}`);
  },
  suggest: (headers: string[]) =>
    api.post(
      '/api/case-import-templates/suggest',
      serverView<{ columnMap: Record<string, string> }>(),
      { headers },
    ),
  /** Reads a sample file's headers (nothing is stored) and suggests a mapping. */
  async inspect(file: File, headerRow: number, sheet: string | undefined) {
    const res = await rawRequest(
      'POST',
      '/api/case-imports/inspect',
      fileForm(file, { headerRow: String(headerRow), sheet }),
    );
    return (await res.json()) as ImportInspection;
  },
  /** Uploads a file and answers its preview; nothing reaches the registry before `confirm`. */
  async upload(file: File, templateId: string, regionCode: string | null) {
    const res = await rawRequest(
      'POST',
      '/api/case-imports',
      fileForm(file, { templateId, regionCode }),
    );
    return (await res.json()) as ImportPreview;
  },
  confirm: (id: string, input: ImportConfirm) =>
    api.post(`/api/case-imports/${id}/confirm`, serverView<ImportBatchView>(), input),
  resume: (id: string) => api.post(`/api/case-imports/${id}/resume`, serverView<ImportBatchView>()),
  rollback: (id: string) =>
    api.post(`/api/case-imports/${id}/rollback`, serverView<ImportBatchView>()),
};

const today = () => new Date().toISOString().slice(0, 10);

/** HTCDS 2.0 records of the cases in the user's scope, identifying fields left out. */
export function downloadHtcds(format: 'csv' | 'json') {
  return downloadFile(
    withQuery('/api/case-exports/htcds', { format }),
    `sigap-htcds-${today()}.${format}`,
  );
}

/**
 * The export with identifying fields (administrators): a password-protected ZIP. The password
 * travels in the request body, never in an address that logs would keep.
 */
export async function downloadHtcdsIdentifying(format: 'csv' | 'json', password: string) {
  const res = await rawRequest('POST', '/api/case-exports/htcds', { format, password });
  const blob = await res.blob();
  saveBlob(blob, `sigap-htcds-${today()}.zip`);
}

export function saveBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
