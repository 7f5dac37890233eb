import type { AppContext } from '../../platform/context.js';
import { withAdvisoryLock } from '../../platform/db/advisory-lock.js';

/** Any fixed number; only the duplicate search takes it (platform/db/advisory-lock.ts lists them). */
export const CLEARING_RUN_LOCK = 727277;

/**
 * Runs the duplicate search unless one is running already, in this process or another
 * instance; then answers null at once (the API answers 409).
 */
export function withRunLock<T>(ctx: AppContext, fn: () => Promise<T>): Promise<T | null> {
  return withAdvisoryLock(ctx.database, CLEARING_RUN_LOCK, fn);
}
