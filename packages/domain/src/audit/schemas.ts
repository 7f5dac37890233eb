import { z } from 'zod';
import { PageQuery } from '../common/pagination.js';

/** One audit entry as GET /api/audit answers it (secrets redacted before they are stored). */
export const AuditEntryView = z.object({
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
export type AuditEntryView = z.infer<typeof AuditEntryView>;

export const AuditQuery = PageQuery.extend({
  entityType: z.string().max(60).optional(),
  entityId: z.string().max(100).optional(),
  action: z.string().max(100).optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

/** What anyone may know before signing in: whether this is a demo installation. */
export const PublicSettings = z.object({
  demo: z.boolean(),
  /** Largest evidence file accepted, so the upload form can say so before sending. */
  evidenceMaxBytes: z.number().int(),
});
export type PublicSettings = z.infer<typeof PublicSettings>;
