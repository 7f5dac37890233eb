import type { Bilingual } from '@sigap/domain';
import type { DbOrTx } from '../../platform/db/client.js';
import { notifications } from './schema.js';

export type NotificationKind = (typeof notifications.kind.enumValues)[number];

export type NewNotification = {
  kind: NotificationKind;
  title: Bilingual;
  body: Bilingual;
  /** Path in the web app the notification opens, e.g. /reports/<id>. */
  link: string | null;
  /** Same key for the same user → stored once (reminders repeat on every sweep). */
  dedupeKey: string | null;
};

/**
 * Leaves a notification for each user, in the caller's transaction so it exists exactly when
 * the change it announces does. E-mail follows from the mail delivery (mail-delivery.ts).
 */
export async function notifyUsers(
  tx: DbOrTx,
  userIds: readonly string[],
  notification: NewNotification,
): Promise<number> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return 0;
  const rows = await tx
    .insert(notifications)
    .values(unique.map((userId) => ({ userId, ...notification })))
    .onConflictDoNothing()
    .returning({ id: notifications.id });
  return rows.length;
}
