import type { AppContext } from '../../platform/context.js';
import { runReminderSweep } from './reminder-sweep.js';

/** The first sweep waits a little, so a start (or a restart loop) is not slowed by it. */
const FIRST_SWEEP_DELAY_MS = 30_000;

/**
 * Runs the reminder sweep every SIGAP_REMINDER_INTERVAL_MINUTES while `serve` runs (0: never).
 * Every instance may start it; the sweep's advisory lock lets one sweep at a time. A failed
 * sweep is reported and the next one tries again. Returns the function that stops it.
 */
export function startReminderSchedule(ctx: AppContext): () => void {
  const minutes = ctx.config.reminders.intervalMinutes;
  if (minutes <= 0) return () => {};
  let stopped = false;
  const sweep = async () => {
    if (stopped) return;
    try {
      await runReminderSweep(ctx, new Date());
    } catch (err) {
      process.emitWarning(`reminder sweep failed: ${err instanceof Error ? err.message : err}`);
    }
  };
  const first = setTimeout(() => void sweep(), Math.min(FIRST_SWEEP_DELAY_MS, minutes * 60_000));
  const every = setInterval(() => void sweep(), minutes * 60_000);
  // the schedule never keeps the process alive on its own
  first.unref();
  every.unref();
  return () => {
    stopped = true;
    clearTimeout(first);
    clearInterval(every);
  };
}
