import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { recordAudit, SYSTEM_ACTOR } from '../audit/audit-log.js';
import { readAreaFile } from './idn-area-source.js';
import { SINCE_BEFORE_RECORDS } from './province-history.js';
import { regions } from './schema.js';

export type SubregionLevel = 'kecamatan' | 'desa';

/**
 * Kecamatan (7,285) and desa/kelurahan (83,762) are loaded on demand: most installations only
 * need kabupaten/kota. Upserts in chunks inside one transaction: a failure leaves nothing half
 * loaded, and running it again changes nothing.
 */
export async function importSubregions(
  db: Db,
  level: SubregionLevel,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<number> {
  const rows =
    level === 'kecamatan'
      ? readAreaFile('districts').map((r) => ({
          code: r.code ?? '',
          name: r.name ?? '',
          parentCode: r.regency_code ?? '',
          level: 'district' as const,
        }))
      : readAreaFile('villages').map((r) => ({
          code: r.code ?? '',
          name: r.name ?? '',
          parentCode: r.district_code ?? '',
          level: 'village' as const,
        }));
  if (level === 'desa') {
    const [have] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(regions)
      .where(sql`${regions.level} = 'district'`);
    if ((have?.n ?? 0) === 0)
      throw new Error('Import kecamatan first: sigap regions import --level kecamatan');
  }
  const chunk = 2000;
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += chunk) {
      await tx
        .insert(regions)
        .values(rows.slice(i, i + chunk).map((r) => ({ ...r, validFrom: SINCE_BEFORE_RECORDS })))
        .onConflictDoUpdate({
          target: regions.code,
          set: { name: sql`excluded.name`, parentCode: sql`excluded.parent_code` },
        });
      onProgress(Math.min(i + chunk, rows.length), rows.length);
    }
    await recordAudit(tx, SYSTEM_ACTOR, {
      action: 'regions.imported',
      entityType: 'region',
      after: { level, count: rows.length },
    });
  });
  return rows.length;
}
