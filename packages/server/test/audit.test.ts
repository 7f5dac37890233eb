import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../src/features/audit/audit-log.js';
import { verifyAuditChain } from '../src/features/audit/verify-chain.js';
import { signInAs } from './support/session.js';
import { startTestApp, type TestApp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

type Entry = {
  action: string;
  actorEmail: string | null;
  entityId: string | null;
  before: unknown;
  after: unknown;
};

describe('audit log', () => {
  it('records sign-ins, failures and changes with before and after, without secrets', async () => {
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'admin@sigap.local', password: 'wrong-one' },
    });
    const admin = await signInAs(t.app, 'admin@sigap.local');
    const list = await admin.request('GET', '/api/users?q=analis');
    const analyst = list.json<{ items: Array<{ id: string }> }>().items[0];
    await admin.request('PATCH', `/api/users/${analyst?.id}`, { fullName: 'Analis Baru' });

    const log = (await admin.request('GET', '/api/audit?pageSize=50')).json<{ items: Entry[] }>()
      .items;
    const actions = log.map((e) => e.action);
    expect(actions).toContain('auth.login.failed');
    expect(actions).toContain('auth.login.succeeded');
    const update = log.find((e) => e.action === 'user.updated');
    expect(update).toMatchObject({
      actorEmail: 'admin@sigap.local',
      entityId: analyst?.id,
      before: { fullName: 'Analis Demo', passwordHash: '[redacted]' },
      after: { fullName: 'Analis Baru' },
    });
    expect(JSON.stringify(log)).not.toMatch(/scrypt\$/);
  });

  it('only administrators read it', async () => {
    const reporter = await signInAs(t.app, 'pelapor@sigap.local');
    expect((await reporter.request('GET', '/api/audit')).status).toBe(403);
  });

  it('refuses UPDATE and DELETE at the database', async () => {
    await expect(t.database.db.execute(sql`update audit_log set action = 'x'`)).rejects.toThrow();
    await expect(t.database.db.execute(sql`delete from audit_log`)).rejects.toThrow();
  });

  it('verifies the hash chain and finds an entry altered behind its back', async () => {
    for (let i = 0; i < 5; i++)
      await recordAudit(
        t.database.db,
        { userId: null, email: 'test', ip: null },
        { action: 'test.entry', entityType: 'test', after: { i, text: 'ünïcode ✓' } },
      );
    const ok = await verifyAuditChain(t.database.db);
    expect(ok.ok).toBe(true);
    expect(ok.entries).toBeGreaterThan(5);

    // an attacker with database rights switches the trigger off and edits one entry
    await t.database.db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
    await t.database.db.execute(
      sql`update audit_log set after = '{"i": 99, "text": "forged"}' where id = (select max(id) - 2 from audit_log)`,
    );
    const [row] = (
      (await t.database.db.execute(sql`select max(id) - 2 as id from audit_log`)) as unknown as {
        rows: Array<{ id: number | string }>;
      }
    ).rows;
    const broken = await verifyAuditChain(t.database.db);
    expect(broken).toMatchObject({
      ok: false,
      brokenAtId: Number(row?.id),
      reason: expect.stringMatching(/altered/),
    });

    // and deleting an entry breaks the link of the next one
    await t.database.db.execute(
      sql`update audit_log set after = '{"i": 2, "text": "ünïcode ✓"}' where id = ${Number(row?.id)}`,
    );
    await t.database.db.execute(sql`delete from audit_log where id = ${Number(row?.id) + 1}`);
    await t.database.db.execute(sql`alter table audit_log enable trigger audit_log_no_update`);
    const removed = await verifyAuditChain(t.database.db);
    expect(removed).toMatchObject({
      ok: false,
      brokenAtId: Number(row?.id) + 2,
      reason: expect.stringMatching(/removed/),
    });
  });
});
