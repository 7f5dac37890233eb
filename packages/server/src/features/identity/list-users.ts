import type { Scope, UserQuery } from '@sigap/domain';
import { and, asc, count, eq, ilike, or, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { type Bind, bindAs, prepared } from '../../platform/db/prepared.js';
import { scopeParams, withinScope } from '../../platform/db/scope-sql.js';
import type { AuthContext } from '../../platform/http/types.js';
import { institutions } from '../institutions/schema.js';
import { containsPattern } from '../shared/search.js';
import { presentUser, userViewColumns } from './presenters.js';
import { users } from './schema.js';

/**
 * Users whose scope lies inside the actor's: a province sees its own and its kabupaten/kota
 * accounts, never national ones. Values are bound as placeholders (for the prepared page query)
 * or inlined (for the rare count of a page past the end).
 */
function userFilter(q: UserQuery, scope: Scope, v: Bind) {
  return and(
    scope.level === 'national'
      ? undefined
      : sql`${users.scopeLevel} <> 'national' and ${withinScope(users.scopeRegionCode, scope, v)}`,
    q.q
      ? or(
          ilike(users.email, v('q', containsPattern(q.q))),
          ilike(users.fullName, v('q', containsPattern(q.q))),
        )
      : undefined,
    q.role ? eq(users.role, v('role', q.role)) : undefined,
    q.institutionId ? eq(users.institutionId, v('institutionId', q.institutionId)) : undefined,
    q.active ? eq(users.active, v('active', q.active === 'true')) : undefined,
  );
}

export async function listUsers(ctx: AppContext, auth: AuthContext, q: UserQuery) {
  const db = ctx.database.readDb;
  const regional = auth.scope.level !== 'national';
  const name = `list_users_${[regional, q.q, q.role, q.institutionId, q.active].map((f) => (f ? 1 : 0)).join('')}`;
  const page = prepared(db, name, (d) =>
    d
      .select({ ...userViewColumns, total: sql<number>`count(*) over ()`.mapWith(Number) })
      .from(users)
      .innerJoin(institutions, eq(institutions.id, users.institutionId))
      .where(userFilter(q, auth.scope, bindAs(true)))
      .orderBy(asc(users.fullName), asc(users.id))
      .limit(sql.placeholder('limit'))
      .offset(sql.placeholder('offset'))
      .prepare(name),
  );
  const rows = await page.execute({
    ...scopeParams(auth.scope),
    q: q.q ? containsPattern(q.q) : undefined,
    role: q.role,
    institutionId: q.institutionId,
    active: q.active === 'true',
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  // the total rides along with the page; only a page past the end needs its own count
  const total =
    rows[0]?.total ??
    (q.page === 1
      ? 0
      : ((
          await db
            .select({ n: count() })
            .from(users)
            .where(userFilter(q, auth.scope, bindAs(false)))
        )[0]?.n ?? 0));
  return { items: rows.map(presentUser), meta: { page: q.page, pageSize: q.pageSize, total } };
}
