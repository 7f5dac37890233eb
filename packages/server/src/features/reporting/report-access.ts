import { type ReportActor, regionInScope, roleHas, type Scope } from '@sigap/domain';
import { and, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { type DbOrTx, queryRows } from '../../platform/db/client.js';
import { withinScope } from '../../platform/db/scope-sql.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';
import { plans } from '../plans/schema.js';
import { qualified } from '../shared/qualified.js';
import { subTaskForces, taskForces } from '../task-forces/schema.js';
import { progressReports } from './schema.js';

/**
 * Who sees and who acts on a progress report. The plan's region decides (null: the RAN):
 *
 * - Reading. Secretariats and analysts see the reports of the plans in their scope: the RAN and
 *   the RADs of their region and below. A reporter sees its own institution's reports (RAN and
 *   RADs in scope); a regional reporter also every report of the RADs in its region, because it
 *   files for its regional task force; a national sub-task-force coordinator also the RAN
 *   reports of its strategy, which it verifies. Anything else answers 404 (decision 0007).
 * - Filing (reporter): a user of the activity's responsible institution; for a RAD also a
 *   reporter whose scope is exactly the RAD's region (the regional task force).
 * - Verifying (verifier): a secretariat whose scope covers the plan (only the national one
 *   covers the RAN), or a user of the institution coordinating the sub-task-force (sub gugus
 *   tugas) of the report's strategy in the plan's task force, at that task force's level, and
 *   never for its own institution's report (nobody verifies their own work).
 */
export const REPORT_NOT_FOUND = { id: 'Laporan tidak ditemukan', en: 'Report not found' };

type PlanPlace = { kind: 'ran' | 'rad'; regionCode: string | null };

/** True when the plan (RAN, or RAD at the region) lies in the scope. */
export function planInScope(scope: Scope, regionCode: string | null): boolean {
  return regionCode === null || regionInScope(scope, regionCode);
}

/** SQL form of planInScope over a region column. */
export function planInScopeSql(regionColumn: AnyPgColumn, scope: Scope): SQL {
  if (scope.level === 'national') return sql`true`;
  return sql`(${regionColumn} is null or ${withinScope(regionColumn, scope)})`;
}

/** True when the scope reaches the whole plan: only a national scope reaches the RAN. */
export function coversPlan(scope: Scope, regionCode: string | null): boolean {
  return regionCode === null ? scope.level === 'national' : regionInScope(scope, regionCode);
}

/** The scope at the plan's own level: national for the RAN, exactly the region for a RAD. */
function atPlanLevel(scope: Scope, regionCode: string | null): boolean {
  return regionCode === null ? scope.level === 'national' : scope.regionCode === regionCode;
}

export function mayFileFor(auth: AuthContext, plan: PlanPlace, institutionId: string): boolean {
  if (!roleHas(auth.role, 'reports.file')) return false;
  if (auth.institutionId === institutionId && planInScope(auth.scope, plan.regionCode)) return true;
  return (
    plan.kind === 'rad' &&
    auth.scope.level !== 'national' &&
    atPlanLevel(auth.scope, plan.regionCode)
  );
}

/** Coordinating institutions' sub-task-forces of a strategy in the plan's active task force. */
export function coordinatorClause(
  institutionId: SQL | string,
  strategyCode: SQL | string,
  regionCode: SQL | string | null,
): SQL {
  return sql`exists (select 1 from ${subTaskForces} s join ${taskForces} t on t.id = s.task_force_id
    where t.active and s.coordinator_institution_id = ${institutionId}
      and s.strategy_code = ${strategyCode}
      and t.region_code is not distinct from ${regionCode})`;
}

export async function isVerifierOf(
  db: DbOrTx,
  auth: AuthContext,
  report: { regionCode: string | null; strategyCode: string; institutionId: string },
): Promise<boolean> {
  if (roleHas(auth.role, 'reports.verify') && coversPlan(auth.scope, report.regionCode))
    return true;
  if (!roleHas(auth.role, 'reports.file') && !roleHas(auth.role, 'reports.verify')) return false;
  if (auth.institutionId === report.institutionId) return false;
  if (!atPlanLevel(auth.scope, report.regionCode)) return false;
  const [row] = await queryRows<{ ok: boolean }>(
    db,
    sql`select ${coordinatorClause(auth.institutionId, report.strategyCode, report.regionCode)} as ok`,
  );
  return row?.ok === true;
}

/** The kinds of actor this user is for the report: none, either, or (an administrator) both. */
export async function actorsFor(
  db: DbOrTx,
  auth: AuthContext,
  report: {
    planKind: 'ran' | 'rad';
    regionCode: string | null;
    strategyCode: string;
    institutionId: string;
  },
): Promise<Set<ReportActor>> {
  const out = new Set<ReportActor>();
  if (
    mayFileFor(auth, { kind: report.planKind, regionCode: report.regionCode }, report.institutionId)
  )
    out.add('reporter');
  if (await isVerifierOf(db, auth, report)) out.add('verifier');
  return out;
}

/** The WHERE that keeps a report query to what this user may read. */
export function reportsVisibleTo(auth: AuthContext): SQL {
  const r = progressReports;
  const inScope = planInScopeSql(r.regionCode, auth.scope);
  if (auth.role !== 'reporter') return inScope;
  const own = eq(r.institutionId, auth.institutionId);
  if (auth.scope.level === 'national') {
    const coordinates = and(
      isNull(r.regionCode),
      coordinatorClause(auth.institutionId, qualified(r.strategyCode), sql`null`),
    );
    return sql`(${own} or ${coordinates})`;
  }
  return sql`((${r.regionCode} is null and ${own}) or ${withinScope(r.regionCode, auth.scope)})`;
}

/** A report with what access decisions need (its plan's kind), if this user may read it. */
export async function findVisibleReport(db: DbOrTx, auth: AuthContext, id: string) {
  const [row] = await db
    .select({ report: progressReports, planKind: plans.kind })
    .from(progressReports)
    .innerJoin(plans, eq(plans.id, progressReports.planId))
    .where(and(eq(progressReports.id, id), reportsVisibleTo(auth)));
  return row ? { ...row.report, planKind: row.planKind } : null;
}

export type VisibleReport = NonNullable<Awaited<ReturnType<typeof findVisibleReport>>>;

export async function getVisibleReport(db: DbOrTx, auth: AuthContext, id: string) {
  const row = await findVisibleReport(db, auth, id);
  if (!row) throw new AppError('NOT_FOUND', REPORT_NOT_FOUND);
  return row;
}

export const onlyReporters = () =>
  new AppError('FORBIDDEN', {
    id: 'Hanya pelapor instansi penanggung jawab (atau gugus tugas daerahnya) yang dapat mengubah laporan ini',
    en: "Only a reporter of the responsible institution (or of the region's task force) may change this report",
  });
