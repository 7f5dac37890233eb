import type { InstitutionUpdate } from '@sigap/domain';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db/client.js';
import type { AuthContext } from '../../platform/http/types.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { fieldError, INSTITUTION_NOT_FOUND } from '../shared/field-error.js';
import { getInstitution } from './get-institution.js';
import { getManagedInstitution } from './institution-access.js';
import { institutions } from './schema.js';

const CYCLE = {
  id: 'Penerus tidak boleh instansi ini sendiri atau pendahulunya (rantai melingkar)',
  en: 'The successor cannot be this institution or one of its predecessors (a cycle)',
};

/**
 * Refuses a successor chain that comes back to the institution: following successors from the
 * proposed one must never reach `id` (a dissolved body cannot succeed its own successor).
 */
async function assertNoCycle(tx: DbOrTx, id: string, successorId: string) {
  const seen = new Set<string>();
  for (let next: string | null = successorId; next; ) {
    if (next === id || seen.has(next)) throw fieldError('successorId', CYCLE);
    seen.add(next);
    const [row] = await tx
      .select({ successorId: institutions.successorId })
      .from(institutions)
      .where(eq(institutions.id, next));
    if (!row) throw fieldError('successorId', INSTITUTION_NOT_FOUND);
    next = row.successorId;
  }
}

/** Changes kind, active status or successor (cabinet reshuffles dissolve and merge K/L). */
export async function updateInstitution(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  id: string,
  input: InstitutionUpdate,
) {
  const db = ctx.database.db;
  await db.transaction(async (tx) => {
    const before = await getManagedInstitution(tx, auth.scope, id);
    if (input.successorId) await assertNoCycle(tx, id, input.successorId);
    const [after] = await tx
      .update(institutions)
      .set({
        ...(input.kind !== undefined ? { kind: input.kind } : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
        ...(input.successorId !== undefined ? { successorId: input.successorId } : {}),
        updatedAt: new Date(),
      })
      .where(eq(institutions.id, id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'institution.updated',
      entityType: 'institution',
      entityId: id,
      before,
      after,
    });
  });
  return getInstitution(db, auth.scope, id);
}
