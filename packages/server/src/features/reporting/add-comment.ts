import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { users } from '../identity/schema.js';
import { fieldError } from '../shared/field-error.js';
import { actorsFor, getVisibleReport } from './report-access.js';
import { reportComments } from './schema.js';
import type { CommentCreate, CommentView } from './views.js';

/**
 * A comment on a report, or a reply to one. Those who act on the report talk on it — its
 * reporters and verifiers — in any state; readers without a part in it (analysts) do not.
 */
export async function addComment(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  reportId: string,
  input: CommentCreate,
): Promise<CommentView> {
  const db = ctx.database.db;
  const report = await getVisibleReport(db, auth, reportId);
  if ((await actorsFor(db, auth, report)).size === 0)
    throw new AppError('FORBIDDEN', {
      id: 'Hanya pelapor dan verifikator laporan ini yang dapat berkomentar',
      en: 'Only the reporters and verifiers of this report may comment on it',
    });
  let depth = 0;
  if (input.parentId) {
    const [parent] = await db
      .select({ id: reportComments.id, parentId: reportComments.parentId })
      .from(reportComments)
      .where(and(eq(reportComments.id, input.parentId), eq(reportComments.reportId, reportId)));
    if (!parent)
      throw fieldError('parentId', {
        id: 'Komentar yang dibalas tidak ada pada laporan ini',
        en: 'The comment replied to is not on this report',
      });
    // depth of the new reply: one more than its parent's (a chain is short; walk it up)
    for (let p: { parentId: string | null } | undefined = parent; p; depth++) {
      if (!p.parentId) break;
      [p] = await db
        .select({ parentId: reportComments.parentId })
        .from(reportComments)
        .where(eq(reportComments.id, p.parentId));
    }
    depth++;
  }
  const row = await db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(reportComments)
      .values({ reportId, parentId: input.parentId, authorId: auth.userId, body: input.body })
      .returning();
    if (!inserted) throw new Error('insert returned nothing');
    await recordAudit(tx, actor, {
      action: 'report.commented',
      entityType: 'progress_report',
      entityId: reportId,
      after: inserted,
    });
    return inserted;
  });
  const [author] = await db
    .select({ name: users.fullName })
    .from(users)
    .where(eq(users.id, auth.userId));
  return {
    id: row.id,
    parentId: row.parentId,
    depth,
    author: { id: auth.userId, name: author?.name ?? auth.email },
    body: row.body,
    createdAt: row.createdAt.toISOString(),
  };
}
