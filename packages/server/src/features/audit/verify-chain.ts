import { asc, gt } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { entryHash, GENESIS_HASH } from './audit-log.js';
import { auditLog } from './schema.js';

export type ChainReport =
  | { ok: true; entries: number }
  | { ok: false; entries: number; brokenAtId: number; reason: string };

/**
 * Walks the whole audit log in order and recomputes every hash. Reads in batches so a log of
 * millions of entries does not have to fit in memory.
 */
export async function verifyAuditChain(
  db: Db,
  onProgress?: (checked: number) => void,
): Promise<ChainReport> {
  let prevHash = GENESIS_HASH;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const batch = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.id, lastId))
      .orderBy(asc(auditLog.id))
      .limit(5000);
    if (batch.length === 0) break;
    for (const row of batch) {
      if (row.prevHash !== prevHash)
        return {
          ok: false,
          entries: checked,
          brokenAtId: row.id,
          reason: 'previous hash does not match (an entry was removed or reordered)',
        };
      const expected = entryHash(prevHash, {
        at: row.at,
        actorUserId: row.actorUserId,
        actorEmail: row.actorEmail,
        ip: row.ip,
        action: row.action,
        entityType: row.entityType,
        entityId: row.entityId,
        before: row.before,
        after: row.after,
      });
      if (expected !== row.hash)
        return {
          ok: false,
          entries: checked,
          brokenAtId: row.id,
          reason: 'content does not match its hash (the entry was altered)',
        };
      prevHash = row.hash;
      lastId = row.id;
      checked++;
    }
    onProgress?.(checked);
  }
  return { ok: true, entries: checked };
}
