import type { TimelineView } from '@sigap/domain';
import { and, asc, eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { AuthContext } from '../../platform/http/types.js';
import { fieldError } from '../shared/field-error.js';
import { getReadableCase } from './case-access.js';
import {
  presentLegalStep,
  presentService,
  selectLegalSteps,
  selectServices,
} from './case-views.js';
import { loadCodeLabels, loadPlaceNames } from './code-labels.js';
import { getCasePerson } from './person-writes.js';
import { presentReferral, selectReferrals } from './referral-views.js';
import { legalSteps, referrals, victimServices } from './schema.js';

const OPEN_STATUSES = new Set(['planned', 'in_progress']);

/**
 * A victim's road to recovery (pemulihan paripurna): every service type in the order a victim
 * usually receives them (the picklist's order), each done (a service of the type completed),
 * open (planned or under way) or not started; then the referrals and the case's legal steps.
 * Service types an installation retired still show when the victim received them.
 */
export async function victimTimeline(
  ctx: AppContext,
  auth: AuthContext,
  caseId: string,
  personId: string,
): Promise<TimelineView> {
  const db = ctx.database.db;
  await getReadableCase(db, auth, caseId);
  const person = await getCasePerson(db, caseId, personId);
  if (person.role !== 'victim')
    throw fieldError('personId', {
      id: 'Linimasa layanan hanya untuk korban',
      en: 'The service timeline is for victims only',
    });
  const [labels, services, referralRows, legal] = await Promise.all([
    loadCodeLabels(db),
    selectServices(db)
      .where(eq(victimServices.personId, personId))
      .orderBy(asc(victimServices.startedOn), asc(victimServices.createdAt)),
    selectReferrals(db)
      .where(and(eq(referrals.caseId, caseId), eq(referrals.personId, personId)))
      .orderBy(asc(referrals.sentAt)),
    selectLegalSteps(db).where(eq(legalSteps.caseId, caseId)).orderBy(asc(legalSteps.occurredOn)),
  ]);
  const places = await loadPlaceNames(
    db,
    services.map((s) => s.service.regionCode),
  );
  const stages = labels
    .list('service_type')
    .filter((t) => t.active || services.some((s) => s.service.serviceType === t.code))
    .map((t, i) => {
      const mine = services.filter((s) => s.service.serviceType === t.code);
      const state = mine.some((s) => s.service.status === 'completed')
        ? ('done' as const)
        : mine.some((s) => OPEN_STATUSES.has(s.service.status))
          ? ('open' as const)
          : ('not_started' as const);
      return {
        serviceType: { code: t.code, id: t.id, en: t.en },
        order: i + 1,
        state,
        services: mine.map((s) => presentService(s, labels, places)),
      };
    });
  return {
    caseId,
    personId,
    isMinor: person.isMinor,
    stages,
    totals: {
      done: stages.filter((s) => s.state === 'done').length,
      open: stages.filter((s) => s.state === 'open').length,
      notStarted: stages.filter((s) => s.state === 'not_started').length,
    },
    referrals: referralRows.map((r) => presentReferral(r, labels)),
    legalSteps: legal.map((r) => presentLegalStep(r, labels)),
  };
}
