import type { AddressInfo } from 'node:net';
import { eq, isNull } from 'drizzle-orm';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../src/features/identity/schema.js';
import { institutionId } from '../src/features/institutions/load-institutions.js';
import { deliverSoon, deliveryIdle } from '../src/features/notifications/mail-delivery.js';
import { notifyUsers } from '../src/features/notifications/notify.js';
import { startReminderSchedule } from '../src/features/notifications/reminder-schedule.js';
import { runReminderSweep } from '../src/features/notifications/reminder-sweep.js';
import { notifications } from '../src/features/notifications/schema.js';
import { REMINDER_SWEEP_LOCK } from '../src/features/notifications/sweep-lock.js';
import { progressReports } from '../src/features/reporting/schema.js';
import { type FixturePlan, insertPlan } from './support/plan-fixture.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/** One e-mail as the sink received it, decoded enough to read. */
type Mail = { to: string[]; subject: string; text: string };

function decode(raw: string): Mail & { from: string } {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n(?=[ \t])/g, '');
  const header = (name: string) =>
    new RegExp(`^${name}: (.*)$`, 'im').exec(head)?.[1]?.trim() ?? '';
  let body = raw.slice(split + 4);
  const cte = header('Content-Transfer-Encoding').toLowerCase();
  if (cte === 'quoted-printable')
    body = Buffer.from(
      body
        .replace(/=\r\n/g, '')
        .replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
      'latin1',
    ).toString('utf8');
  else if (cte === 'base64') body = Buffer.from(body, 'base64').toString('utf8');
  return {
    to: [],
    from: header('From'),
    subject: header('Subject'),
    text: body.replace(/\r\n/g, '\n'),
  };
}

const inbox: Array<Mail & { from: string }> = [];
const sink = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onRcptTo(address, _session, cb) {
    if (address.address === 'bounce@uji.local') return cb(new Error('mailbox unavailable'));
    cb();
  },
  onData(stream, session, cb) {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => {
      const mail = decode(Buffer.concat(chunks).toString('latin1'));
      mail.to = session.envelope.rcptTo.map((r) => r.address);
      inbox.push(mail);
      cb();
    });
  },
});

let t: TestApp;
let ran: FixturePlan;
const user: Record<string, string> = {};

async function addUser(key: string, inst: string, scope: string | null, active = true) {
  const [row] = await t.database.db
    .insert(users)
    .values({
      email: `${key}@uji.local`,
      fullName: `Pengguna ${key}`,
      passwordHash: 'x',
      role: 'reporter',
      institutionId: institutionId(inst),
      scopeLevel: scope === null ? 'national' : 'regency',
      scopeRegionCode: scope,
      active,
    })
    .returning({ id: users.id });
  user[key] = row?.id ?? '';
}

async function file(
  plan: FixturePlan,
  activity: string,
  indicator: string,
  state: 'draft' | 'submitted',
) {
  await t.database.db.insert(progressReports).values({
    planId: plan.id,
    activityId: plan.activity(activity),
    indicatorId: plan.indicator(activity, indicator),
    institutionId: institutionId('KEMENSOS'),
    regionCode: null,
    strategyCode: 'pencegahan',
    periodCode: '2070-TW1',
    year: 2070,
    state,
  });
}

