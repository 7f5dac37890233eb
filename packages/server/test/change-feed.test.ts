import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/platform/db/client.js';
import { type Client, signInAs } from './support/session.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// The read cache (platform/cache) must never outlive a change, whichever way the change comes.
let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await startTestApp();
  admin = await signInAs(t.app, 'admin@sigap.local');
});
afterAll(() => t.close());

/** Notifications arrive asynchronously on PostgreSQL: poll briefly for the expected answer. */
async function eventually<T>(probe: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  const until = Date.now() + 3_000;
  for (;;) {
    const v = await probe();
    if (ok(v) || Date.now() > until) return v;
    await new Promise((r) => setTimeout(r, 25));
  }
}

type RegionPage = { items: Array<{ code: string; name: string }> };
const regionName = async (c: Client) =>
  (await c.request('GET', '/api/regions?q=Jawa%20Tengah'))
    .json<RegionPage>()
    .items.find((r) => r.code === '33')?.name;

describe('change feed and read cache', () => {
  it('is live once the app is up, and answers repeated reads from memory', async () => {
    expect(t.ctx.cache.isLive).toBe(true);
    const before = t.ctx.cache.size;
    await admin.request('GET', '/api/regions?q=Bali');
    await admin.request('GET', '/api/regions?q=Bali');
    expect(t.ctx.cache.size).toBeGreaterThan(before);
  });

  it('drops a cached list when its table changes outside this instance (CLI, psql, another instance)', async () => {
    expect(await regionName(admin)).toBe('Jawa Tengah');
    await t.database.db.execute(
      sql`update regions set name = 'Jawa Tengah (uji)' where code = '33'`,
    );
    expect(
      await eventually(
        () => regionName(admin),
        (n) => n === 'Jawa Tengah (uji)',
      ),
    ).toBe('Jawa Tengah (uji)');
    await t.database.db.execute(sql`update regions set name = 'Jawa Tengah' where code = '33'`);
    expect(
      await eventually(
        () => regionName(admin),
        (n) => n === 'Jawa Tengah',
      ),
    ).toBe('Jawa Tengah');
  });

  it('ends a cached session at once when it is revoked or its user disabled elsewhere', async () => {
    const analyst = await signInAs(t.app, 'analis@sigap.local');
    expect((await analyst.request('GET', '/api/me')).status).toBe(200);
    expect((await analyst.request('GET', '/api/me')).status).toBe(200);
    await t.database.db.execute(
      sql`update users set active = false where email = 'analis@sigap.local'`,
    );
    const refused = await eventually(
      async () => (await analyst.request('GET', '/api/me')).status,
      (s) => s === 401,
    );
    expect(refused).toBe(401);
    await t.database.db.execute(
      sql`update users set active = true where email = 'analis@sigap.local'`,
    );

    const again = await signInAs(t.app, 'analis@sigap.local');
    expect((await again.request('GET', '/api/institutions')).status).toBe(200);
    await t.database.db.execute(
      sql`update sessions set revoked_at = now() where user_id = (select id from users where email = 'analis@sigap.local')`,
    );
    expect(
      await eventually(
        async () => (await again.request('GET', '/api/me')).status,
        (s) => s === 401,
      ),
    ).toBe(401);
  });

  it("shows this instance's own write in the very next read, before the notification comes back", async () => {
    // hold the notifications back, as a slow network would
    const invalidate = t.ctx.cache.invalidate.bind(t.ctx.cache);
    t.ctx.cache.invalidate = () => {};
    try {
      const list = async () =>
        (await admin.request('GET', '/api/institutions?q=CACHE-UJI')).json<{
          meta: { total: number };
        }>().meta.total;
      expect(await list()).toBe(0);
      const created = await admin.request('POST', '/api/institutions', {
        code: 'CACHE-UJI',
        name: 'Lembaga Uji Cache',
        abbreviation: 'CACHE-UJI',
        kind: 'civil_society',
        validFrom: '2020-01-01',
      });
      expect(created.status).toBe(201);
      expect(await list()).toBe(1);
    } finally {
      t.ctx.cache.invalidate = invalidate;
    }
  });

  it('shares a cached answer only between users who would get the same one', async () => {
    type Page = { items: Array<{ email: string }>; meta: { total: number } };
    const jateng = await signInAs(t.app, 'jateng@sigap.local');
    const reporter = await signInAs(t.app, 'pelapor@sigap.local');
    const url = '/api/users?page=1&pageSize=100';
    const national = (await admin.request('GET', url)).json<Page>();
    expect((await admin.request('GET', url)).json<Page>()).toEqual(national); // from memory
    const province = (await jateng.request('GET', url)).json<Page>();
    expect(province.meta.total).toBeLessThan(national.meta.total);
    expect(province.items.every((u) => u.email !== 'admin@sigap.local')).toBe(true);
    // the guard still decides, whatever is cached for the URL
    expect((await reporter.request('GET', url)).status).toBe(403);
    const me = async (c: Client) =>
      (await c.request('GET', '/api/me')).json<{ user: { email: string } }>();
    expect((await me(admin)).user.email).toBe('admin@sigap.local');
    expect((await me(jateng)).user.email).toBe('jateng@sigap.local');
  });

  it('watches every table the application reads', async () => {
    const rows = await queryRows<{ table: string }>(
      t.database.db,
      sql`select c.relname as table from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind in ('r', 'p')
            and not exists (select 1 from pg_trigger g where g.tgrelid = c.oid
                            and g.tgname = c.relname || '_notify_change')
          order by 1`,
    );
    // the audit log and sign-in attempts are never cached; everything else must notify
    expect(rows.map((r) => r.table)).toEqual(['audit_log', 'login_attempts']);
  });
});

describe.runIf(process.env.SIGAP_TEST_DB === 'postgres')(
  'change feed on a PostgreSQL server',
  () => {
    it('stops answering from memory when its connection drops, and resumes after reconnecting', async () => {
      expect(t.ctx.cache.isLive).toBe(true);
      await t.database.db.execute(
        sql`select pg_terminate_backend(pid) from pg_stat_activity
          where datname = current_database() and query like 'LISTEN%'`,
      );
      await eventually(
        async () => t.ctx.cache.isLive,
        (live) => !live,
      );
      expect(t.ctx.cache.isLive).toBe(false);
      await eventually(
        async () => t.ctx.cache.isLive,
        (live) => live,
      );
      expect(t.ctx.cache.isLive).toBe(true);
    });
  },
);
