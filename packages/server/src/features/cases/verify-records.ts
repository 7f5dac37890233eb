import type { VerificationRequest, VerificationState } from '@sigap/domain';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';
import type { Actor } from '../audit/audit-log.js';
import { getOwnedCase } from './case-access.js';
import { auditCaseChange } from './case-audit.js';
import { PERSON_NOT_FOUND } from './person-writes.js';
import { casePeople, cases } from './schema.js';

/**
 * Verifikasi by the PIC data of the record's scope: verified, rejected (with a reason) or back to
 * unverified. Who and when are kept on the record; the audit log keeps every change. Dashboards
 * count "verified only" from this state.
 */
type Verification = {
  state: VerificationState;
  reason: string | null;
  by: string | null;
  at: string | null;
};

function viewOf(
  row:
    | {
        verificationState: string;
        verificationReason: string | null;
        verifiedBy: string | null;
        verifiedAt: Date | null;
      }
    | undefined,
): Verification {
  if (!row) throw new Error('update returned nothing');
  return {
    state: row.verificationState as VerificationState,
    reason: row.verificationReason,
    by: row.verifiedBy,
    at: row.verifiedAt ? row.verifiedAt.toISOString() : null,
  };
}

function verificationColumns(auth: AuthContext, input: VerificationRequest) {
  const unverified = input.state === 'unverified';
  return {
    verificationState: input.state,
    verificationReason: input.reason ?? null,
    verifiedBy: unverified ? null : auth.userId,
    verifiedAt: unverified ? null : new Date(),
  };
}

export async function verifyCase(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  caseId: string,
  input: VerificationRequest,
): Promise<Verification> {
  return ctx.database.db.transaction(async (tx) => {
    const { row: before } = await getOwnedCase(tx, auth, caseId);
    const [after] = await tx
      .update(cases)
      .set({ ...verificationColumns(auth, input), updatedAt: new Date() })
      .where(eq(cases.id, caseId))
      .returning();
    await auditCaseChange(tx, actor, {
      action: 'case.verification',
      entityType: 'case',
      entityId: caseId,
      before: {
        verificationState: before.verificationState,
        verificationReason: before.verificationReason,
      },
      after: {
        verificationState: after?.verificationState,
        verificationReason: after?.verificationReason,
      },
    });
    return viewOf(after);
  });
}

/** The same for one person record (a victim's record can be wrong while the case is right). */
export async function verifyPerson(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  personId: string,
  input: VerificationRequest,
): Promise<Verification> {
  return ctx.database.db.transaction(async (tx) => {
    const [person] = await tx.select().from(casePeople).where(eq(casePeople.id, personId));
    if (!person) throw new AppError('NOT_FOUND', PERSON_NOT_FOUND);
    // out of scope reads as missing: the person's case decides
    await getOwnedCase(tx, auth, person.caseId).catch((err: unknown) => {
      if (err instanceof AppError && err.errorCode === 'NOT_FOUND')
        throw new AppError('NOT_FOUND', PERSON_NOT_FOUND);
      throw err;
    });
    const [after] = await tx
      .update(casePeople)
      .set({ ...verificationColumns(auth, input), updatedAt: new Date() })
      .where(eq(casePeople.id, personId))
      .returning();
    await auditCaseChange(tx, actor, {
      action: 'case.person.verification',
      entityType: 'case_person',
      entityId: personId,
      before: {
        verificationState: person.verificationState,
        verificationReason: person.verificationReason,
      },
      after: {
        verificationState: after?.verificationState,
        verificationReason: after?.verificationReason,
      },
    });
    return viewOf(after);
  });
}
