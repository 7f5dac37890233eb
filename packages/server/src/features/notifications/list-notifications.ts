import { and, count, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { limitOffset } from '../shared/paging.js';
import { notifications } from './schema.js';
import type { NotificationQuery, NotificationView } from './views.js';

export function presentNotification(n: typeof notifications.$inferSelect): NotificationView {
  return {
    id: n.id,
    kind: n.kind,
    title: n.title,
    body: n.body,
    link: n.link,
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
  };
}

/** The user's own notifications, newest first, with the unread count. */
export async function listNotifications(db: DbOrTx, userId: string, q: NotificationQuery) {
  const mine = eq(notifications.userId, userId);
  const unreadOnly = and(mine, isNull(notifications.readAt));
  const where =
    q.unread === 'true'
      ? unreadOnly
      : q.unread === 'false'
        ? and(mine, isNotNull(notifications.readAt))
        : mine;
  const { limit, offset } = limitOffset(q);
  const [rows, totals, unread] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(where)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(notifications).where(where),
    db.select({ n: count() }).from(notifications).where(unreadOnly),
  ]);
  return {
    items: rows.map(presentNotification),
    meta: { page: q.page, pageSize: q.pageSize, total: totals[0]?.n ?? 0 },
    unread: unread[0]?.n ?? 0,
  };
}
