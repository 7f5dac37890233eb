import { type ConsentCreate, type ConsentUpdate, caseFieldLabel } from '@sigap/domain';
import { and, count, desc, eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';
import type { Actor } from '../audit/audit-log.js';
import { getOwnedCase } from './case-access.js';
import { auditCaseChange, touchCase } from './case-audit.js';
import { getCasePerson } from './person-writes.js';
import { referenceChecks } from './reference-checks.js';
import { casePeople, consents, referrals } from './schema.js';

const CONSENT_NOT_FOUND = { id: 'Persetujuan tidak ditemukan', en: 'Consent not found' };

async function getConsent(tx: DbOrTx, caseId: string, consentId: string) {
  const [row] = await tx
    .select({ consent: consents })
    .from(consents)
    .innerJoin(casePeople, eq(casePeople.id, consents.personId))
    .where(and(eq(consents.id, consentId), eq(casePeople.caseId, caseId)));
  if (!row) throw new AppError('NOT_FOUND', CONSENT_NOT_FOUND);
  return row.consent;
}

async function checkKind(tx: DbOrTx, kind: string | undefined) {
  const checks = referenceChecks();
  checks.code('kind', caseFieldLabel('consent', 'kind'), 'consent_kind', kind);
  await checks.run(tx);
}

/**
 * The person's consent of a kind as it stands: the latest record (by the date it was given or
 * withdrawn, then by when it was written). A withdrawal is a new record with `given: false`.
 */
export async function currentConsent(db: DbOrTx, personId: string, kind: string) {
  const [row] = await db
    .select()
    .from(consents)
    .where(and(eq(consents.personId, personId), eq(consents.kind, kind)))
    .orderBy(desc(consents.recordedOn), desc(consents.createdAt))
    .limit(1);
  return row ?? null;
}

export async function createConsent(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  caseId: string,
  input: ConsentCreate,
): Promise<string> {
  return ctx.database.db.transaction(async (tx) => {
    await getOwnedCase(tx, auth, caseId);
    await getCasePerson(tx, caseId, input.personId);
    await checkKind(tx, input.kind);
    const [row] = await tx
      .insert(consents)
      .values({
        personId: input.personId,
        kind: input.kind,
        given: input.given,
        recordedOn: input.recordedOn,
        note: input.note ?? null,
        recordedBy: auth.userId,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await auditCaseChange(tx, actor, {
      action: 'case.consent.created',
      entityType: 'consent',
      entityId: row.id,
      after: row,
    });
    await touchCase(tx, caseId);
    return row.id;
  });
}

export async function updateConsent(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  caseId: string,
  consentId: string,
  input: ConsentUpdate,
): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    await getOwnedCase(tx, auth, caseId);
    const before = await getConsent(tx, caseId, consentId);
    await checkKind(tx, input.kind);
    const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    if (Object.keys(changes).length === 0) return; // nothing sent, nothing changed
    const [after] = await tx
      .update(consents)
      .set(changes)
      .where(eq(consents.id, consentId))
      .returning();
    await auditCaseChange(tx, actor, {
      action: 'case.consent.updated',
      entityType: 'consent',
      entityId: consentId,
      before,
      after: after ?? null,
    });
    await touchCase(tx, caseId);
  });
}

/** A consent a referral relied on stays: it is the record that the sharing was lawful. */
export async function deleteConsent(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  caseId: string,
  consentId: string,
): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    await getOwnedCase(tx, auth, caseId);
    const before = await getConsent(tx, caseId, consentId);
    const [used] = await tx
      .select({ n: count() })
      .from(referrals)
      .where(eq(referrals.consentId, consentId));
    if ((used?.n ?? 0) > 0)
      throw new AppError('CONFLICT', {
        id: 'Persetujuan ini menjadi dasar rujukan dan tidak dapat dihapus; catat penarikan persetujuan sebagai catatan baru',
        en: 'A referral relied on this consent, so it cannot be deleted; record a withdrawal as a new record',
      });
    await tx.delete(consents).where(eq(consents.id, consentId));
    await auditCaseChange(tx, actor, {
      action: 'case.consent.deleted',
      entityType: 'consent',
      entityId: consentId,
      before,
    });
    await touchCase(tx, caseId);
  });
}
