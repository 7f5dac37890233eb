import { caseFieldLabel, notInFuture, type ServiceCreate, type ServiceUpdate } from '@sigap/domain';
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';
import type { Actor } from '../audit/audit-log.js';
import { serviceUnits } from '../service-units/schema.js';
import {
  type CaseAccess,
  getReadableCase,
  mayRecordServicesFor,
  READ_ONLY_ACCESS,
} from './case-access.js';
import { auditCaseChange, touchCase } from './case-audit.js';
import { getCasePerson } from './person-writes.js';
import { type ReferenceChecks, referenceChecks } from './reference-checks.js';
import { victimServices } from './schema.js';

const label = (f: string) => caseFieldLabel('service', f);
const SERVICE_NOT_FOUND = { id: 'Layanan tidak ditemukan', en: 'Service not found' };

/** Owners record services; so does the unit an accepted referral sent the victim to. */
function assertMayRecord(access: CaseAccess, personId: string) {
  if (!mayRecordServicesFor(access, personId)) throw new AppError('FORBIDDEN', READ_ONLY_ACCESS);
}

async function getService(tx: DbOrTx, caseId: string, serviceId: string) {
  const [row] = await tx
    .select()
    .from(victimServices)
    .where(and(eq(victimServices.id, serviceId), eq(victimServices.caseId, caseId)));
  if (!row) throw new AppError('NOT_FOUND', SERVICE_NOT_FOUND);
  return row;
}

/**
 * Dates and codes of a service as it will be. A planned service may name a planned start in the
 * future; a service under way or done cannot have started or ended after today.
 */
function checkService(
  checks: ReferenceChecks,
  s: { serviceType: string; status: string; startedOn: string | null; endedOn: string | null },
) {
  checks.code('serviceType', label('serviceType'), 'service_type', s.serviceType);
  checks.code('status', label('status'), 'service_status', s.status);
  if (s.startedOn && s.status !== 'planned' && !notInFuture(s.startedOn))
    checks.problem('startedOn', {
      id: `${label('startedOn').id}: tidak boleh di masa depan untuk layanan yang sudah berjalan`,
      en: `${label('startedOn').en}: may not be in the future for a service under way`,
    });
  if (s.startedOn && s.endedOn && s.endedOn < s.startedOn)
    checks.problem('endedOn', {
      id: `${label('endedOn').id}: sebelum tanggal mulai`,
      en: `${label('endedOn').en}: before the start date`,
    });
}

/** Where the service is given: the provider unit's region, else the region named, else the case's. */
async function placeService(
  tx: DbOrTx,
  checks: ReferenceChecks,
  access: CaseAccess,
  input: { providerUnitId?: string | null; regionCode?: string | null },
) {
  if (input.providerUnitId) {
    const [unit] = await tx
      .select({ id: serviceUnits.id, regionCode: serviceUnits.regionCode })
      .from(serviceUnits)
      .where(eq(serviceUnits.id, input.providerUnitId));
    if (!unit)
      checks.problem('providerUnitId', {
        id: `${label('providerUnitId').id}: tidak ditemukan`,
        en: `${label('providerUnitId').en}: not found`,
      });
    return { providerUnitId: input.providerUnitId, regionCode: unit?.regionCode ?? null };
  }
  checks.region('regionCode', label('regionCode'), input.regionCode);
  return { providerUnitId: null, regionCode: input.regionCode ?? access.row.regionCode };
}

export async function createService(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  caseId: string,
  input: ServiceCreate,
): Promise<string> {
  return ctx.database.db.transaction(async (tx) => {
    const access = await getReadableCase(tx, auth, caseId);
    assertMayRecord(access, input.personId);
    const person = await getCasePerson(tx, caseId, input.personId);
    const checks = referenceChecks();
    if (person.role !== 'victim')
      checks.problem('personId', {
        id: `${label('personId').id}: layanan hanya untuk korban`,
        en: `${label('personId').en}: services are for victims only`,
      });
    const place = await placeService(tx, checks, access, input);
    const values = {
      caseId,
      personId: input.personId,
      serviceType: input.serviceType,
      ...place,
      status: input.status ?? 'planned',
      startedOn: input.startedOn ?? null,
      endedOn: input.endedOn ?? null,
      notes: input.notes ?? null,
      createdBy: auth.userId,
    };
    checkService(checks, values);
    await checks.run(tx);
    const [row] = await tx.insert(victimServices).values(values).returning();
    if (!row) throw new Error('insert returned nothing');
    await auditCaseChange(tx, actor, {
      action: 'case.service.created',
      entityType: 'victim_service',
      entityId: row.id,
      after: row,
    });
    await touchCase(tx, caseId);
    return row.id;
  });
}

export async function updateService(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  caseId: string,
  serviceId: string,
  input: ServiceUpdate,
): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const access = await getReadableCase(tx, auth, caseId);
    const before = await getService(tx, caseId, serviceId);
    assertMayRecord(access, before.personId);
    const checks = referenceChecks();
    const place =
      input.providerUnitId !== undefined || input.regionCode !== undefined
        ? await placeService(tx, checks, access, input)
        : {};
    const merged = {
      serviceType: input.serviceType ?? before.serviceType,
      status: input.status ?? before.status,
      startedOn: input.startedOn !== undefined ? input.startedOn : before.startedOn,
      endedOn: input.endedOn !== undefined ? input.endedOn : before.endedOn,
    };
    checkService(checks, merged);
    await checks.run(tx);
    const [after] = await tx
      .update(victimServices)
      .set({
        ...merged,
        ...place,
        ...(input.notes !== undefined ? { notes: input.notes } : {}),
        updatedAt: new Date(),
      })
      .where(eq(victimServices.id, serviceId))
      .returning();
    await auditCaseChange(tx, actor, {
      action: 'case.service.updated',
      entityType: 'victim_service',
      entityId: serviceId,
      before,
      after: after ?? null,
    });
    await touchCase(tx, caseId);
  });
}

export async function deleteService(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  caseId: string,
  serviceId: string,
): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const access = await getReadableCase(tx, auth, caseId);
    const before = await getService(tx, caseId, serviceId);
    assertMayRecord(access, before.personId);
    await tx.delete(victimServices).where(eq(victimServices.id, serviceId));
    await auditCaseChange(tx, actor, {
      action: 'case.service.deleted',
      entityType: 'victim_service',
      entityId: serviceId,
      before,
    });
    await touchCase(tx, caseId);
  });
}
