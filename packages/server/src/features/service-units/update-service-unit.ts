import type { ServiceUnitUpdate } from '@sigap/domain';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { AuthContext } from '../../platform/http/types.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { assertInstitutionExists } from '../institutions/assert-institution-exists.js';
import { getServiceUnit } from './get-service-unit.js';
import { serviceUnits } from './schema.js';
import { assertPlaceable, getUnitInScope } from './service-unit-access.js';

/** Changes a unit of the user's scope; moving it is allowed only to a region also in scope. */
export async function updateServiceUnit(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  id: string,
  input: ServiceUnitUpdate,
) {
  const db = ctx.database.db;
  await db.transaction(async (tx) => {
    const before = await getUnitInScope(tx, auth.scope, id);
    if (input.regionCode !== undefined) await assertPlaceable(tx, auth.scope, input.regionCode);
    if (input.institutionId)
      await assertInstitutionExists(tx, 'institutionId', input.institutionId);
    const [after] = await tx
      .update(serviceUnits)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(serviceUnits.id, id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'service_unit.updated',
      entityType: 'service_unit',
      entityId: id,
      before,
      after,
    });
  });
  return getServiceUnit(db, auth.scope, id);
}
