import pg from 'pg';

const RETRY_MIN_MS = 250;
const RETRY_MAX_MS = 10_000;

/**
 * LISTEN on its own connection (a pooled one would be handed to other queries). When the
 * connection drops — server restart, failover, network — notifications sent meanwhile are lost,
 * so the subscriber hears `onState(false)` at once and `onState(true)` only after LISTEN is in
 * place again; it reconnects with backoff until unsubscribed.
 */
export async function listenPostgres(
  url: string,
  channel: string,
  onMessage: (payload: string) => void,
  onState: (connected: boolean) => void,
): Promise<() => Promise<void>> {
  let stopped = false;
  let client: pg.Client | null = null;
  let retryMs = RETRY_MIN_MS;
  let timer: NodeJS.Timeout | null = null;

  const lost = (c: pg.Client) => {
    if (client !== c) return; // an old connection's late event
    client = null;
    onState(false);
    c.end().catch(() => {});
    if (stopped) return;
    // a failed attempt calls lost() again, which schedules the next one
    timer = setTimeout(() => connect().catch(() => {}), retryMs);
    timer.unref();
    retryMs = Math.min(retryMs * 2, RETRY_MAX_MS);
  };

  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    client = c;
    c.on('notification', (msg) => {
      if (msg.channel === channel) onMessage(msg.payload ?? '');
    });
    c.on('error', () => lost(c));
    c.on('end', () => lost(c));
    try {
      await c.connect();
      await c.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch (err) {
      if (client === c) lost(c);
      throw err;
    }
    if (stopped || client !== c) return;
    retryMs = RETRY_MIN_MS;
    onState(true);
  };

  // the first connection must work: a server that cannot LISTEN at start is a configuration error
  await connect();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    const c = client;
    client = null;
    onState(false);
    await c?.end().catch(() => {});
  };
}
