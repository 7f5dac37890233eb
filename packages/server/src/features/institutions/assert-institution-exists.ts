import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { fieldError, INSTITUTION_NOT_FOUND } from '../shared/field-error.js';
import { institutions } from './schema.js';

/** Refuses a reference to an institution that does not exist, naming the field. */
export async function assertInstitutionExists(db: DbOrTx, field: string, id: string | null) {
  if (!id) return;
  const [row] = await db
    .select({ id: institutions.id })
    .from(institutions)
    .where(eq(institutions.id, id));
  if (!row) throw fieldError(field, INSTITUTION_NOT_FOUND);
}
