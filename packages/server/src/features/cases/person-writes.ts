import { randomUUID } from 'node:crypto';
import type { PersonCreate, PersonUpdate } from '@sigap/domain';
import { and, count, eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';
import type { Actor } from '../audit/audit-log.js';
import { getOwnedCase } from './case-access.js';
import { auditCaseChange, touchCase } from './case-audit.js';
import { changedPersonValues, newPersonValues } from './person-values.js';
import { referenceChecks } from './reference-checks.js';
import { casePeople, referrals } from './schema.js';

export const PERSON_NOT_FOUND = { id: 'Orang tidak ditemukan', en: 'Person not found' };

/** A person of this case (people of other cases answer 404 even with a valid id). */
export async function getCasePerson(db: DbOrTx, caseId: string, personId: string) {
  const [row] = await db
    .select()
    .from(casePeople)
    .where(and(eq(casePeople.id, personId), eq(casePeople.caseId, caseId)));
  if (!row) throw new AppError('NOT_FOUND', PERSON_NOT_FOUND);
  return row;
}

export async function createPerson(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  caseId: string,
  input: PersonCreate,
): Promise<string> {
  return ctx.database.db.transaction(async (tx) => {
    const { row: c } = await getOwnedCase(tx, auth, caseId);
    const checks = referenceChecks();
    const values = newPersonValues(ctx.fields, checks, randomUUID(), caseId, c.reportedOn, input);
    await checks.run(tx);
    const [row] = await tx.insert(casePeople).values(values).returning();
    if (!row) throw new Error('insert returned nothing');
    await auditCaseChange(tx, actor, {
      action: 'case.person.created',
      entityType: 'case_person',
      entityId: row.id,
      after: row,
    });
    await touchCase(tx, caseId);
    return row.id;
  });
}

export async function updatePerson(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  caseId: string,
  personId: string,
  input: PersonUpdate,
): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const { row: c } = await getOwnedCase(tx, auth, caseId);
    const before = await getCasePerson(tx, caseId, personId);
    const checks = referenceChecks();
    const set = changedPersonValues(ctx.fields, checks, before, c.reportedOn, input);
    await checks.run(tx);
    const [after] = await tx
      .update(casePeople)
      .set(set)
      .where(eq(casePeople.id, personId))
      .returning();
    await auditCaseChange(tx, actor, {
      action: 'case.person.updated',
      entityType: 'case_person',
      entityId: personId,
      before,
      after: after ?? null,
    });
    await touchCase(tx, caseId);
  });
}

/**
 * Removes a person recorded by mistake, with their services and consents. A victim already
 * referred to another unit stays: the receiving side relies on that record.
 */
export async function deletePerson(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  caseId: string,
  personId: string,
): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    await getOwnedCase(tx, auth, caseId);
    const before = await getCasePerson(tx, caseId, personId);
    const [referred] = await tx
      .select({ n: count() })
      .from(referrals)
      .where(eq(referrals.personId, personId));
    if ((referred?.n ?? 0) > 0)
      throw new AppError('CONFLICT', {
        id: 'Orang ini sudah dirujuk ke unit lain dan tidak dapat dihapus',
        en: 'This person has been referred to another unit and cannot be deleted',
      });
    await tx.delete(casePeople).where(eq(casePeople.id, personId));
    await auditCaseChange(tx, actor, {
      action: 'case.person.deleted',
      entityType: 'case_person',
      entityId: personId,
      before,
    });
    await touchCase(tx, caseId);
  });
}
