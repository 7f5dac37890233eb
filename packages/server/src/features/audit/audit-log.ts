import { createHash } from 'node:crypto';
import { desc, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { canonicalJson } from './canonical-json.js';
import { auditLog } from './schema.js';

export const GENESIS_HASH = '0'.repeat(64);

/** Who did it; null for the system itself (migrations, seed, CLI without a user). */
export type Actor = { userId: string | null; email: string | null; ip: string | null };

export const SYSTEM_ACTOR: Actor = { userId: null, email: 'system', ip: null };

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
};

/** Secrets never enter the audit log, not even hashed. */
const SECRET_KEYS = new Set([
  'passwordHash',
  'totpSecretEnc',
  'tokenHash',
  'csrfToken',
  'password',
]);

export function redact(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(redact);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value))
      out[k] = SECRET_KEYS.has(k) ? '[redacted]' : redact(v);
    return out;
  }
  return value;
}

export type HashedFields = {
  at: Date;
  actorUserId: string | null;
  actorEmail: string | null;
  ip: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
};

export function entryHash(prevHash: string, f: HashedFields): string {
  const body = canonicalJson({ ...f, at: f.at.toISOString() });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}

// Any fixed number works; it only has to be the same for every writer of the audit log.
const AUDIT_LOCK = 727275;

/**
 * Appends one entry, chained to the previous one. The advisory lock serialises writers across
 * connections and app instances so the chain never forks.
 */
export async function recordAudit(db: DbOrTx, actor: Actor, entry: AuditEntry): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`);
    const [last] = await tx
      .select({ hash: auditLog.hash })
      .from(auditLog)
      .orderBy(desc(auditLog.id))
      .limit(1);
    const prevHash = last?.hash ?? GENESIS_HASH;
    const fields: HashedFields = {
      at: new Date(),
      actorUserId: actor.userId,
      actorEmail: actor.email,
      ip: actor.ip,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: entry.before === undefined ? null : redact(entry.before),
      after: entry.after === undefined ? null : redact(entry.after),
    };
    await tx.insert(auditLog).values({ ...fields, prevHash, hash: entryHash(prevHash, fields) });
  });
}