beforeAll(async () => {
  await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', resolve));
  const port = (sink.server.address() as AddressInfo).port;
  // no demo data: every notification in this database is this file's
  t = await startTestApp({
    demo: false,
    env: {
      SIGAP_SMTP_URL: `smtp://127.0.0.1:${port}`,
      SIGAP_MAIL_FROM: 'Sigap Uji <sigap@uji.local>',
    },
  });
  await addUser('sosial', 'KEMENSOS', null);
  await addUser('pensiun', 'KEMENSOS', null, false);
  await addUser('kesehatan', 'KEMENKES', null);
  await addUser('kupang', 'KEMENSOS', '53.01');
  await addUser('bounce', 'KEMNAKER', null);
  ran = await insertPlan(t.database.db, {
    startYear: 2070,
    endYear: 2071,
    activities: [
      {
        code: 'A1',
        responsible: 'KEMENSOS',
        indicators: [
          { code: 'I1', targets: {} },
          { code: 'I2', targets: {} },
        ],
      },
      { code: 'A2', responsible: 'KEMENKES', indicators: [{ code: 'I1', targets: {} }] },
    ],
  });
  await insertPlan(t.database.db, {
    kind: 'rad',
    regionCode: '53.01',
    startYear: 2070,
    endYear: 2070,
    activities: [
      { code: 'R1', responsible: 'KEMENSOS', indicators: [{ code: 'I1', targets: {} }] },
    ],
  });
  await file(ran, 'A1', 'I1', 'submitted');
  await file(ran, 'A1', 'I2', 'draft');
});
afterAll(async () => {
  await t?.close();
  await new Promise<void>((resolve) => sink.close(() => resolve()));
});

// 10:00 WIB on 10 April 2070: Q1's deadline (15 April) is 5 days away
const APRIL_10 = new Date('2070-04-10T03:00:00Z');
// 20 April: Q1 is overdue, still accepted until 15 May
const APRIL_20 = new Date('2070-04-20T03:00:00Z');

const mailTo = (key: string) => inbox.filter((m) => m.to.includes(`${key}@uji.local`));

