import type { ReferralTargetQuery } from '@sigap/domain';
import { and, asc, count, eq, ilike, like, or } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { limitOffset, pageOf } from '../shared/paging.js';
import { containsPattern, prefixPattern } from '../shared/search.js';
import { selectServiceUnits } from './presenters.js';
import { serviceUnits } from './schema.js';

/**
 * Active units in every region, for case workers choosing where to refer a victim: the common
 * path runs from the destination region to the origin, which lies outside the sender's scope.
 * Only names and regions leave here; addresses stay within each unit's own scope.
 */
export async function listReferralTargets(db: DbOrTx, q: ReferralTargetQuery) {
  const pattern = q.q ? containsPattern(q.q) : null;
  const where = and(
    eq(serviceUnits.active, true),
    q.regionCode
      ? or(
          eq(serviceUnits.regionCode, q.regionCode),
          like(serviceUnits.regionCode, prefixPattern(`${q.regionCode}.`)),
        )
      : undefined,
    pattern ? ilike(serviceUnits.name, pattern) : undefined,
  );
  const { limit, offset } = limitOffset(q);
  const [rows, totals] = await Promise.all([
    selectServiceUnits(db)
      .where(where)
      .orderBy(asc(serviceUnits.regionCode), asc(serviceUnits.name))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(serviceUnits).where(where),
  ]);
  const items = rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    regionCode: r.regionCode,
    regionName: r.regionName,
  }));
  return pageOf(items, q, totals[0]?.n ?? 0);
}
