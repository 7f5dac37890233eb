import type { Scope, ServiceUnitQuery } from '@sigap/domain';
import { and, asc, count, eq, ilike, like, or } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { withinScope } from '../../platform/db/scope-sql.js';
import { limitOffset, pageOf } from '../shared/paging.js';
import { containsPattern, prefixPattern } from '../shared/search.js';
import { presentServiceUnit, selectServiceUnits } from './presenters.js';
import { serviceUnits } from './schema.js';

/**
 * Service units inside the user's scope only (not the levels above, unlike task forces): a
 * district user never sees another district's units, nor where their safe houses are.
 */
export async function listServiceUnits(db: DbOrTx, scope: Scope, q: ServiceUnitQuery) {
  const pattern = q.q ? containsPattern(q.q) : null;
  const where = and(
    withinScope(serviceUnits.regionCode, scope),
    q.kind ? eq(serviceUnits.kind, q.kind) : undefined,
    q.regionCode
      ? or(
          eq(serviceUnits.regionCode, q.regionCode),
          like(serviceUnits.regionCode, prefixPattern(`${q.regionCode}.`)),
        )
      : undefined,
    pattern
      ? or(ilike(serviceUnits.name, pattern), ilike(serviceUnits.address, pattern))
      : undefined,
    q.active ? eq(serviceUnits.active, q.active === 'true') : undefined,
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
  return pageOf(rows.map(presentServiceUnit), q, totals[0]?.n ?? 0);
}
