import type { BreakGlassGrant, BreakGlassRequest } from '@sigap/domain';
import type { AppContext } from '../../platform/context.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { deliverSoon } from '../notifications/mail-delivery.js';
import { notifyUsers } from '../notifications/notify.js';
import { CASE_NOT_FOUND, findCase } from './case-access.js';
import { caseOwnersOf } from './case-recipients.js';
import { caseAccessGrants } from './schema.js';

/**
 * Buka darurat (break-the-glass): a user with cases.read opens a case outside their scope, for
 * example a victim who turns up in another region at night. It is allowed, never silent: the
 * written reason is kept, the grant ends after SIGAP_BREAK_GLASS_HOURS, the audit log records it
 * and the case's owners are told at once in the app (and by e-mail when configured). The grant
 * reads the case only; changing it stays with its owners.
 */
export async function breakGlass(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  caseId: string,
  input: BreakGlassRequest,
): Promise<BreakGlassGrant> {
  const db = ctx.database.db;
  const result = await db.transaction(async (tx) => {
    const found = await findCase(tx, auth, caseId);
    if (!found) throw new AppError('NOT_FOUND', CASE_NOT_FOUND);
    if (found.access)
      throw new AppError('CONFLICT', {
        id: 'Anda sudah dapat membuka kasus ini tanpa buka darurat',
        en: 'You can already open this case without break-the-glass',
      });
    const expiresAt = new Date(Date.now() + ctx.config.breakGlassHours * 3600_000);
    const [grant] = await tx
      .insert(caseAccessGrants)
      .values({ caseId, userId: auth.userId, reason: input.reason, expiresAt })
      .returning();
    if (!grant) throw new Error('insert returned nothing');
    await recordAudit(tx, actor, {
      action: 'case.break_glass',
      entityType: 'case',
      entityId: caseId,
      after: {
        grantId: grant.id,
        userId: auth.userId,
        reason: input.reason,
        expiresAt: grant.expiresAt,
      },
    });
    const c = found.row;
    const owners = await caseOwnersOf(tx, c, auth.userId);
    const who = `${auth.email}`;
    const notified = await notifyUsers(tx, owners, {
      kind: 'case_break_glass',
      title: {
        id: `Buka darurat: kasus ${c.caseNumber} dibuka dari luar cakupan`,
        en: `Break-the-glass: case ${c.caseNumber} opened from outside its scope`,
      },
      body: {
        id: `${who} membuka kasus ${c.caseNumber} sampai ${grant.expiresAt.toISOString()}.\nAlasan: ${input.reason}`,
        en: `${who} opened case ${c.caseNumber} until ${grant.expiresAt.toISOString()}.\nReason: ${input.reason}`,
      },
      link: `/cases/${caseId}`,
      dedupeKey: `break-glass:${grant.id}`,
    });
    return {
      id: grant.id,
      caseId,
      expiresAt: grant.expiresAt.toISOString(),
      notified,
    };
  });
  if (result.notified > 0) deliverSoon(ctx);
  return result;
}
