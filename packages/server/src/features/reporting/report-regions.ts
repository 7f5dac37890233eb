import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import { regions } from '../regions/schema.js';

/**
 * Checks the regions where the work happened: each must exist, and for a RAD lie inside the
 * RAD's own region (a Jawa Tengah RAD reports work in Jawa Tengah). Every bad code is named.
 */
export async function assertReportRegions(
  db: DbOrTx,
  codes: readonly string[],
  within: string | null,
): Promise<void> {
  if (codes.length === 0) return;
  const found = new Set(
    (
      await db
        .select({ code: regions.code })
        .from(regions)
        .where(inArray(regions.code, [...codes]))
    ).map((r) => r.code),
  );
  const fields: Array<{ path: string; message: { id: string; en: string } }> = [];
  codes.forEach((code, i) => {
    if (!found.has(code))
      fields.push({
        path: `regionCodes.${i}`,
        message: { id: `Wilayah ${code} tidak ditemukan`, en: `Region ${code} not found` },
      });
    else if (within !== null && code !== within && !code.startsWith(`${within}.`))
      fields.push({
        path: `regionCodes.${i}`,
        message: {
          id: `Wilayah ${code} berada di luar wilayah rencana aksi daerah (${within})`,
          en: `Region ${code} lies outside the regional plan's region (${within})`,
        },
      });
  });
  const first = fields[0];
  if (first) throw new AppError('VALIDATION_FAILED', first.message, fields);
}
