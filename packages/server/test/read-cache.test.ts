import { describe, expect, it } from 'vitest';
import { ReadCache } from '../src/platform/cache/read-cache.js';

function counter() {
  let calls = 0;
  const load = async () => {
    calls += 1;
    return { n: calls };
  };
  return { load, calls: () => calls };
}

function liveCache(opts: Partial<ConstructorParameters<typeof ReadCache>[0]> = {}) {
  const cache = new ReadCache({ maxEntries: 100, maxAgeMs: 60_000, ...opts });
  cache.setLive(true);
  return cache;
}

describe('read cache', () => {
  it('answers from memory until a topic it was read from changes', async () => {
    const cache = liveCache();
    const c = counter();
    expect(await cache.get('k', ['users'], c.load)).toEqual({ n: 1 });
    expect(await cache.get('k', ['users'], c.load)).toEqual({ n: 1 });
    cache.invalidate('regions');
    expect(await cache.get('k', ['users'], c.load)).toEqual({ n: 1 });
    cache.invalidate('users');
    expect(await cache.get('k', ['users'], c.load)).toEqual({ n: 2 });
    cache.invalidateAll();
    expect(await cache.get('k', ['users'], c.load)).toEqual({ n: 3 });
  });

  it('never keeps a read that a change overtook while it was in flight', async () => {
    const cache = liveCache();
    let release: () => void = () => {};
    const slow = new Promise<void>((r) => {
      release = r;
    });
    const first = cache.get('k', ['users'], async () => {
      await slow;
      return { v: 'old' };
    });
    cache.invalidate('users'); // the write commits while the read is on its way
    release();
    expect(await first).toEqual({ v: 'old' }); // that caller asked before the write
    expect(await cache.get('k', ['users'], async () => ({ v: 'new' }))).toEqual({ v: 'new' });
  });

  it('shares one load between concurrent misses', async () => {
    const cache = liveCache();
    const c = counter();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => cache.get('k', ['t'], c.load)),
    );
    expect(c.calls()).toBe(1);
    expect(new Set(answers).size).toBe(1);
  });

  it('answers nothing from memory while the change feed is down', async () => {
    const cache = new ReadCache({ maxEntries: 100, maxAgeMs: 60_000 });
    const c = counter();
    await cache.get('k', ['t'], c.load);
    await cache.get('k', ['t'], c.load);
    expect(c.calls()).toBe(2);
    cache.setLive(true);
    await cache.get('k', ['t'], c.load);
    await cache.get('k', ['t'], c.load);
    expect(c.calls()).toBe(3);
    cache.setLive(false); // notifications may be lost from here on
    await cache.get('k', ['t'], c.load);
    expect(c.calls()).toBe(4);
    cache.setLive(true); // and what was cached before is gone
    await cache.get('k', ['t'], c.load);
    expect(c.calls()).toBe(5);
  });

  it('bounds the age and the number of entries', async () => {
    let now = 1_000;
    const cache = liveCache({ maxAgeMs: 100, maxEntries: 2, now: () => now });
    const c = counter();
    await cache.get('a', ['t'], c.load);
    now += 101;
    await cache.get('a', ['t'], c.load);
    expect(c.calls()).toBe(2);
    await cache.get('b', ['t'], c.load);
    await cache.get('c', ['t'], c.load);
    expect(cache.size).toBe(2);
    expect(cache.peek('a')).toBeUndefined(); // the oldest went first
    expect(cache.peek('c')).toBeDefined();
  });

  it('freezes what it shares and does not keep an empty answer', async () => {
    const cache = liveCache();
    const value = await cache.get('k', ['t'], async () => ({ items: [1] }));
    expect(Object.isFrozen(value)).toBe(true);
    let loads = 0;
    const none = async () => {
      loads += 1;
      return null;
    };
    await cache.get('missing', ['t'], none);
    await cache.get('missing', ['t'], none);
    expect(loads).toBe(2);
  });
});
