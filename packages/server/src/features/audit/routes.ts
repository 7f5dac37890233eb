import { ApiError, AuditEntryView, AuditQuery, Page } from '@sigap/domain';
import { and, count, desc, eq, ilike, or } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { App } from '../../platform/http/types.js';
import { containsPattern } from '../shared/search.js';
import { auditLog } from './schema.js';

export async function auditRoutes(app: App, ctx: AppContext) {
  app.get('/api/audit', {
    config: { permission: 'audit.read' },
    schema: {
      tags: ['audit'],
      summary: 'Audit log, newest first',
      querystring: AuditQuery,
      response: { 200: Page(AuditEntryView), 403: ApiError },
    },
    handler: async (req) => {
      const q = req.query;
      const where = and(
        q.entityType ? eq(auditLog.entityType, q.entityType) : undefined,
        q.entityId ? eq(auditLog.entityId, q.entityId) : undefined,
        q.action ? eq(auditLog.action, q.action) : undefined,
        q.q
          ? or(
              ilike(auditLog.actorEmail, containsPattern(q.q)),
              ilike(auditLog.action, containsPattern(q.q)),
            )
          : undefined,
      );
      const db = ctx.database.readDb;
      const [rows, totals] = await Promise.all([
        db
          .select()
          .from(auditLog)
          .where(where)
          .orderBy(desc(auditLog.id))
          .limit(q.pageSize)
          .offset((q.page - 1) * q.pageSize),
        db.select({ n: count() }).from(auditLog).where(where),
      ]);
      return {
        items: rows.map((r) => ({ ...r, at: r.at.toISOString() })),
        meta: { page: q.page, pageSize: q.pageSize, total: totals[0]?.n ?? 0 },
      };
    },
  });
}
