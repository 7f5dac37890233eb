import { and, eq, inArray, isNull, ne, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { users } from '../identity/schema.js';

/** Roles that handle cases in a region: they hear about what happens to its cases. */
const CASE_ROLES = ['case_worker', 'data_officer'] as const;

/**
 * Active case workers and data officers whose scope covers a region (the kabupaten/kota's own
 * and its province's). A case without a region belongs to a national institution: its national
 * case workers and data officers. The acting user is left out (nobody is told of their own act).
 */
export async function caseHandlersOf(
  db: DbOrTx,
  place: { regionCode: string | null; institutionId: string },
  exceptUserId: string,
): Promise<string[]> {
  const covering: SQL | undefined = place.regionCode
    ? sql`(${place.regionCode} = ${users.scopeRegionCode} or ${place.regionCode} like (${users.scopeRegionCode} || '.%'))`
    : and(isNull(users.scopeRegionCode), eq(users.institutionId, place.institutionId));
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.active, true),
        inArray(users.role, [...CASE_ROLES]),
        covering,
        ne(users.id, exceptUserId),
      ),
    );
  return rows.map((r) => r.id);
}

/** The case's owners: whoever recorded it (while their account is active), and its handlers. */
export async function caseOwnersOf(
  db: DbOrTx,
  c: { regionCode: string | null; institutionId: string; createdBy: string | null },
  exceptUserId: string,
): Promise<string[]> {
  const handlers = await caseHandlersOf(db, c, exceptUserId);
  if (!c.createdBy || c.createdBy === exceptUserId) return handlers;
  const [creator] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, c.createdBy), eq(users.active, true)));
  return [...new Set([...(creator ? [creator.id] : []), ...handlers])];
}
