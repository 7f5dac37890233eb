import { mayManageAt, type Scope } from '@sigap/domain';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { visibleInScope } from '../../platform/db/scope-sql.js';
import { AppError } from '../../platform/http/errors.js';
import { taskForces } from './schema.js';

export const TASK_FORCE_NOT_FOUND = {
  id: 'Gugus tugas tidak ditemukan',
  en: 'Task force not found',
};

export const outsideScope = () =>
  new AppError('FORBIDDEN', {
    id: 'Gugus tugas ini di luar cakupan wilayah Anda',
    en: 'This task force is outside your scope',
  });

/**
 * A task force the user may see: inside their scope or above it (the national one, their
 * province). Anything else answers 404 exactly like a missing id, so another region's task
 * force cannot be probed for by id — for reads and writes alike.
 */
export async function findVisibleTaskForce(db: DbOrTx, scope: Scope, id: string) {
  const [row] = await db
    .select()
    .from(taskForces)
    .where(and(eq(taskForces.id, id), visibleInScope(taskForces.regionCode, scope)));
  return row ?? null;
}

/**
 * A task force the user may change: visible, and at or below their own region. A province
 * secretariat sees the national task force but may not change it (403); another province's is
 * not visible at all (404).
 */
export async function getManagedTaskForce(tx: DbOrTx, scope: Scope, id: string) {
  const row = await findVisibleTaskForce(tx, scope, id);
  if (!row) throw new AppError('NOT_FOUND', TASK_FORCE_NOT_FOUND);
  if (!mayManageAt(scope, row.regionCode)) throw outsideScope();
  return row;
}
