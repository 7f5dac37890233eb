import { and, eq, ne, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { users } from '../identity/schema.js';
import { qualified } from '../shared/qualified.js';
import { coordinatorClause } from './report-access.js';

type ReportPlace = {
  regionCode: string | null;
  institutionId: string;
  strategyCode: string;
  createdBy: string | null;
};

/** Users whose scope is the plan's own level: national for the RAN, the RAD's region. */
function atPlanLevel(regionCode: string | null): SQL {
  return regionCode === null
    ? sql`${users.scopeLevel} = 'national'`
    : sql`${users.scopeRegionCode} = ${regionCode}`;
}

/**
 * Who hears about a report's return or an approaching deadline: the reporters closest to the
 * plan — for the RAN the institution's national reporters, for a RAD the reporters of that
 * region (its task force) — and whoever filed the report. A national K/L reporter is not told
 * about every RAD in the country, nor a district reporter about the RAN.
 */
export function responsibleReporters(regionCode: string | null, institutionId: SQL | string) {
  return regionCode === null
    ? sql`(${users.role} = 'reporter' and ${users.scopeLevel} = 'national' and ${users.institutionId} = ${institutionId})`
    : sql`(${users.role} = 'reporter' and ${users.scopeRegionCode} = ${regionCode})`;
}

export async function reportersToNotify(
  db: DbOrTx,
  report: ReportPlace,
  exceptUserId: string,
): Promise<string[]> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.active, true),
        ne(users.id, exceptUserId),
        or(
          responsibleReporters(report.regionCode, report.institutionId),
          report.createdBy ? eq(users.id, report.createdBy) : undefined,
        ),
      ),
    );
  return rows.map((r) => r.id);
}

/**
 * Who hears that a report awaits verification: the secretariat of the plan's level (for a
 * kabupaten/kota RAD also its province's), and the users of the institution coordinating the
 * strategy's sub-task-force at that level, unless the report is their own institution's.
 */
export async function verifiersToNotify(
  db: DbOrTx,
  report: ReportPlace,
  exceptUserId: string,
): Promise<string[]> {
  const region = report.regionCode;
  const secretariatRegions =
    region === null ? [] : [region, ...(region.includes('.') ? [region.split('.')[0] ?? ''] : [])];
  const secretariat =
    region === null
      ? sql`${users.scopeLevel} = 'national'`
      : sql`${users.scopeRegionCode} in (${sql.join(
          secretariatRegions.map((r) => sql`${r}`),
          sql`, `,
        )})`;
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.active, true),
        ne(users.id, exceptUserId),
        or(
          sql`(${users.role} = 'secretariat' and ${secretariat})`,
          sql`(${users.role} in ('reporter', 'secretariat') and ${users.institutionId} <> ${report.institutionId}
            and ${atPlanLevel(region)}
            and ${coordinatorClause(qualified(users.institutionId), report.strategyCode, region)})`,
        ),
      ),
    );
  return rows.map((r) => r.id);
}

/**
 * The same rule as responsibleReporters, as a join condition over many plans at once (the
 * reminder sweep): `u` users, `p` plans, `a` activities.
 */
export const responsibleReportersJoin = sql`u.active and u.role = 'reporter' and (
  (p.region_code is null and u.scope_level = 'national' and u.institution_id = a.responsible_institution_id)
  or (p.region_code is not null and u.scope_region_code = p.region_code))`;
