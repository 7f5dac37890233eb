import type { ReferralQuery, ReferralView } from '@sigap/domain';
import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import type { AuthContext } from '../../platform/http/types.js';
import { limitOffset, pageOf } from '../shared/paging.js';
import { incomingWhere } from './answer-referral.js';
import { ownedCasesSql } from './case-access.js';
import { loadCodeLabels } from './code-labels.js';
import { countReferrals, presentReferral, selectReferrals } from './referral-views.js';
import { referrals } from './schema.js';

/**
 * Incoming: referrals addressed to units of the user's region, whatever their state (a sent one
 * shows what the unit needs to decide, without a name). Outgoing: referrals of the cases the
 * user owns. Newest first.
 */
export async function listReferrals(
  db: DbOrTx,
  auth: AuthContext,
  q: ReferralQuery,
): Promise<{ items: ReferralView[]; meta: { page: number; pageSize: number; total: number } }> {
  const where = and(
    q.direction === 'incoming' ? incomingWhere(auth) : ownedCasesSql(auth),
    q.status ? eq(referrals.status, q.status) : undefined,
  );
  const { limit, offset } = limitOffset(q);
  const [rows, totals, labels] = await Promise.all([
    selectReferrals(db).where(where).orderBy(desc(referrals.sentAt)).limit(limit).offset(offset),
    countReferrals(db).where(where),
    loadCodeLabels(db),
  ]);
  return pageOf(
    rows.map((r) => presentReferral(r, labels)),
    q,
    totals[0]?.n ?? 0,
  );
}
