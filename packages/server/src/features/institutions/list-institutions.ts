import type { InstitutionQuery } from '@sigap/domain';
import { and, asc, count, eq, ilike, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { limitOffset, pageOf } from '../shared/paging.js';
import { qualified } from '../shared/qualified.js';
import { containsPattern } from '../shared/search.js';
import { institutionName, presentInstitution, selectInstitutions } from './presenters.js';
import { institutions } from './schema.js';

/**
 * K/L and regional bodies, ordered by today's name. The search also matches names an
 * institution carried before, so "Kominfo" still finds today's Komdigi.
 */
export async function listInstitutions(db: DbOrTx, q: InstitutionQuery) {
  const pattern = q.q ? containsPattern(q.q) : null;
  const where = and(
    pattern
      ? or(
          ilike(institutions.code, pattern),
          sql`exists (select 1 from institution_names n where n.institution_id = ${qualified(institutions.id)} and (n.name ilike ${pattern} or n.abbreviation ilike ${pattern}))`,
        )
      : undefined,
    q.kind ? eq(institutions.kind, q.kind) : undefined,
    q.active ? eq(institutions.active, q.active === 'true') : undefined,
  );
  const { limit, offset } = limitOffset(q);
  const [rows, totals] = await Promise.all([
    selectInstitutions(db)
      .where(where)
      .orderBy(asc(institutionName), asc(institutions.code))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(institutions).where(where),
  ]);
  return pageOf(rows.map(presentInstitution), q, totals[0]?.n ?? 0);
}
