import type { CaseAccessKind, Scope } from '@sigap/domain';
import { eq, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';
import { qualified } from '../shared/qualified.js';
import { cases } from './schema.js';

/**
 * Who reaches a case (decision recorded in the cases routes' report to the lead):
 *
 * - owner: the case's region lies in the user's scope. National users reach every case, except
 *   a national case worker, who handles the cases of their own institution only. Owners read
 *   and change the case.
 * - referral: a referral of one of the case's victims to a unit in the user's region was
 *   accepted (or since completed). A referral only sent gives no access to the case: the
 *   incoming list shows the receiving unit what it needs to decide (no name), and identifying
 *   data is shared only once the unit accepts and only if the victim consented. Referral users
 *   read the case and record services for the referred victim.
 * - grant: a live break-the-glass grant (time-limited, audited, owners notified); read only.
 *
 * Everything else answers 404 in lists and on writes; a GET of the case itself answers
 * 403 BREAK_GLASS_REQUIRED, but only to users holding cases.read (the guard refuses the others
 * before the case is looked up, so nobody else learns whether an id exists).
 */
export const CASE_NOT_FOUND = { id: 'Kasus tidak ditemukan', en: 'Case not found' };

export const READ_ONLY_ACCESS = {
  id: 'Anda dapat membaca kasus ini (rujukan atau buka darurat) tetapi tidak mengubahnya',
  en: 'You may read this case (through a referral or break-the-glass) but not change it',
};

/** `column` is the region or a region under it. */
export function regionWithin(column: SQL, scope: Scope & { regionCode: string }): SQL {
  return sql`(${column} = ${scope.regionCode} or ${column} like ${`${scope.regionCode}.%`})`;
}

/** Cases the user owns: in scope (national: all; a national case worker: own institution). */
export function ownedCasesSql(auth: AuthContext): SQL {
  if (auth.scope.level === 'national')
    return auth.role === 'case_worker'
      ? sql`${qualified(cases.institutionId)} = ${auth.institutionId}`
      : sql`true`;
  return regionWithin(qualified(cases.regionCode), auth.scope);
}

/**
 * Referrals addressed to the user: to a unit in their region (a national case worker: to a unit
 * of their institution). The columns are the referral's receiving region and unit's institution.
 */
export function incomingReachSql(
  auth: AuthContext,
  toRegion: SQL = sql`r.to_region_code`,
  toUnitInstitution: SQL = sql`tu.institution_id`,
): SQL {
  if (auth.scope.level === 'national')
    return auth.role === 'case_worker'
      ? sql`${toUnitInstitution} = ${auth.institutionId}`
      : sql`true`;
  return regionWithin(toRegion, auth.scope);
}

/**
 * Ids of the cases reached through an accepted (or completed) referral, and through a live grant.
 * Uncorrelated on purpose: PostgreSQL runs each once per query and probes a hash of the ids,
 * instead of a subquery per case row (lists run over hundreds of thousands of cases).
 */
function referredCaseIdsSql(auth: AuthContext): SQL {
  return sql`(select r.case_id from referrals r join service_units tu on tu.id = r.to_unit_id
    where r.status in ('accepted', 'completed') and ${incomingReachSql(auth)})`;
}

function grantedCaseIdsSql(auth: AuthContext): SQL {
  return sql`(select g.case_id from case_access_grants g
    where g.user_id = ${auth.userId} and g.expires_at > now())`;
}

function grantExpirySql(auth: AuthContext): SQL<Date | string | null> {
  return sql`(select max(g.expires_at) from case_access_grants g
    where g.case_id = ${qualified(cases.id)} and g.user_id = ${auth.userId} and g.expires_at > now())`;
}

/** The WHERE of every case query: owner, referral or grant. */
export function visibleCasesSql(auth: AuthContext): SQL {
  const id = qualified(cases.id);
  return sql`(${ownedCasesSql(auth)} or ${id} in ${referredCaseIdsSql(auth)}
    or ${id} in ${grantedCaseIdsSql(auth)})`;
}

/** How the user reaches each row of a case query (owner wins over referral over grant). */
export function accessKindSql(auth: AuthContext): SQL<CaseAccessKind> {
  return sql<CaseAccessKind>`case when ${ownedCasesSql(auth)} then 'owner'
    when ${qualified(cases.id)} in ${referredCaseIdsSql(auth)} then 'referral' else 'grant' end`;
}

export type CaseRow = typeof cases.$inferSelect;

export type CaseAccess = {
  row: CaseRow;
  kind: CaseAccessKind;
  grantExpiresAt: Date | null;
  /** Victims referred to the user's region (accepted or completed), and those whose identity was shared. */
  referredPersonIds: string[];
  sharedPersonIds: string[];
};

const asDate = (v: Date | string | null): Date | null =>
  v === null ? null : v instanceof Date ? v : new Date(v);

/** The case and how this user reaches it; `access: null` when it exists but is out of reach. */
export async function findCase(
  db: DbOrTx,
  auth: AuthContext,
  id: string,
): Promise<{ row: CaseRow; access: CaseAccess | null } | null> {
  const [found] = await db
    .select({
      row: cases,
      owned: sql<boolean>`${ownedCasesSql(auth)}`,
      referred: sql<string[] | null>`(select array_agg(distinct r.person_id::text) from referrals r
        join service_units tu on tu.id = r.to_unit_id
        where r.case_id = ${qualified(cases.id)} and r.status in ('accepted', 'completed')
          and ${incomingReachSql(auth)})`,
      shared: sql<string[] | null>`(select array_agg(distinct r.person_id::text) from referrals r
        join service_units tu on tu.id = r.to_unit_id
        where r.case_id = ${qualified(cases.id)} and r.status in ('accepted', 'completed')
          and r.consent_id is not null and ${incomingReachSql(auth)})`,
      grantExpiresAt: grantExpirySql(auth),
    })
    .from(cases)
    .where(eq(cases.id, id));
  if (!found) return null;
  const referred = found.referred ?? [];
  const grantExpiresAt = asDate(found.grantExpiresAt);
  const kind: CaseAccessKind | null = found.owned
    ? 'owner'
    : referred.length > 0
      ? 'referral'
      : grantExpiresAt
        ? 'grant'
        : null;
  if (!kind) return { row: found.row, access: null };
  return {
    row: found.row,
    access: {
      row: found.row,
      kind,
      grantExpiresAt,
      referredPersonIds: referred,
      sharedPersonIds: found.shared ?? [],
    },
  };
}

/** A case the user may read; otherwise 404, or 403 BREAK_GLASS_REQUIRED when it exists. */
export async function getReadableCase(
  db: DbOrTx,
  auth: AuthContext,
  id: string,
  opts: { hintBreakGlass?: boolean } = {},
): Promise<CaseAccess> {
  const found = await findCase(db, auth, id);
  if (!found) throw new AppError('NOT_FOUND', CASE_NOT_FOUND);
  if (!found.access)
    throw opts.hintBreakGlass
      ? new AppError('BREAK_GLASS_REQUIRED')
      : new AppError('NOT_FOUND', CASE_NOT_FOUND);
  return found.access;
}

/** A case the user owns (to change it); readers through a referral or a grant get 403. */
export async function getOwnedCase(db: DbOrTx, auth: AuthContext, id: string): Promise<CaseAccess> {
  const access = await getReadableCase(db, auth, id);
  if (access.kind !== 'owner') throw new AppError('FORBIDDEN', READ_ONLY_ACCESS);
  return access;
}

/** Services may also be recorded by the unit a victim was referred to (accepted referral). */
export function mayRecordServicesFor(access: CaseAccess, personId: string): boolean {
  return access.kind === 'owner' || access.referredPersonIds.includes(personId);
}
