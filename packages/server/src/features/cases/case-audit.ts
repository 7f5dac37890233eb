import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { cases } from './schema.js';

/**
 * A case-registry row as the audit log may keep it. The audit log is append-only and never
 * re-encrypted, so nothing identifying enters it: sealed columns (`…Enc`) show only whether a
 * value is there, blind indexes (`…Bidx`, keyed hashes that link records of one person) are
 * left out. Callers pass database rows, never request bodies (those carry plaintext).
 */
export function auditable(row: Record<string, unknown> | null | undefined): unknown {
  if (!row) return null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    if (k.endsWith('Bidx')) continue;
    if (k.endsWith('Enc')) out[k] = v === null || v === undefined ? null : '[sealed]';
    else out[k] = v;
  }
  return out;
}

/** One audit entry of a case-registry change, with before/after made auditable. */
export function auditCaseChange(
  tx: DbOrTx,
  actor: Actor,
  entry: {
    action: string;
    entityType: string;
    entityId: string;
    before?: Record<string, unknown> | null;
    after?: Record<string, unknown> | null;
  },
) {
  return recordAudit(tx, actor, {
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before === undefined ? undefined : auditable(entry.before),
    after: entry.after === undefined ? undefined : auditable(entry.after),
  });
}

/** A change to a case's records moves the case's own `updated_at` (lists sort by it). */
export async function touchCase(tx: DbOrTx, caseId: string) {
  await tx.update(cases).set({ updatedAt: new Date() }).where(eq(cases.id, caseId));
}
