import type { RegionDetail } from '@sigap/domain';
import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import { presentRegion, regionColumns, selectLineage } from './presenters.js';
import { regionLineage, regions } from './schema.js';

export async function findRegionDetail(db: DbOrTx, code: string): Promise<RegionDetail | null> {
  const [row] = await db.select(regionColumns(false)).from(regions).where(eq(regions.code, code));
  if (!row) return null;
  const [predecessors, successors] = await Promise.all([
    selectLineage(db)
      .where(eq(regionLineage.successorCode, code))
      .orderBy(asc(regionLineage.effectiveDate), asc(regionLineage.predecessorCode)),
    selectLineage(db)
      .where(eq(regionLineage.predecessorCode, code))
      .orderBy(asc(regionLineage.effectiveDate), asc(regionLineage.successorCode)),
  ]);
  return { ...presentRegion(row), predecessors, successors };
}

/** Regions are reference data: every signed-in user may read any of them. */
export async function getRegion(db: DbOrTx, code: string) {
  const region = await findRegionDetail(db, code);
  if (!region)
    throw new AppError('NOT_FOUND', { id: 'Wilayah tidak ditemukan', en: 'Region not found' });
  return region;
}
