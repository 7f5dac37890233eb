import { randomUUID } from 'node:crypto';
import { type CaseCreate, type CaseUpdate, caseFieldLabel, mayManageAt } from '@sigap/domain';
import type { AppContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { assertInstitutionExists } from '../institutions/assert-institution-exists.js';
import { findUnitInScope } from '../service-units/service-unit-access.js';
import { fieldError } from '../shared/field-error.js';
import { auditable } from './case-audit.js';
import { nextCaseNumbers } from './case-number.js';
import { checkEvent, eventValues } from './event-writes.js';
import { newPersonValues } from './person-values.js';
import { type ReferenceChecks, referenceChecks } from './reference-checks.js';
import { caseEvents, casePeople, cases } from './schema.js';

const label = (f: string) => caseFieldLabel('case', f);

const OUTSIDE_SCOPE = {
  id: 'Wilayah kasus di luar cakupan wilayah Anda',
  en: 'The region of the case is outside your scope',
};

export const CLOSED_STATUSES = ['closed', 'closed_referred'];

/** The picklist codes of a case body, and the closure rule on the status it will have. */
export function checkCaseFields(
  checks: ReferenceChecks,
  input: Partial<CaseUpdate>,
  status: string,
  closureReason: string | null,
) {
  checks.code('source', label('source'), 'case_source', input.source);
  checks.code('status', label('status'), 'case_status', input.status);
  checks.codes(
    'exploitationTypes',
    label('exploitationTypes'),
    'exploitation_type',
    input.exploitationTypes,
  );
  checks.codes('modus', label('modus'), 'modus', input.modus);
  checks.codes('meansOfControl', label('meansOfControl'), 'means_of_control', input.meansOfControl);
  if (CLOSED_STATUSES.includes(status) && !closureReason)
    checks.problem('closureReason', {
      id: `${label('closureReason').id} wajib diisi untuk kasus yang ditutup`,
      en: `${label('closureReason').en} is required when a case is closed`,
    });
}

/**
 * Where the case belongs: its unit's region; else the region given; else the user's own. A unit
 * or region outside the user's scope is refused, so nobody files a case they could not see.
 */
export async function placeCase(
  db: DbOrTx,
  auth: AuthContext,
  input: { serviceUnitId?: string | null; regionCode?: string | null },
  checks: ReferenceChecks,
): Promise<{ serviceUnitId: string | null; regionCode: string | null }> {
  if (input.serviceUnitId) {
    const unit = await findUnitInScope(db, auth.scope, input.serviceUnitId);
    if (!unit)
      throw fieldError('serviceUnitId', {
        id: `${label('serviceUnitId').id}: tidak ditemukan di cakupan Anda`,
        en: `${label('serviceUnitId').en}: not found in your scope`,
      });
    return { serviceUnitId: unit.id, regionCode: unit.regionCode };
  }
  const regionCode = input.regionCode ?? auth.scope.regionCode;
  if (regionCode && !mayManageAt(auth.scope, regionCode))
    throw new AppError('FORBIDDEN', OUTSIDE_SCOPE, [
      { path: 'regionCode', message: OUTSIDE_SCOPE },
    ]);
  checks.region('regionCode', label('regionCode'), input.regionCode);
  return { serviceUnitId: null, regionCode };
}

/** A national case worker files for their own institution only (they see nothing else). */
export async function assertReportingInstitution(
  db: DbOrTx,
  auth: AuthContext,
  institutionId: string,
) {
  if (auth.scope.level === 'national' && auth.role === 'case_worker')
    if (institutionId !== auth.institutionId)
      throw new AppError('FORBIDDEN', {
        id: 'Petugas nasional hanya mencatat kasus instansinya sendiri',
        en: 'A national case worker records cases of their own institution only',
      });
  await assertInstitutionExists(db, 'institutionId', institutionId);
}

/**
 * Records a case with its events (in the order given) and people in one transaction: the case
 * number of the report year, identifying fields sealed, one audit entry without plaintext.
 */
export async function createCase(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  input: CaseCreate,
): Promise<string> {
  return ctx.database.db.transaction(async (tx) => {
    const institutionId = input.institutionId ?? auth.institutionId;
    await assertReportingInstitution(tx, auth, institutionId);
    const checks = referenceChecks();
    const place = await placeCase(tx, auth, input, checks);
    const status = input.status ?? 'active';
    const closureReason = input.closureReason ?? null;
    checkCaseFields(checks, input, status, closureReason);
    const events = input.events ?? [];
    for (const [i, e] of events.entries()) checkEvent(checks, e, `events.${i}.`);
    const caseId = randomUUID();
    const people = (input.people ?? []).map((p, i) =>
      newPersonValues(
        ctx.fields,
        checks,
        randomUUID(),
        caseId,
        input.reportedOn,
        p,
        `people.${i}.`,
      ),
    );
    await checks.run(tx);
    const [caseNumber] = await nextCaseNumbers(tx, Number(input.reportedOn.slice(0, 4)));
    if (!caseNumber) throw new Error('no case number');
    const [row] = await tx
      .insert(cases)
      .values({
        id: caseId,
        caseNumber,
        institutionId,
        ...place,
        reportedOn: input.reportedOn,
        source: input.source,
        status,
        closureReason,
        exploitationTypes: input.exploitationTypes ?? [],
        modus: input.modus ?? [],
        meansOfControl: input.meansOfControl ?? [],
        summaryEnc: ctx.fields.sealOrNull(input.summary ?? null),
        createdBy: auth.userId,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    const eventRows = events.length
      ? await tx
          .insert(caseEvents)
          .values(events.map((e, i) => eventValues(caseId, i + 1, e)))
          .returning()
      : [];
    const personRows = people.length ? await tx.insert(casePeople).values(people).returning() : [];
    await recordAudit(tx, actor, {
      action: 'case.created',
      entityType: 'case',
      entityId: caseId,
      after: {
        case: auditable(row),
        events: eventRows,
        people: personRows.map((p) => auditable(p)),
      },
    });
    return caseId;
  });
}
