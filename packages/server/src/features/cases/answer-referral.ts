import type { ReferralStatus, ReferralView } from '@sigap/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';
import type { Actor } from '../audit/audit-log.js';
import { deliverSoon } from '../notifications/mail-delivery.js';
import { notifyUsers } from '../notifications/notify.js';
import { qualified } from '../shared/qualified.js';
import { incomingReachSql } from './case-access.js';
import { auditCaseChange } from './case-audit.js';
import { loadCodeLabels } from './code-labels.js';
import { presentReferral, selectReferrals } from './referral-views.js';
import { referrals } from './schema.js';

export const REFERRAL_NOT_FOUND = { id: 'Rujukan tidak ditemukan', en: 'Referral not found' };

type Answer = 'accept' | 'decline' | 'complete';

/** sent → accepted | declined; accepted → completed. Anything else is a 409. */
const STEPS: Record<Answer, { from: ReferralStatus; to: ReferralStatus }> = {
  accept: { from: 'sent', to: 'accepted' },
  decline: { from: 'sent', to: 'declined' },
  complete: { from: 'accepted', to: 'completed' },
};

const WORDS: Record<ReferralStatus, { id: string; en: string }> = {
  sent: { id: 'dikirim', en: 'sent' },
  accepted: { id: 'diterima', en: 'accepted' },
  declined: { id: 'ditolak', en: 'declined' },
  completed: { id: 'diselesaikan', en: 'completed' },
};

/** Referrals addressed to this user (their region, or their institution's units). */
export function incomingWhere(auth: AuthContext) {
  return incomingReachSql(auth, qualified(referrals.toRegionCode), sql`"tu"."institution_id"`);
}

export async function getIncomingReferral(db: DbOrTx, auth: AuthContext, id: string) {
  const [row] = await selectReferrals(db).where(and(eq(referrals.id, id), incomingWhere(auth)));
  if (!row) throw new AppError('NOT_FOUND', REFERRAL_NOT_FOUND);
  return row;
}

/**
 * The receiving side answers a referral: accepts it (its region then reaches the case, and the
 * victim's identity if consented), declines it with a reason, or marks the services done. The
 * UPDATE applies only from the expected status, so two answers at once cannot both win. The
 * sender is told.
 */
export async function answerReferral(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  id: string,
  answer: Answer,
  declineReason: string | null = null,
): Promise<ReferralView> {
  const db = ctx.database.db;
  const step = STEPS[answer];
  const notified = await db.transaction(async (tx) => {
    const current = await getIncomingReferral(tx, auth, id);
    const before = current.referral;
    if (before.status !== step.from)
      throw new AppError('CONFLICT', {
        id: `Rujukan berstatus "${WORDS[before.status as ReferralStatus]?.id ?? before.status}" dan tidak dapat ${WORDS[step.to].id}`,
        en: `The referral is ${WORDS[before.status as ReferralStatus]?.en ?? before.status} and cannot be ${WORDS[step.to].en}`,
      });
    const now = new Date();
    const [after] = await tx
      .update(referrals)
      .set({
        status: step.to,
        ...(answer === 'complete'
          ? { completedAt: now }
          : { respondedBy: auth.userId, respondedAt: now }),
        ...(answer === 'decline' ? { declineReason } : {}),
      })
      .where(and(eq(referrals.id, id), eq(referrals.status, step.from)))
      .returning();
    if (!after)
      throw new AppError('CONFLICT', {
        id: 'Rujukan berubah sementara itu. Muat ulang, lalu ulangi.',
        en: 'The referral changed meanwhile. Reload it, then try again.',
      });
    await auditCaseChange(tx, actor, {
      action: `case.referral.${answer}`,
      entityType: 'referral',
      entityId: id,
      before,
      after,
    });
    if (!before.sentBy || before.sentBy === auth.userId) return 0;
    const word = WORDS[step.to];
    return notifyUsers(tx, [before.sentBy], {
      kind: 'referral_answered',
      title: {
        id: `Rujukan kasus ${current.caseNumber} ${word.id} oleh ${current.toUnitName}`,
        en: `Referral of case ${current.caseNumber} ${word.en} by ${current.toUnitName}`,
      },
      body: {
        id: declineReason ? `Alasan: ${declineReason}` : `Status rujukan: ${word.id}.`,
        en: declineReason ? `Reason: ${declineReason}` : `Referral status: ${word.en}.`,
      },
      link: `/cases/${before.caseId}`,
      dedupeKey: `referral:${id}:${step.to}`,
    });
  });
  if (notified > 0) deliverSoon(ctx);
  const [row, labels] = await Promise.all([getIncomingReferral(db, auth, id), loadCodeLabels(db)]);
  return presentReferral(row, labels);
}
