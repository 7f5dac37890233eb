import type { AppContext } from '../../platform/context.js';
import { createDeadlineReminders } from '../reporting/deadline-reminders.js';
import { sendPendingEmails } from './mail-delivery.js';
import { withSweepLock } from './sweep-lock.js';

export type SweepResult = {
  /** False when another instance (or run) was sweeping; nothing was done. */
  ran: boolean;
  approaching: number;
  overdue: number;
  emailed: number;
  failedEmails: number;
};

/**
 * The reminder sweep: notifications for deadlines that are near (SIGAP_REMINDER_DAYS_BEFORE)
 * or past, then e-mail for every notification not mailed yet. Idempotent — each reminder has a
 * dedupe key and each e-mail is claimed before it is sent — so it is safe to run every hour on
 * every instance; the lock only saves the work of doing it twice.
 */
export async function runReminderSweep(
  ctx: AppContext,
  now: Date = new Date(),
): Promise<SweepResult> {
  const result = await withSweepLock(ctx, async () => {
    const created = await createDeadlineReminders(
      ctx.database.db,
      now,
      ctx.config.reminders.daysBefore,
    );
    const mail = await sendPendingEmails(ctx);
    return { ran: true, ...created, emailed: mail.sent, failedEmails: mail.failed };
  });
  return result ?? { ran: false, approaching: 0, overdue: 0, emailed: 0, failedEmails: 0 };
}
