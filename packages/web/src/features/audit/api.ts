import { Page } from '@sigap/domain';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../app/api/client.js';
import type { AuditSearch } from './search.js';

/** One audit entry as GET /api/audit answers it (the server's AuditEntryView). */
export const AuditEntry = z.object({
  id: z.number(),
  at: z.string(),
  actorUserId: z.string().nullable(),
  actorEmail: z.string().nullable(),
  ip: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export function auditListQuery(search: AuditSearch) {
  return queryOptions({
    queryKey: ['audit', 'list', search] as const,
    queryFn: () => api.get('/api/audit', Page(AuditEntry), { pageSize: 50, ...search }),
    placeholderData: keepPreviousData,
  });
}