describe('the reminder sweep', () => {
  it('reminds every responsible reporter who has not filed, and e-mails it once', async () => {
    const result = await runReminderSweep(t.ctx, APRIL_10);
    expect(result).toEqual({ ran: true, approaching: 3, overdue: 0, emailed: 3, failedEmails: 0 });
    expect(inbox.map((m) => m.to[0]).sort()).toEqual([
      'kesehatan@uji.local',
      'kupang@uji.local',
      'sosial@uji.local',
    ]);
    const [mail] = mailTo('sosial');
    expect(mail?.from).toBe('Sigap Uji <sigap@uji.local>');
    expect(mail?.subject).toBe('[Sigap] Batas waktu laporan Triwulan I 2070: 2070-04-15');
    // a draft is not filed: A1/I2 is still due; the submitted A1/I1 is not
    expect(mail?.text).toContain(
      'RAN uji 2070–2071: 1 indikator belum dilaporkan untuk Triwulan I 2070 (A1/I2). Batas waktu 2070-04-15, 5 hari lagi.',
    );
    expect(mail?.text).toContain(
      'RAN uji 2070–2071: 1 indicator(s) not reported yet for Q1 2070 (A1/I2). The deadline is 2070-04-15, in 5 day(s).',
    );
    expect(mail?.text).toContain(
      `http://localhost:3000/reports?planId=${ran.id}&periodCode=2070-TW1`,
    );
    // the RAD goes to the region's reporters, not to the K/L's national ones
    expect(mailTo('kupang')[0]?.text).toContain('RAD uji 2070–2070: 1 indikator belum dilaporkan');
    const unsent = await t.database.db
      .select()
      .from(notifications)
      .where(isNull(notifications.emailedAt));
    expect(unsent).toEqual([]);
  });

  it('adds and sends nothing new when run again', async () => {
    const result = await runReminderSweep(t.ctx, APRIL_10);
    expect(result).toEqual({ ran: true, approaching: 0, overdue: 0, emailed: 0, failedEmails: 0 });
    expect(inbox).toHaveLength(3);
  });

  it('reminds of overdue reports, leaving out what was filed meanwhile', async () => {
    await t.database.db
      .update(progressReports)
      .set({ state: 'submitted' })
      .where(eq(progressReports.indicatorId, ran.indicator('A1', 'I2')));
    const result = await runReminderSweep(t.ctx, APRIL_20);
    expect(result).toMatchObject({ approaching: 0, overdue: 2, emailed: 2 });
    expect(mailTo('kesehatan').map((m) => m.subject)).toEqual([
      '[Sigap] Batas waktu laporan Triwulan I 2070: 2070-04-15',
      '[Sigap] Laporan Triwulan I 2070 terlambat',
    ]);
    expect(mailTo('sosial')).toHaveLength(1);
    expect((await runReminderSweep(t.ctx, APRIL_20)).emailed).toBe(0);
  });

  it('keeps a refused e-mail for the next run', async () => {
    await notifyUsers(t.database.db, [user.bounce ?? ''], {
      kind: 'report_returned',
      title: { id: 'Laporan dikembalikan', en: 'Report returned' },
      body: { id: 'Catatan', en: 'Note' },
      link: '/reports/x',
      dedupeKey: 'uji:bounce',
    });
    const result = await runReminderSweep(t.ctx, APRIL_20);
    expect(result).toMatchObject({ emailed: 0, failedEmails: 1 });
    const [row] = await t.database.db
      .select({ emailedAt: notifications.emailedAt })
      .from(notifications)
      .where(eq(notifications.dedupeKey, 'uji:bounce'));
    expect(row?.emailedAt).toBeNull();
    await t.database.db
      .update(users)
      .set({ active: false })
      .where(eq(users.id, user.bounce ?? ''));
  });

  it('e-mails a new notification right away, without waiting for the sweep', async () => {
    await notifyUsers(t.database.db, [user.kesehatan ?? ''], {
      kind: 'report_returned',
      title: { id: 'Laporan A2 dikembalikan', en: 'Report A2 returned' },
      body: { id: 'Catatan verifikator: lengkapi', en: "Verifier's note: complete it" },
      link: '/reports/y',
      dedupeKey: 'uji:now',
    });
    deliverSoon(t.ctx);
    await deliveryIdle(t.ctx);
    expect(mailTo('kesehatan').at(-1)?.subject).toBe('[Sigap] Laporan A2 dikembalikan');
  });

  it('lets one sweep run at a time', async () => {
    const both = await Promise.all([
      runReminderSweep(t.ctx, APRIL_20),
      runReminderSweep(t.ctx, APRIL_20),
    ]);
    expect(both.map((r) => r.ran).sort()).toEqual([false, true]);
  });

  it.runIf(process.env.SIGAP_TEST_DB === 'postgres')(
    'skips while another instance holds the advisory lock',
    async () => {
      const other = new pg.Client({ connectionString: t.database.url ?? '' });
      await other.connect();
      try {
        await other.query('select pg_advisory_lock($1)', [REMINDER_SWEEP_LOCK]);
        expect((await runReminderSweep(t.ctx, APRIL_20)).ran).toBe(false);
        await other.query('select pg_advisory_unlock($1)', [REMINDER_SWEEP_LOCK]);
        expect((await runReminderSweep(t.ctx, APRIL_20)).ran).toBe(true);
      } finally {
        await other.end();
      }
    },
  );

  it('runs on a schedule while the server runs', async () => {
    await notifyUsers(t.database.db, [user.sosial ?? ''], {
      kind: 'deadline_approaching',
      title: { id: 'Terjadwal', en: 'Scheduled' },
      body: { id: 'Isi', en: 'Body' },
      link: null,
      dedupeKey: 'uji:schedule',
    });
    const ctx = {
      ...t.ctx,
      config: { ...t.ctx.config, reminders: { daysBefore: 7, intervalMinutes: 0.005 } },
    };
    const stop = startReminderSchedule(ctx);
    try {
      for (
        let i = 0;
        i < 100 && !mailTo('sosial').some((m) => m.subject === '[Sigap] Terjadwal');
        i++
      )
        await new Promise((r) => setTimeout(r, 100));
    } finally {
      stop();
    }
    expect(mailTo('sosial').filter((m) => m.subject === '[Sigap] Terjadwal')).toHaveLength(1);
  });
});
