import { caseFieldLabel, type ReferralCreate } from '@sigap/domain';
import { and, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';
import type { Actor } from '../audit/audit-log.js';
import { deliverSoon } from '../notifications/mail-delivery.js';
import { notifyUsers } from '../notifications/notify.js';
import { serviceUnits } from '../service-units/schema.js';
import { findUnitInScope } from '../service-units/service-unit-access.js';
import { fieldError } from '../shared/field-error.js';
import { getOwnedCase } from './case-access.js';
import { auditCaseChange, touchCase } from './case-audit.js';
import { caseHandlersOf } from './case-recipients.js';
import { currentConsent } from './consent-writes.js';
import { getCasePerson } from './person-writes.js';
import { referenceChecks } from './reference-checks.js';
import { referrals } from './schema.js';

const label = (f: string) => caseFieldLabel('referral', f);

export const CONSENT_REQUIRED = {
  id: 'Rujukan yang membagikan data identitas memerlukan persetujuan korban "Berbagi data untuk rujukan". Catat persetujuannya dahulu, atau kirim rujukan tanpa data identitas.',
  en: 'A referral that shares identifying data needs the victim\'s consent "Sharing data for referral". Record the consent first, or send the referral without identifying data.',
};

/**
 * Rujukan: the owner of a case refers one of its victims to a service unit, usually from the
 * destination region back to the origin. The receiving region is the unit's; the sending side
 * is the unit named, else the case's unit, else the case's region. Identifying data goes along
 * only when the victim's current consent to share for referral is "given": the referral keeps
 * that consent record as its ground. The receiving region's case handlers are notified.
 */
export async function sendReferral(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  caseId: string,
  input: ReferralCreate,
): Promise<string> {
  const db = ctx.database.db;
  const result = await db.transaction(async (tx) => {
    const { row: c } = await getOwnedCase(tx, auth, caseId);
    const person = await getCasePerson(tx, caseId, input.personId);
    if (person.role !== 'victim')
      throw fieldError('personId', {
        id: `${label('personId').id}: hanya korban yang dirujuk`,
        en: `${label('personId').en}: only victims are referred`,
      });
    const [to] = await tx
      .select()
      .from(serviceUnits)
      .where(and(eq(serviceUnits.id, input.toUnitId), eq(serviceUnits.active, true)));
    if (!to)
      throw fieldError('toUnitId', {
        id: `${label('toUnitId').id}: tidak ditemukan atau tidak aktif`,
        en: `${label('toUnitId').en}: not found or not active`,
      });
    const fromUnitId = input.fromUnitId ?? c.serviceUnitId;
    const from = fromUnitId ? await findUnitInScope(tx, auth.scope, fromUnitId) : null;
    if (input.fromUnitId && !from)
      throw fieldError('fromUnitId', {
        id: `${label('fromUnitId').id}: tidak ditemukan di cakupan Anda`,
        en: `${label('fromUnitId').en}: not found in your scope`,
      });
    const checks = referenceChecks();
    checks.codes('serviceTypes', label('serviceTypes'), 'service_type', input.serviceTypes);
    await checks.run(tx);
    const consent = input.shareIdentity
      ? await currentConsent(tx, person.id, 'share_for_referral')
      : null;
    if (input.shareIdentity && !consent?.given)
      throw new AppError('VALIDATION_FAILED', CONSENT_REQUIRED, [
        { path: 'shareIdentity', message: CONSENT_REQUIRED },
      ]);
    const [open] = await tx
      .select({ id: referrals.id })
      .from(referrals)
      .where(
        and(
          eq(referrals.personId, person.id),
          eq(referrals.toUnitId, to.id),
          inArray(referrals.status, ['sent', 'accepted']),
        ),
      );
    if (open)
      throw new AppError('CONFLICT', {
        id: 'Korban ini sudah dirujuk ke unit tersebut dan rujukannya masih berjalan',
        en: 'This victim already has an open referral to that unit',
      });
    const [row] = await tx
      .insert(referrals)
      .values({
        caseId,
        personId: person.id,
        fromUnitId: from?.id ?? null,
        toUnitId: to.id,
        fromRegionCode: from?.regionCode ?? c.regionCode ?? auth.scope.regionCode,
        toRegionCode: to.regionCode,
        serviceTypes: input.serviceTypes ?? [],
        reason: input.reason,
        consentId: consent?.id ?? null,
        sentBy: auth.userId,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await auditCaseChange(tx, actor, {
      action: 'case.referral.sent',
      entityType: 'referral',
      entityId: row.id,
      after: row,
    });
    await touchCase(tx, caseId);
    const receivers = await caseHandlersOf(
      tx,
      { regionCode: to.regionCode, institutionId: to.institutionId ?? c.institutionId },
      auth.userId,
    );
    const notified = await notifyUsers(tx, receivers, {
      kind: 'referral_received',
      title: {
        id: `Rujukan masuk untuk ${to.name}: kasus ${c.caseNumber}`,
        en: `Incoming referral for ${to.name}: case ${c.caseNumber}`,
      },
      body: {
        id: 'Seorang korban dirujuk ke unit Anda. Terima atau tolak rujukan di daftar rujukan masuk.',
        en: 'A victim was referred to your unit. Accept or decline it in the incoming referrals.',
      },
      link: '/referrals?direction=incoming',
      dedupeKey: `referral:${row.id}`,
    });
    return { id: row.id, notified };
  });
  if (result.notified > 0) deliverSoon(ctx);
  return result.id;
}
