import type { ReferralStatus, ReferralView } from '@sigap/domain';
import { eq, sql } from 'drizzle-orm';
import { type AnyPgColumn, alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../platform/db/client.js';
import { serviceUnits } from '../service-units/schema.js';
import { qualified } from '../shared/qualified.js';
import { iso } from './case-views.js';
import type { CodeLabels } from './code-labels.js';
import { casePeople, cases, referrals } from './schema.js';

const fromUnit = alias(serviceUnits, 'fu');
const toUnit = alias(serviceUnits, 'tu');

const regionName = (col: AnyPgColumn) =>
  sql<string | null>`(select rg.name from regions rg where rg.code = ${qualified(col)})`;

/**
 * Referrals with what either side needs to see: the case number, the victim's sex and age (no
 * name: a referral list never decrypts), units and regions. The receiving unit is `tu`, the
 * alias case-access.ts uses for who a referral reaches.
 */
export function selectReferrals(db: DbOrTx) {
  return db
    .select({
      referral: referrals,
      caseNumber: cases.caseNumber,
      sex: casePeople.sex,
      age: casePeople.ageAtIdentification,
      isMinor: casePeople.isMinor,
      fromUnitName: fromUnit.name,
      toUnitName: toUnit.name,
      fromRegionName: regionName(referrals.fromRegionCode),
      toRegionName: regionName(referrals.toRegionCode),
    })
    .from(referrals)
    .innerJoin(cases, eq(cases.id, referrals.caseId))
    .innerJoin(casePeople, eq(casePeople.id, referrals.personId))
    .innerJoin(toUnit, eq(toUnit.id, referrals.toUnitId))
    .leftJoin(fromUnit, eq(fromUnit.id, referrals.fromUnitId));
}

export function countReferrals(db: DbOrTx) {
  return db
    .select({ n: sql<number>`count(*)::int` })
    .from(referrals)
    .innerJoin(cases, eq(cases.id, referrals.caseId))
    .innerJoin(toUnit, eq(toUnit.id, referrals.toUnitId));
}

type ReferralRow = Awaited<ReturnType<typeof selectReferrals>>[number];

export function presentReferral(r: ReferralRow, labels: CodeLabels): ReferralView {
  const x = r.referral;
  return {
    id: x.id,
    caseId: x.caseId,
    caseNumber: r.caseNumber,
    personId: x.personId,
    person: {
      sex: labels.ofNullable('sex', r.sex),
      ageAtIdentification: r.age,
      isMinor: r.isMinor,
    },
    from: {
      unit: x.fromUnitId && r.fromUnitName ? { id: x.fromUnitId, name: r.fromUnitName } : null,
      regionCode: x.fromRegionCode,
      regionName: r.fromRegionName,
    },
    to: {
      unit: { id: x.toUnitId, name: r.toUnitName },
      regionCode: x.toRegionCode,
      regionName: r.toRegionName,
    },
    serviceTypes: labels.all('service_type', x.serviceTypes),
    reason: x.reason,
    status: x.status as ReferralStatus,
    declineReason: x.declineReason,
    sharesIdentity: x.consentId !== null,
    sentAt: iso(x.sentAt) ?? '',
    respondedAt: iso(x.respondedAt),
    completedAt: iso(x.completedAt),
  };
}
