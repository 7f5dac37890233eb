import { type RegionUpdate, rangeOk } from '@sigap/domain';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { DATE_RANGE, fieldError } from '../shared/field-error.js';
import { getRegion } from './get-region.js';
import { assertNationalAdmin } from './region-admin.js';
import { regions } from './schema.js';

/** Renames a region or retires it (valid_to); the row stays so old records keep their region. */
export async function updateRegion(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  code: string,
  input: RegionUpdate,
) {
  assertNationalAdmin(auth);
  const db = ctx.database.db;
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(regions).where(eq(regions.code, code)).for('update');
    if (!before)
      throw new AppError('NOT_FOUND', { id: 'Wilayah tidak ditemukan', en: 'Region not found' });
    const validTo = input.validTo === undefined ? before.validTo : input.validTo;
    if (!rangeOk(before.validFrom, validTo)) throw fieldError('validTo', DATE_RANGE);
    const [after] = await tx
      .update(regions)
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        validTo,
        updatedAt: new Date(),
      })
      .where(eq(regions.code, code))
      .returning();
    await recordAudit(tx, actor, {
      action: 'region.updated',
      entityType: 'region',
      entityId: code,
      before,
      after,
    });
  });
  return getRegion(db, code);
}
