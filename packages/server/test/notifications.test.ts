import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../src/features/identity/schema.js';
import { notifyUsers } from '../src/features/notifications/notify.js';
import { notifications } from '../src/features/notifications/schema.js';
import { type Client, signInAs } from './support/session.js';
import { startTestApp, type TestApp } from './support/test-app.js';

type Item = {
  id: string;
  kind: string;
  title: { id: string; en: string };
  link: string | null;
  readAt: string | null;
};
type Bell = { items: Item[]; meta: { total: number }; unread: number };

let t: TestApp;
let pelapor: Client;
let sekretariat: Client;
let pelaporId: string;

beforeAll(async () => {
  t = await startTestApp();
  [pelapor, sekretariat] = await Promise.all([
    signInAs(t.app, 'pelapor@sigap.local'),
    signInAs(t.app, 'sekretariat@sigap.local'),
  ]);
  const [row] = await t.database.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, 'pelapor@sigap.local'));
  pelaporId = row?.id ?? '';
});
afterAll(() => t.close());

const bell = async (c: Client, q = '') =>
  (await c.request('GET', `/api/notifications?pageSize=200${q}`)).json<Bell>();

const note = (key: string) => ({
  kind: 'deadline_approaching' as const,
  title: { id: `Uji ${key}`, en: `Test ${key}` },
  body: { id: 'Isi', en: 'Body' },
  link: `/uji/${key}`,
  dedupeKey: `uji:${key}`,
});

describe('the notification bell', () => {
  let before: Bell;

  it('lists only my own, newest first, with the unread count', async () => {
    before = await bell(pelapor);
    await notifyUsers(t.database.db, [pelaporId], note('satu'));
    await new Promise((r) => setTimeout(r, 5));
    await notifyUsers(t.database.db, [pelaporId, pelaporId], note('dua'));
    const after = await bell(pelapor);
    expect(after.unread).toBe(before.unread + 2);
    expect(after.meta.total).toBe(before.meta.total + 2);
    expect(after.items.slice(0, 2).map((n) => n.link)).toEqual(['/uji/dua', '/uji/satu']);
    expect((await bell(sekretariat)).items.some((n) => n.link?.startsWith('/uji/'))).toBe(false);
  });

  it('stores a reminder once per user and dedupe key', async () => {
    expect(await notifyUsers(t.database.db, [pelaporId], note('satu'))).toBe(0);
    const rows = await t.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.dedupeKey, 'uji:satu'));
    expect(rows).toHaveLength(1);
  });

  it('marks one read; someone else’s answers 404', async () => {
    const mine = (await bell(pelapor)).items.find((n) => n.link === '/uji/satu');
    expect((await sekretariat.request('POST', `/api/notifications/${mine?.id}/read`)).status).toBe(
      404,
    );
    const res = await pelapor.request('POST', `/api/notifications/${mine?.id}/read`);
    expect(res.status).toBe(200);
    const readAt = res.json<Item>().readAt;
    expect(readAt).not.toBeNull();
    // reading again keeps the first time
    const again = await pelapor.request('POST', `/api/notifications/${mine?.id}/read`);
    expect(again.json<Item>().readAt).toBe(readAt);
    const unread = await bell(pelapor, '&unread=true');
    expect(unread.items.map((n) => n.link)).not.toContain('/uji/satu');
    expect(unread.items.map((n) => n.link)).toContain('/uji/dua');
    expect(unread.meta.total).toBe(unread.unread);
  });

  it('marks all read', async () => {
    const { unread } = await bell(pelapor);
    expect(unread).toBeGreaterThan(0);
    const res = await pelapor.request('POST', '/api/notifications/read-all');
    expect(res.json()).toEqual({ marked: unread });
    expect((await bell(pelapor)).unread).toBe(0);
    expect((await bell(pelapor, '&unread=false')).meta.total).toBe(before.meta.total + 2);
  });
});
