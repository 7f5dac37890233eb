import { parentRegionCode, type RegionCreate, regionLevelOfCode } from '@sigap/domain';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { AuthContext } from '../../platform/http/types.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { isUniqueViolation } from '../shared/db-errors.js';
import { conflictOn, fieldError } from '../shared/field-error.js';
import { getRegion } from './get-region.js';
import { assertNationalAdmin } from './region-admin.js';
import { regions } from './schema.js';

const CODE_TAKEN = { id: 'Kode wilayah sudah ada', en: 'This region code already exists' };

/**
 * Adds a region, e.g. a kabupaten formed by a split (pemekaran). Level and parent follow from
 * the Kemendagri code; the parent must already exist.
 */
export async function createRegion(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  input: RegionCreate,
) {
  assertNationalAdmin(auth);
  const level = regionLevelOfCode(input.code);
  if (!level) throw new Error('RegionCode schema let through a malformed code');
  const parentCode = parentRegionCode(input.code);
  const db = ctx.database.db;
  const [existing] = await db.select().from(regions).where(eq(regions.code, input.code));
  if (existing) throw conflictOn('code', CODE_TAKEN);
  if (parentCode) {
    const [parent] = await db.select().from(regions).where(eq(regions.code, parentCode));
    if (!parent)
      throw fieldError('code', {
        id: `Wilayah induk ${parentCode} tidak ditemukan`,
        en: `Parent region ${parentCode} not found`,
      });
  }
  try {
    await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(regions)
        .values({
          code: input.code,
          name: input.name,
          level,
          parentCode,
          validFrom: input.validFrom,
        })
        .returning();
      await recordAudit(tx, actor, {
        action: 'region.created',
        entityType: 'region',
        entityId: input.code,
        after: row,
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflictOn('code', CODE_TAKEN);
    throw err;
  }
  return getRegion(db, input.code);
}
