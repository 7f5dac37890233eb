import type { AppContext } from '../context.js';

/** The channel the `sigap_notify_change` trigger (migration 0003) sends table names on. */
export const CHANGE_CHANNEL = 'sigap_changes';

/**
 * Connects the read cache to the database's change notifications; until it is connected (and
 * whenever the connection drops) the cache answers nothing. Returns the stop function.
 */
export async function startChangeFeed(ctx: AppContext): Promise<() => Promise<void>> {
  if (!ctx.config.readCache.enabled) return async () => {};
  return ctx.database.listen(
    CHANGE_CHANNEL,
    (table) => ctx.cache.invalidate(table),
    (connected) => ctx.cache.setLive(connected),
  );
}
