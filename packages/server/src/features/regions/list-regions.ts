import type { RegionQuery } from '@sigap/domain';
import { and, asc, count, eq, ilike, like, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { limitOffset, pageOf } from '../shared/paging.js';
import { containsPattern, prefixPattern } from '../shared/search.js';
import { presentRegion, regionColumns, regionInForce } from './presenters.js';
import { regions } from './schema.js';

/**
 * Regions by level, parent or name/code, ordered by Kemendagri code. Without `historic=true`
 * only regions in force today: a split province keeps its row (old data points at it) but does
 * not clutter pickers.
 */
export async function listRegions(db: DbOrTx, q: RegionQuery) {
  const historic = q.historic === 'true';
  const where = and(
    historic ? undefined : regionInForce('regions'),
    q.level ? eq(regions.level, q.level) : undefined,
    q.parentCode ? eq(regions.parentCode, q.parentCode) : undefined,
    q.q
      ? or(ilike(regions.name, containsPattern(q.q)), like(regions.code, prefixPattern(q.q)))
      : undefined,
  );
  const { limit, offset } = limitOffset(q);
  // the total rides along with the page; only an empty page needs its own count
  const rows = await db
    .select({ ...regionColumns(historic), total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(regions)
    .where(where)
    .orderBy(asc(regions.code))
    .limit(limit)
    .offset(offset);
  const total =
    rows[0]?.total ??
    (q.page === 1 ? 0 : ((await db.select({ n: count() }).from(regions).where(where))[0]?.n ?? 0));
  return pageOf(rows.map(presentRegion), q, total);
}
