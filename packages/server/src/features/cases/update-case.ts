import type { CaseUpdate } from '@sigap/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';
import type { Actor } from '../audit/audit-log.js';
import { getOwnedCase } from './case-access.js';
import { auditCaseChange } from './case-audit.js';
import { assertReportingInstitution, checkCaseFields, placeCase } from './create-case.js';
import { referenceChecks } from './reference-checks.js';
import { cases } from './schema.js';

export const CASE_CHANGED_MEANWHILE = {
  id: 'Kasus telah diubah orang lain sementara itu. Muat ulang, lalu ulangi perubahan Anda.',
  en: 'Someone else changed the case meanwhile. Reload it, then make your change again.',
};

/**
 * Changes a case's own fields. Optimistic: the body names the version it was edited from, and
 * the UPDATE applies only to that version, so two people editing at once never overwrite each
 * other silently (the second gets 409 and reloads). The case number keeps its year even when
 * the report date moves: it is an identifier, not a date.
 */
export async function updateCase(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  id: string,
  input: CaseUpdate,
): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const { row: before } = await getOwnedCase(tx, auth, id);
    if (before.version !== input.version)
      throw new AppError('CONFLICT', CASE_CHANGED_MEANWHILE, [
        { path: 'version', message: CASE_CHANGED_MEANWHILE },
      ]);
    if (input.institutionId !== undefined && input.institutionId !== before.institutionId)
      await assertReportingInstitution(tx, auth, input.institutionId);
    const checks = referenceChecks();
    let place = { serviceUnitId: before.serviceUnitId, regionCode: before.regionCode };
    if (input.serviceUnitId) place = await placeCase(tx, auth, input, checks);
    else if (input.regionCode !== undefined)
      place = await placeCase(tx, auth, { regionCode: input.regionCode }, checks);
    else if (input.serviceUnitId === null) place = { ...place, serviceUnitId: null };
    const status = input.status ?? before.status;
    const closureReason =
      input.closureReason !== undefined ? input.closureReason : before.closureReason;
    checkCaseFields(checks, input, status, closureReason);
    await checks.run(tx);
    const { version, summary, serviceUnitId: _u, regionCode: _r, ...fields } = input;
    const [after] = await tx
      .update(cases)
      .set({
        ...fields,
        ...place,
        closureReason,
        ...(summary !== undefined ? { summaryEnc: ctx.fields.sealOrNull(summary) } : {}),
        version: sql`${cases.version} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(cases.id, id), eq(cases.version, version)))
      .returning();
    if (!after) throw new AppError('CONFLICT', CASE_CHANGED_MEANWHILE);
    await auditCaseChange(tx, actor, {
      action: 'case.updated',
      entityType: 'case',
      entityId: id,
      before,
      after,
    });
  });
}
