import { and, count, desc, eq, ilike } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import type { AuthContext } from '../../platform/http/types.js';
import { limitOffset, pageOf } from '../shared/paging.js';
import { containsPattern } from '../shared/search.js';
import {
  happenedIn,
  nonPlanVisibleTo,
  presentNonPlanActivity,
  selectNonPlanActivities,
} from './non-plan-access.js';
import { nonPlanActivities } from './schema.js';
import type { NonPlanActivityQuery } from './views.js';

/** Kegiatan non-RAN this user may read, newest first. */
export async function listNonPlanActivities(
  db: DbOrTx,
  auth: AuthContext,
  q: NonPlanActivityQuery,
) {
  const a = nonPlanActivities;
  const where = and(
    nonPlanVisibleTo(auth),
    q.year ? eq(a.year, q.year) : undefined,
    q.strategy ? eq(a.strategyCode, q.strategy) : undefined,
    q.institutionId ? eq(a.institutionId, q.institutionId) : undefined,
    q.regionCode ? happenedIn(q.regionCode) : undefined,
    q.q ? ilike(a.title, containsPattern(q.q)) : undefined,
  );
  const { limit, offset } = limitOffset(q);
  const [rows, totals] = await Promise.all([
    selectNonPlanActivities(db)
      .where(where)
      .orderBy(desc(a.startsOn), a.title)
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(a).where(where),
  ]);
  return pageOf(rows.map(presentNonPlanActivity), q, totals[0]?.n ?? 0);
}
