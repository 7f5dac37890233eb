import type { ServiceUnitCreate } from '@sigap/domain';
import type { AppContext } from '../../platform/context.js';
import type { AuthContext } from '../../platform/http/types.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { assertInstitutionExists } from '../institutions/assert-institution-exists.js';
import { findServiceUnitView } from './get-service-unit.js';
import { serviceUnits } from './schema.js';
import { assertPlaceable } from './service-unit-access.js';

/** Registers a unit in a region of the user's scope (UPTD PPA, P2TP2A, rumah aman, ...). */
export async function createServiceUnit(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  input: ServiceUnitCreate,
) {
  const db = ctx.database.db;
  const id = await db.transaction(async (tx) => {
    await assertPlaceable(tx, auth.scope, input.regionCode);
    await assertInstitutionExists(tx, 'institutionId', input.institutionId);
    const [row] = await tx.insert(serviceUnits).values(input).returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, actor, {
      action: 'service_unit.created',
      entityType: 'service_unit',
      entityId: row.id,
      after: row,
    });
    return row.id;
  });
  const view = await findServiceUnitView(db, id);
  if (!view) throw new Error('created service unit vanished');
  return view;
}
