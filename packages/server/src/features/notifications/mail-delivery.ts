import type { Bilingual } from '@sigap/domain';
import { sql } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import type { AppContext } from '../../platform/context.js';
import { queryRows } from '../../platform/db/client.js';

/** News of a deadline weeks past is noise: older unsent notifications stay in the app only. */
const MAIL_MAX_AGE_DAYS = 14;
const BATCH = 200;

const transports = new WeakMap<AppContext, Transporter>();

function transportOf(ctx: AppContext): Transporter | null {
  const url = ctx.config.mail.smtpUrl;
  if (!url) return null;
  let transport = transports.get(ctx);
  if (!transport) {
    transport = nodemailer.createTransport(url);
    transports.set(ctx, transport);
  }
  return transport;
}

type Claimed = {
  id: string;
  email: string;
  full_name: string;
  title: Bilingual;
  body: Bilingual;
  link: string | null;
};

/** Indonesian first, English second, in one message: recipients read either. */
export function mailOf(ctx: AppContext, n: Omit<Claimed, 'id' | 'email'>) {
  const url = n.link ? `${ctx.config.publicUrl.replace(/\/$/, '')}${n.link}` : null;
  const part = (lang: 'id' | 'en', open: string) =>
    [n.body[lang], url ? `${open}: ${url}` : null].filter(Boolean).join('\n\n');
  return {
    subject: `[Sigap] ${n.title.id}`,
    text: [
      `Yth. ${n.full_name},`,
      `${n.title.id}\n${part('id', 'Buka')}`,
      '— English —',
      `${n.title.en}\n${part('en', 'Open')}`,
      'Sigap — Gugus Tugas PP TPPO. Pesan otomatis; jangan dibalas. / Automatic message; do not reply.',
    ].join('\n\n'),
  };
}

/**
 * E-mails every notification not mailed yet (and young enough). Each batch is claimed first
 * (emailed_at set, rows locked with SKIP LOCKED), so instances or overlapping runs never send
 * the same notification twice; a message the server refuses is released for the next run.
 */
export async function sendPendingEmails(
  ctx: AppContext,
): Promise<{ sent: number; failed: number }> {
  const transport = transportOf(ctx);
  if (!transport) return { sent: 0, failed: 0 };
  let sent = 0;
  let failed = 0;
  for (;;) {
    const batch = await queryRows<Claimed>(
      ctx.database.db,
      sql`update notifications n set emailed_at = now() from users u
        where u.id = n.user_id and n.id in (
          select n2.id from notifications n2 join users u2 on u2.id = n2.user_id
          where n2.emailed_at is null and u2.active
            and n2.created_at > now() - make_interval(days => ${MAIL_MAX_AGE_DAYS})
          order by n2.created_at, n2.id limit ${BATCH}
          for update of n2 skip locked)
        returning n.id, u.email, u.full_name, n.title, n.body, n.link`,
    );
    let batchFailed = 0;
    for (const n of batch) {
      try {
        await transport.sendMail({
          from: ctx.config.mail.from,
          to: { name: n.full_name, address: n.email },
          ...mailOf(ctx, n),
        });
        sent++;
      } catch (err) {
        batchFailed++;
        process.emitWarning(
          `notification e-mail to ${n.email} failed: ${err instanceof Error ? err.message : err}`,
        );
        await ctx.database.db.execute(
          sql`update notifications set emailed_at = null where id = ${n.id}`,
        );
      }
    }
    failed += batchFailed;
    // a refused message is back in the queue: stop rather than claim it again at once
    if (batch.length < BATCH || batchFailed > 0) return { sent, failed };
  }
}

const inFlight = new WeakMap<AppContext, Promise<void>>();
const wanted = new WeakSet<AppContext>();

/**
 * Sends pending e-mail in the background, right after a change that notified someone (a return
 * should not wait for the hourly sweep). Calls during a run coalesce into one more run.
 */
export function deliverSoon(ctx: AppContext): void {
  if (!ctx.config.mail.smtpUrl) return;
  if (inFlight.has(ctx)) {
    wanted.add(ctx);
    return;
  }
  const run = (async () => {
    do {
      wanted.delete(ctx);
      try {
        await sendPendingEmails(ctx);
      } catch (err) {
        process.emitWarning(`notification e-mail: ${err instanceof Error ? err.message : err}`);
      }
    } while (wanted.has(ctx));
  })().finally(() => inFlight.delete(ctx));
  inFlight.set(ctx, run);
}

/** Resolves when no background delivery is running (tests, shutdown). */
export async function deliveryIdle(ctx: AppContext): Promise<void> {
  await inFlight.get(ctx);
}
