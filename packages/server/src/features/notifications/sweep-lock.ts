import type { AppContext } from '../../platform/context.js';
import { withAdvisoryLock } from '../../platform/db/advisory-lock.js';

/** Any fixed number; only the reminder sweep takes it (platform/db/advisory-lock.ts lists them). */
export const REMINDER_SWEEP_LOCK = 727276;

/** Runs one reminder sweep at a time across instances; null when one is running already. */
export function withSweepLock<T>(ctx: AppContext, fn: () => Promise<T>): Promise<T | null> {
  return withAdvisoryLock(ctx.database, REMINDER_SWEEP_LOCK, fn);
}
