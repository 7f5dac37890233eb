/**
 * A read cache that is never trusted beyond what the database has said.
 *
 * Entries are tagged with the tables ("topics") they were read from. Each topic has a generation
 * that moves on every change notification for it (platform/cache/change-feed.ts, fed by
 * PostgreSQL triggers) and on every write request this instance serves. An entry remembers the
 * generations current when its read *started*; a change that lands while the read is in flight
 * therefore makes the entry stale at once. While the change feed is down the cache answers
 * nothing from memory (`live` false), so a lost notification can never leave stale data behind;
 * `maxAgeMs` bounds the age of any entry all the same.
 *
 * Cached values are shared between requests: callers must treat them as immutable (objects are
 * frozen).
 */
export type ReadCacheOptions = { maxEntries: number; maxAgeMs: number; now?: () => number };

type Entry = { value: unknown; topics: readonly string[]; generations: number[]; at: number };
/** A read under way: what the cache looked like when it started. */
export type CacheFill = {
  key: string;
  topics: readonly string[];
  generations: number[];
  at: number;
};

export class ReadCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Promise<unknown>>();
  private readonly generations = new Map<string, number>();
  /** Moves when everything must go (a write on this instance, the feed reconnecting). */
  private epoch = 0;
  private live = false;
  private readonly now: () => number;

  constructor(private readonly opts: ReadCacheOptions) {
    this.now = opts.now ?? Date.now;
  }

  /** Only a connected change feed makes cached answers safe. */
  setLive(live: boolean): void {
    this.live = live;
    this.invalidateAll();
  }

  get isLive(): boolean {
    return this.live;
  }

  invalidate(topic: string): void {
    this.generations.set(topic, (this.generations.get(topic) ?? 0) + 1);
  }

  invalidateAll(): void {
    this.epoch += 1;
    this.entries.clear();
    this.inFlight.clear();
  }

  private snapshot(topics: readonly string[]): number[] {
    return [this.epoch, ...topics.map((t) => this.generations.get(t) ?? 0)];
  }

  private fresh(entry: Entry): boolean {
    if (this.now() - entry.at > this.opts.maxAgeMs) return false;
    const current = this.snapshot(entry.topics);
    return current.every((g, i) => g === entry.generations[i]);
  }

  /** The cached value if it is still current; never a value older than a known change. */
  peek<T>(key: string): T | undefined {
    if (!this.live) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.fresh(entry)) return entry.value as T;
    this.entries.delete(key);
    return undefined;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  /**
   * Starts a read whose result may be kept: call before reading the database, then `commit` with
   * the result. A change in between leaves the committed entry stale from the start.
   */
  begin(key: string, topics: readonly string[]): CacheFill | null {
    if (!this.live) return null;
    return { key, topics, generations: this.snapshot(topics), at: this.now() };
  }

  commit(fill: CacheFill, value: unknown): void {
    if (value === null || value === undefined) return;
    if (typeof value === 'object') Object.freeze(value);
    // oldest first out: a Map iterates in insertion order, and a refreshed key re-enters at the end
    this.entries.delete(fill.key);
    if (this.entries.size >= this.opts.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    const { topics, generations, at } = fill;
    this.entries.set(fill.key, { value, topics, generations, at });
  }

  /**
   * The value for `key`, loading it when absent or stale. Concurrent misses for the same key and
   * generations share one load, so a burst after a change costs one query, not fifty.
   */
  async get<T>(key: string, topics: readonly string[], load: () => Promise<T>): Promise<T> {
    const hit = this.peek<T>(key);
    if (hit !== undefined) return hit;
    const fill = this.begin(key, topics);
    if (!fill) return load();
    const flightKey = `${key}\u0000${fill.generations.join('.')}`;
    const pending = this.inFlight.get(flightKey);
    if (pending) return pending as Promise<T>;
    const promise = load().then(
      (value) => {
        this.inFlight.delete(flightKey);
        this.commit(fill, value);
        return value;
      },
      (err: unknown) => {
        this.inFlight.delete(flightKey);
        throw err;
      },
    );
    this.inFlight.set(flightKey, promise);
    return promise;
  }

  get size(): number {
    return this.entries.size;
  }
}
