import type { RegionQuery } from '@sigap/domain';
import { and, asc, count, eq, ilike, like, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { type Bind, bindAs, prepared } from '../../platform/db/prepared.js';
import { limitOffset, pageOf } from '../shared/paging.js';
import { containsPattern, prefixPattern } from '../shared/search.js';
import { presentRegion, regionColumns, regionInForce } from './presenters.js';
import { regions } from './schema.js';

/**
 * Regions by level, parent or name/code, ordered by Kemendagri code. Without `historic=true`
 * only regions in force today: a split province keeps its row (old data points at it) but does
 * not clutter pickers.
 */
/**
 * The filter, with the user's values either bound as placeholders (the prepared page query) or
 * inlined (the rare count of a page past the end).
 */
function regionFilter(q: RegionQuery, historic: boolean, v: Bind) {
  return and(
    historic ? undefined : regionInForce('regions'),
    q.level ? eq(regions.level, v('level', q.level)) : undefined,
    q.parentCode ? eq(regions.parentCode, v('parentCode', q.parentCode)) : undefined,
    q.q
      ? or(
          ilike(regions.name, v('contains', containsPattern(q.q))),
          like(regions.code, v('prefix', prefixPattern(q.q))),
        )
      : undefined,
  );
}

export async function listRegions(db: DbOrTx, q: RegionQuery) {
  const historic = q.historic === 'true';
  const { limit, offset } = limitOffset(q);
  // Region pickers call this constantly: prepared once per combination of filters, so PostgreSQL
  // does not plan the sub-selects again on every keystroke.
  const name = `list_regions_${[historic, q.level, q.parentCode, q.q].map((f) => (f ? 1 : 0)).join('')}`;
  const page = prepared(db, name, (d) =>
    d
      .select({ ...regionColumns(historic), total: sql<number>`count(*) over ()`.mapWith(Number) })
      .from(regions)
      .where(regionFilter(q, historic, bindAs(true)))
      .orderBy(asc(regions.code))
      .limit(sql.placeholder('limit'))
      .offset(sql.placeholder('offset'))
      .prepare(name),
  );
  const rows = await page.execute({
    level: q.level,
    parentCode: q.parentCode,
    contains: q.q ? containsPattern(q.q) : undefined,
    prefix: q.q ? prefixPattern(q.q) : undefined,
    limit,
    offset,
  });
  // the total rides along with the page; only a page past the end needs its own count
  const total =
    rows[0]?.total ??
    (q.page === 1
      ? 0
      : ((
          await db
            .select({ n: count() })
            .from(regions)
            .where(regionFilter(q, historic, bindAs(false)))
        )[0]?.n ?? 0));
  return pageOf(rows.map(presentRegion), q, total);
}
