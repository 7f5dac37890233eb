import { mayManageAt, type Scope } from '@sigap/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { visibleInScope } from '../../platform/db/scope-sql.js';
import { AppError } from '../../platform/http/errors.js';
import type { PlanRow } from './load-matrix.js';
import { plans } from './schema.js';

export const PLAN_NOT_FOUND = { id: 'Rencana aksi tidak ditemukan', en: 'Action plan not found' };

/**
 * Who sees a plan: the RAN (no region) is everyone's; a RAD is seen inside its region's scope
 * and by the kabupaten/kota of the province that owns it (they implement it). That is exactly
 * the task forces' rule, so the same clause serves. Anything else answers 404, like a missing id.
 */
export function planVisible(scope: Scope) {
  return visibleInScope(plans.regionCode, scope);
}

export async function findVisiblePlan(
  db: DbOrTx,
  scope: Scope,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<PlanRow | null> {
  const q = db
    .select()
    .from(plans)
    .where(and(eq(plans.id, id), planVisible(scope)));
  // a revision locks the plan row, so two revisions of one plan queue instead of interleaving
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row ?? null;
}

export async function getVisiblePlan(
  db: DbOrTx,
  scope: Scope,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<PlanRow> {
  const row = await findVisiblePlan(db, scope, id, opts);
  if (!row) throw new AppError('NOT_FOUND', PLAN_NOT_FOUND);
  return row;
}

/** The RAN is the national secretariat's; a RAD belongs to those whose scope holds its region. */
export function assertMayManagePlan(scope: Scope, regionCode: string | null): void {
  if (mayManageAt(scope, regionCode)) return;
  throw new AppError(
    'FORBIDDEN',
    regionCode === null
      ? {
          id: 'Hanya sekretariat nasional yang dapat mengelola RAN',
          en: 'Only the national secretariat may manage the RAN',
        }
      : {
          id: `RAD wilayah ${regionCode} di luar cakupan wilayah Anda`,
          en: `The RAD of region ${regionCode} is outside your scope`,
        },
  );
}

/** Serialises plan creation per kind and region, so the overlap check cannot race. */
export async function lockPlanSlot(tx: DbOrTx, kind: string, regionCode: string | null) {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtext(${`plan:${kind}:${regionCode ?? ''}`}))`,
  );
}
