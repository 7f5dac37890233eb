import { mayManageAt, type Scope } from '@sigap/domain';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { withinScope } from '../../platform/db/scope-sql.js';
import { AppError } from '../../platform/http/errors.js';
import { regions } from '../regions/schema.js';
import { fieldError, REGION_NOT_FOUND } from '../shared/field-error.js';
import { serviceUnits } from './schema.js';

export const SERVICE_UNIT_NOT_FOUND = {
  id: 'Unit layanan tidak ditemukan',
  en: 'Service unit not found',
};

/**
 * A unit inside the user's scope, or null. Units outside it answer 404 like a missing id: a
 * rumah aman (safe house) must not be found by anyone outside its region, not even that it exists.
 */
export async function findUnitInScope(db: DbOrTx, scope: Scope, id: string) {
  const [row] = await db
    .select()
    .from(serviceUnits)
    .where(and(eq(serviceUnits.id, id), withinScope(serviceUnits.regionCode, scope)));
  return row ?? null;
}

export async function getUnitInScope(db: DbOrTx, scope: Scope, id: string) {
  const row = await findUnitInScope(db, scope, id);
  if (!row) throw new AppError('NOT_FOUND', SERVICE_UNIT_NOT_FOUND);
  return row;
}

/** A region a unit may be placed in: it exists, and it lies inside the user's scope (403). */
export async function assertPlaceable(db: DbOrTx, scope: Scope, regionCode: string) {
  if (!mayManageAt(scope, regionCode))
    throw new AppError('FORBIDDEN', {
      id: 'Wilayah ini di luar cakupan wilayah Anda',
      en: 'This region is outside your scope',
    });
  const [region] = await db
    .select({ code: regions.code })
    .from(regions)
    .where(eq(regions.code, regionCode));
  if (!region) throw fieldError('regionCode', REGION_NOT_FOUND);
}
