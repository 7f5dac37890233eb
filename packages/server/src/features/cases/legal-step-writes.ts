import { caseFieldLabel, type LegalStepCreate, type LegalStepUpdate } from '@sigap/domain';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';
import type { Actor } from '../audit/audit-log.js';
import { assertInstitutionExists } from '../institutions/assert-institution-exists.js';
import { getOwnedCase } from './case-access.js';
import { auditCaseChange, touchCase } from './case-audit.js';
import { referenceChecks } from './reference-checks.js';
import { legalSteps } from './schema.js';

const LEGAL_STEP_NOT_FOUND = {
  id: 'Tahap proses hukum tidak ditemukan',
  en: 'Legal step not found',
};

async function getLegalStep(tx: DbOrTx, caseId: string, stepId: string) {
  const [row] = await tx
    .select()
    .from(legalSteps)
    .where(and(eq(legalSteps.id, stepId), eq(legalSteps.caseId, caseId)));
  if (!row) throw new AppError('NOT_FOUND', LEGAL_STEP_NOT_FOUND);
  return row;
}

async function checkLegalStep(tx: DbOrTx, input: LegalStepUpdate) {
  const checks = referenceChecks();
  checks.code('step', caseFieldLabel('legalStep', 'step'), 'legal_step', input.step);
  await checks.run(tx);
  if (input.institutionId) await assertInstitutionExists(tx, 'institutionId', input.institutionId);
}

/** Proses hukum: police report, investigation, prosecution, verdict, sentence, restitution. */
export async function createLegalStep(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  caseId: string,
  input: LegalStepCreate,
): Promise<string> {
  return ctx.database.db.transaction(async (tx) => {
    await getOwnedCase(tx, auth, caseId);
    await checkLegalStep(tx, input);
    const [row] = await tx
      .insert(legalSteps)
      .values({
        caseId,
        step: input.step,
        occurredOn: input.occurredOn,
        institutionId: input.institutionId ?? null,
        referenceNumber: input.referenceNumber ?? null,
        details: input.details ?? null,
        sentenceMonths: input.sentenceMonths ?? null,
        amount: input.amount ?? null,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await auditCaseChange(tx, actor, {
      action: 'case.legal_step.created',
      entityType: 'legal_step',
      entityId: row.id,
      after: row,
    });
    await touchCase(tx, caseId);
    return row.id;
  });
}

export async function updateLegalStep(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  caseId: string,
  stepId: string,
  input: LegalStepUpdate,
): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    await getOwnedCase(tx, auth, caseId);
    const before = await getLegalStep(tx, caseId, stepId);
    await checkLegalStep(tx, input);
    const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    if (Object.keys(changes).length === 0) return; // nothing sent, nothing changed
    const [after] = await tx
      .update(legalSteps)
      .set(changes)
      .where(eq(legalSteps.id, stepId))
      .returning();
    await auditCaseChange(tx, actor, {
      action: 'case.legal_step.updated',
      entityType: 'legal_step',
      entityId: stepId,
      before,
      after: after ?? null,
    });
    await touchCase(tx, caseId);
  });
}

export async function deleteLegalStep(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  caseId: string,
  stepId: string,
): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    await getOwnedCase(tx, auth, caseId);
    const before = await getLegalStep(tx, caseId, stepId);
    await tx.delete(legalSteps).where(eq(legalSteps.id, stepId));
    await auditCaseChange(tx, actor, {
      action: 'case.legal_step.deleted',
      entityType: 'legal_step',
      entityId: stepId,
      before,
    });
    await touchCase(tx, caseId);
  });
}
