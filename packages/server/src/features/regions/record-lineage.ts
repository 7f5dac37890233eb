import type { RegionLineageCreate, RegionLineageView } from '@sigap/domain';
import { and, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { AuthContext } from '../../platform/http/types.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { conflictOn, fieldError, REGION_NOT_FOUND } from '../shared/field-error.js';
import { selectLineage } from './presenters.js';
import { assertNationalAdmin } from './region-admin.js';
import { regionLineage, regions } from './schema.js';

/**
 * Records where a region went (split, merge, rename, recode), so data filed under the old code
 * can be followed to today's regions. Both regions must already exist.
 */
export async function recordLineage(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  input: RegionLineageCreate,
): Promise<RegionLineageView> {
  assertNationalAdmin(auth);
  const same = input.predecessorCode === input.successorCode;
  // A rename keeps the code, so only then may both sides be the same region.
  if (same && input.event !== 'rename')
    throw fieldError('successorCode', {
      id: 'Wilayah asal dan wilayah hasil tidak boleh sama',
      en: 'Predecessor and successor must be different regions',
    });
  const db = ctx.database.db;
  const found = await db
    .select({ code: regions.code })
    .from(regions)
    .where(inArray(regions.code, [input.predecessorCode, input.successorCode]));
  for (const field of ['predecessorCode', 'successorCode'] as const)
    if (!found.some((r) => r.code === input[field])) throw fieldError(field, REGION_NOT_FOUND);
  const id = await db.transaction(async (tx) => {
    const [dup] = await tx
      .select({ id: regionLineage.id })
      .from(regionLineage)
      .where(
        and(
          eq(regionLineage.predecessorCode, input.predecessorCode),
          eq(regionLineage.successorCode, input.successorCode),
          eq(regionLineage.event, input.event),
        ),
      );
    if (dup)
      throw conflictOn('successorCode', {
        id: 'Riwayat wilayah ini sudah tercatat',
        en: 'This lineage is already recorded',
      });
    const [row] = await tx.insert(regionLineage).values(input).returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, actor, {
      action: 'region.lineage_recorded',
      entityType: 'region_lineage',
      entityId: row.id,
      after: row,
    });
    return row.id;
  });
  const [view] = await selectLineage(db).where(eq(regionLineage.id, id));
  if (!view) throw new Error('recorded lineage vanished');
  return view;
}
