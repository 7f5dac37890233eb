import { mayManageAt, type Scope } from '@sigap/domain';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import { INSTITUTION_NOT_FOUND } from '../shared/field-error.js';
import { institutions } from './schema.js';

export const outsideScope = () =>
  new AppError('FORBIDDEN', {
    id: 'Instansi ini di luar cakupan wilayah Anda',
    en: 'This institution is outside your scope',
  });

/**
 * Loads an institution the user may change: national users any, regional users only bodies of
 * their own region (their Dinas), never a national K/L. Locks the row for the transaction.
 */
export async function getManagedInstitution(tx: DbOrTx, scope: Scope, id: string) {
  const [row] = await tx.select().from(institutions).where(eq(institutions.id, id)).for('update');
  if (!row) throw new AppError('NOT_FOUND', INSTITUTION_NOT_FOUND);
  if (!mayManageAt(scope, row.regionCode)) throw outsideScope();
  return row;
}
