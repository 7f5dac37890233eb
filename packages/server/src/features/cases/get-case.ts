import type { CaseDetail, VerificationState } from '@sigap/domain';
import { asc, eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { queryRows } from '../../platform/db/client.js';
import type { AuthContext } from '../../platform/http/types.js';
import type { Actor } from '../audit/audit-log.js';
import { currentInstitutionName } from '../institutions/current-name.js';
import { type CaseAccess, getReadableCase } from './case-access.js';
import {
  iso,
  loadCaseRecords,
  presentEvent,
  presentLegalStep,
  presentPerson,
  presentService,
} from './case-views.js';
import { loadCodeLabels, loadPlaceNames } from './code-labels.js';
import { readIdentities } from './identity-reads.js';
import { presentReferral, selectReferrals } from './referral-views.js';
import { referrals } from './schema.js';

/**
 * Whose identifying fields this reader may see in clear: owners and break-the-glass readers all
 * of the case's people; a unit reading through a referral only the victims referred to it with
 * the victim's consent to share. The summary may name anyone, so only the former see it.
 */
function openable(access: CaseAccess, personId: string): boolean {
  return access.kind !== 'referral' || access.sharedPersonIds.includes(personId);
}

/**
 * A case with everything recorded on it. With `identity: 'open'` the identifying fields the
 * reader may see are opened and the read is audited before the answer leaves; with 'masked'
 * nothing is opened and nothing is audited (the view then says which fields hold a value).
 */
export async function getCase(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  id: string,
  identity: 'open' | 'masked',
): Promise<CaseDetail> {
  const db = ctx.database.db;
  const access = await getReadableCase(db, auth, id, { hintBreakGlass: true });
  const c = access.row;
  const [records, labels, referralRows, extra] = await Promise.all([
    loadCaseRecords(db, id),
    loadCodeLabels(db),
    selectReferrals(db).where(eq(referrals.caseId, id)).orderBy(asc(referrals.sentAt)),
    queryRows<{ institution_name: string | null; unit_name: string | null }>(
      db,
      sql`select ${currentInstitutionName(sql`${c.institutionId}::uuid`)} as institution_name,
        (select u.name from service_units u where u.id = ${c.serviceUnitId}::uuid) as unit_name`,
    ),
  ]);
  const places = await loadPlaceNames(
    db,
    [
      c.regionCode,
      ...records.events.map((e) => e.regionCode),
      ...records.people.map((p) => p.addressRegionCode),
      ...records.services.map((s) => s.service.regionCode),
    ],
    records.events.map((e) => e.countryCode),
  );
  const opened =
    identity === 'open'
      ? await readIdentities(db, ctx.fields, actor, {
          people: records.people.filter((p) => openable(access, p.id)),
          summaries: access.kind === 'referral' ? [] : [{ caseId: id, summaryEnc: c.summaryEnc }],
          purpose: 'case.detail',
          access: access.kind,
        })
      : null;
  const victims = records.people.filter((p) => p.role === 'victim');
  return {
    id: c.id,
    caseNumber: c.caseNumber,
    reportedOn: c.reportedOn,
    source: labels.of('case_source', c.source),
    status: labels.of('case_status', c.status),
    exploitationTypes: labels.all('exploitation_type', c.exploitationTypes),
    modus: labels.all('modus', c.modus),
    verificationState: c.verificationState as VerificationState,
    regionCode: c.regionCode,
    regionName: places.region(c.regionCode),
    institution: { id: c.institutionId, name: extra[0]?.institution_name ?? '' },
    victimCount: victims.length,
    hasMinor: victims.some((p) => p.isMinor === true),
    access: access.kind,
    createdAt: iso(c.createdAt) ?? '',
    updatedAt: iso(c.updatedAt) ?? '',
    serviceUnit:
      c.serviceUnitId && extra[0]?.unit_name
        ? { id: c.serviceUnitId, name: extra[0].unit_name }
        : null,
    closureReason: c.closureReason,
    meansOfControl: labels.all('means_of_control', c.meansOfControl),
    summary: opened?.summaries.get(id) ?? null,
    hasSummary: c.summaryEnc !== null,
    identity: opened ? 'open' : 'masked',
    verification: {
      state: c.verificationState as VerificationState,
      reason: c.verificationReason,
      by: c.verifiedBy,
      at: iso(c.verifiedAt),
    },
    version: c.version,
    grantExpiresAt: access.kind === 'grant' ? iso(access.grantExpiresAt) : null,
    events: records.events.map((e) => presentEvent(e, labels, places)),
    people: records.people.map((p) =>
      presentPerson(p, records.consents, labels, places, opened?.people.get(p.id) ?? null),
    ),
    legalSteps: records.legal.map((r) => presentLegalStep(r, labels)),
    services: records.services.map((s) => presentService(s, labels, places)),
    referrals: referralRows.map((r) => presentReferral(r, labels)),
  };
}
