import { ageOn, type CaseUpdate, caseFieldLabel, MAX_AGE } from '@sigap/domain';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';
import type { Actor } from '../audit/audit-log.js';
import { getOwnedCase } from './case-access.js';
import { auditCaseChange } from './case-audit.js';
import { assertReportingInstitution, checkCaseFields, placeCase } from './create-case.js';
import { type ReferenceChecks, referenceChecks } from './reference-checks.js';
import { casePeople, cases } from './schema.js';

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
    const ages =
      input.reportedOn !== undefined && input.reportedOn !== before.reportedOn
        ? await agesOn(ctx, tx, checks, id, input.reportedOn)
        : [];
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
    for (const a of ages)
      await tx
        .update(casePeople)
        .set({ ageAtIdentification: a.age, updatedAt: new Date() })
        .where(eq(casePeople.id, a.id));
    await auditCaseChange(tx, actor, {
      action: 'case.updated',
      entityType: 'case',
      entityId: id,
      before,
      after,
    });
  });
}

/**
 * The age at identification is the age on the report date, so a report date that moves moves
 * the ages of everyone whose birth date is known (a minor may become an adult, and the other way
 * round). The birth dates are opened here only to compute, never shown or returned, so no
 * identity read is audited. A date that would put someone before their birth or over the age
 * limit is refused on the report date.
 */
async function agesOn(
  ctx: AppContext,
  tx: Tx,
  checks: ReferenceChecks,
  caseId: string,
  reportedOn: string,
): Promise<Array<{ id: string; age: number }>> {
  const people = await tx
    .select({ id: casePeople.id, birthDateEnc: casePeople.birthDateEnc })
    .from(casePeople)
    .where(and(eq(casePeople.caseId, caseId), isNotNull(casePeople.birthDateEnc)));
  const ages: Array<{ id: string; age: number }> = [];
  for (const p of people) {
    const birthDate = ctx.fields.openOrNull(p.birthDateEnc);
    if (!birthDate) continue;
    const age = ageOn(birthDate, reportedOn);
    if (age !== null) {
      ages.push({ id: p.id, age });
      continue;
    }
    const l = caseFieldLabel('case', 'reportedOn');
    checks.problem('reportedOn', {
      id: `${l.id}: sebelum tanggal lahir orang dalam kasus, atau usianya menjadi lebih dari ${MAX_AGE} tahun`,
      en: `${l.en}: before the birth date of someone in the case, or their age would exceed ${MAX_AGE} years`,
    });
    break;
  }
  return ages;
}
