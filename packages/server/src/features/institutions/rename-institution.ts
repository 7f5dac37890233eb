import type { InstitutionRename } from '@sigap/domain';
import { and, eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { AuthContext } from '../../platform/http/types.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { fieldError } from '../shared/field-error.js';
import { getInstitution } from './get-institution.js';
import { getManagedInstitution } from './institution-access.js';
import { institutionNames } from './schema.js';

/**
 * A new name (a cabinet renames a ministry): the open name ends the day the new one starts, so
 * exactly one name is in force on any date and history reads without gaps.
 */
export async function renameInstitution(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  id: string,
  input: InstitutionRename,
) {
  const db = ctx.database.db;
  await db.transaction(async (tx) => {
    await getManagedInstitution(tx, auth.scope, id);
    const [current] = await tx
      .select()
      .from(institutionNames)
      .where(and(eq(institutionNames.institutionId, id), isNull(institutionNames.validTo)));
    if (current && input.validFrom <= current.validFrom)
      throw fieldError('validFrom', {
        id: `Tanggal berlaku harus sesudah nama sekarang mulai berlaku (${current.validFrom})`,
        en: `Must be after the current name took effect (${current.validFrom})`,
      });
    if (current)
      await tx
        .update(institutionNames)
        .set({ validTo: input.validFrom })
        .where(eq(institutionNames.id, current.id));
    const [added] = await tx
      .insert(institutionNames)
      .values({ institutionId: id, ...input })
      .returning();
    await recordAudit(tx, actor, {
      action: 'institution.renamed',
      entityType: 'institution',
      entityId: id,
      before: current ?? null,
      after: added,
    });
  });
  return getInstitution(db, auth.scope, id);
}
