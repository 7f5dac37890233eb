import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import { presentNotification } from './list-notifications.js';
import { notifications } from './schema.js';

/**
 * Marks one of the user's notifications read (again: keeps the first time). Someone else's
 * answers 404 like a missing one. Not audited: reading a reminder changes no record.
 */
export async function markRead(db: DbOrTx, userId: string, id: string) {
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .returning();
  if (!row)
    throw new AppError('NOT_FOUND', {
      id: 'Notifikasi tidak ditemukan',
      en: 'Notification not found',
    });
  return presentNotification(row);
}

export async function markAllRead(db: DbOrTx, userId: string) {
  const rows = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return { marked: rows.length };
}
