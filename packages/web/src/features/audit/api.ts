import { AuditEntryView, Page } from '@sigap/domain';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from '../../app/api/client.js';
import type { AuditSearch } from './search.js';

export { AuditEntryView as AuditEntry } from '@sigap/domain';

export function auditListQuery(search: AuditSearch) {
  return queryOptions({
    queryKey: ['audit', 'list', search] as const,
    queryFn: () => api.get('/api/audit', Page(AuditEntryView), { pageSize: 50, ...search }),
    placeholderData: keepPreviousData,
  });
}
