import type { Scope, TaskForceQuery } from '@sigap/domain';
import { and, count, eq, ilike, like, or } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { visibleInScope } from '../../platform/db/scope-sql.js';
import { limitOffset, pageOf } from '../shared/paging.js';
import { containsPattern, prefixPattern } from '../shared/search.js';
import { selectTaskForces, taskForceOrder } from './presenters.js';
import { taskForces } from './schema.js';

/** Task forces the user may see (their scope and the levels above it), national first. */
export async function listTaskForces(db: DbOrTx, scope: Scope, q: TaskForceQuery) {
  const where = and(
    visibleInScope(taskForces.regionCode, scope),
    q.level ? eq(taskForces.level, q.level) : undefined,
    q.regionCode
      ? or(
          eq(taskForces.regionCode, q.regionCode),
          like(taskForces.regionCode, prefixPattern(`${q.regionCode}.`)),
        )
      : undefined,
    q.q ? ilike(taskForces.name, containsPattern(q.q)) : undefined,
    q.active ? eq(taskForces.active, q.active === 'true') : undefined,
  );
  const { limit, offset } = limitOffset(q);
  const [rows, totals] = await Promise.all([
    selectTaskForces(db)
      .where(where)
      .orderBy(...taskForceOrder)
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(taskForces).where(where),
  ]);
  return pageOf(rows, q, totals[0]?.n ?? 0);
}
