import type { Scope, ServiceUnitView } from '@sigap/domain';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import { presentServiceUnit, selectServiceUnits } from './presenters.js';
import { serviceUnits } from './schema.js';
import { findUnitInScope, SERVICE_UNIT_NOT_FOUND } from './service-unit-access.js';

export async function findServiceUnitView(db: DbOrTx, id: string): Promise<ServiceUnitView | null> {
  const [row] = await selectServiceUnits(db).where(eq(serviceUnits.id, id));
  return row ? presentServiceUnit(row) : null;
}

/** One unit inside the user's scope; others answer 404 as if they did not exist. */
export async function getServiceUnit(db: DbOrTx, scope: Scope, id: string) {
  const visible = await findUnitInScope(db, scope, id);
  const view = visible ? await findServiceUnitView(db, id) : null;
  if (!view) throw new AppError('NOT_FOUND', SERVICE_UNIT_NOT_FOUND);
  return view;
}
