import { and, asc, eq, gt, type SQL } from 'drizzle-orm';
import { alias, type PgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../platform/db/client.js';
import type { FieldCrypto } from '../../platform/field-crypto.js';
import { openIdentity } from '../cases/person-crypto.js';
import {
  caseEvents,
  casePeople,
  cases,
  legalSteps,
  referrals,
  victimServices,
} from '../cases/schema.js';
import { currentInstitutionName } from '../institutions/current-name.js';
import { institutions } from '../institutions/schema.js';
import { serviceUnits } from '../service-units/schema.js';
import type { Cell } from './csv-cells.js';

/**
 * The CSV files of the identifying export, one per table of the case registry. Each reads its
 * rows a batch at a time in id order (keyset), joined to `cases` so that the case filter (scope,
 * region, year, status) applies to every file alike.
 */
export type ExportFile = {
  name: string;
  header: readonly string[];
  fetch(
    db: DbOrTx,
    filter: SQL,
    after: string | null,
    limit: number,
  ): Promise<Array<{ id: string; cells: Cell[] }>>;
};

const page = (id: PgColumn, filter: SQL, after: string | null) =>
  and(filter, after ? gt(id, after) : undefined);

/** Column names, written as one string to keep the list readable. */
const cols = (names: string) => names.trim().split(/\s+/);

const fromUnit = alias(serviceUnits, 'from_unit');
const toUnit = alias(serviceUnits, 'to_unit');

export function exportFiles(fields: FieldCrypto): ExportFile[] {
  return [
    {
      name: 'cases.csv',
      header: cols(
        `case_id case_number institution_code institution_name service_unit region_code reported_on source status closure_reason exploitation_types modus means_of_control summary verification_state verification_reason source_system source_record_id created_at updated_at`,
      ),
      async fetch(db, filter, after, limit) {
        const rows = await db
          .select({
            c: cases,
            institutionCode: institutions.code,
            institutionName: currentInstitutionName(cases.institutionId),
            unit: serviceUnits.name,
          })
          .from(cases)
          .innerJoin(institutions, eq(institutions.id, cases.institutionId))
          .leftJoin(serviceUnits, eq(serviceUnits.id, cases.serviceUnitId))
          .where(page(cases.id, filter, after))
          .orderBy(asc(cases.id))
          .limit(limit);
        return rows.map(({ c, ...r }) => ({
          id: c.id,
          cells: [
            c.id,
            c.caseNumber,
            r.institutionCode,
            r.institutionName,
            r.unit,
            c.regionCode,
            c.reportedOn,
            c.source,
            c.status,
            c.closureReason,
            c.exploitationTypes,
            c.modus,
            c.meansOfControl,
            fields.openOrNull(c.summaryEnc),
            c.verificationState,
            c.verificationReason,
            c.sourceSystem,
            c.sourceRecordId,
            c.createdAt,
            c.updatedAt,
          ],
        }));
      },
    },
    {
      name: 'events.csv',
      header: cols(
        `event_id case_number seq event_type occurred_on region_code country_code place_note`,
      ),
      async fetch(db, filter, after, limit) {
        const rows = await db
          .select({ e: caseEvents, caseNumber: cases.caseNumber })
          .from(caseEvents)
          .innerJoin(cases, eq(cases.id, caseEvents.caseId))
          .where(page(caseEvents.id, filter, after))
          .orderBy(asc(caseEvents.id))
          .limit(limit);
        return rows.map(({ e, caseNumber }) => ({
          id: e.id,
          cells: [
            e.id,
            caseNumber,
            e.seq,
            e.eventType,
            e.occurredOn,
            e.regionCode,
            e.countryCode,
            e.placeNote,
          ],
        }));
      },
    },
    {
      name: 'people.csv',
      header: cols(
        `person_id case_number role cluster_id name nik passport contact address birth_date birth_year age_at_identification is_minor sex citizenship disability address_region_code trafficking_status status_decided_by recruiter_relation perpetrator_roles perpetrator_kind verification_state source_record_id`,
      ),
      async fetch(db, filter, after, limit) {
        const rows = await db
          .select({ p: casePeople, caseNumber: cases.caseNumber })
          .from(casePeople)
          .innerJoin(cases, eq(cases.id, casePeople.caseId))
          .where(page(casePeople.id, filter, after))
          .orderBy(asc(casePeople.id))
          .limit(limit);
        return rows.map(({ p, caseNumber }) => {
          const who = openIdentity(fields, p);
          return {
            id: p.id,
            cells: [
              p.id,
              caseNumber,
              p.role,
              p.clusterId,
              who.name,
              who.nik,
              who.passport,
              who.contact,
              who.address,
              who.birthDate,
              p.birthYear,
              p.ageAtIdentification,
              p.isMinor,
              p.sex,
              p.citizenship,
              p.disability,
              p.addressRegionCode,
              p.traffickingStatus,
              p.statusDecidedBy,
              p.recruiterRelation,
              p.perpetratorRoles,
              p.perpetratorKind,
              p.verificationState,
              p.sourceRecordId,
            ],
          };
        });
      },
    },
    {
      name: 'services.csv',
      header: cols(
        `service_id case_number person_id service_type provider_unit region_code status started_on ended_on notes`,
      ),
      async fetch(db, filter, after, limit) {
        const rows = await db
          .select({ s: victimServices, caseNumber: cases.caseNumber, unit: serviceUnits.name })
          .from(victimServices)
          .innerJoin(cases, eq(cases.id, victimServices.caseId))
          .leftJoin(serviceUnits, eq(serviceUnits.id, victimServices.providerUnitId))
          .where(page(victimServices.id, filter, after))
          .orderBy(asc(victimServices.id))
          .limit(limit);
        return rows.map(({ s, caseNumber, unit }) => ({
          id: s.id,
          cells: [
            s.id,
            caseNumber,
            s.personId,
            s.serviceType,
            unit,
            s.regionCode,
            s.status,
            s.startedOn,
            s.endedOn,
            s.notes,
          ],
        }));
      },
    },
    {
      name: 'referrals.csv',
      header: cols(
        `referral_id case_number person_id from_unit to_unit from_region_code to_region_code service_types reason status decline_reason consent_id sent_at responded_at completed_at`,
      ),
      async fetch(db, filter, after, limit) {
        const rows = await db
          .select({
            r: referrals,
            caseNumber: cases.caseNumber,
            from: fromUnit.name,
            to: toUnit.name,
          })
          .from(referrals)
          .innerJoin(cases, eq(cases.id, referrals.caseId))
          .leftJoin(fromUnit, eq(fromUnit.id, referrals.fromUnitId))
          .leftJoin(toUnit, eq(toUnit.id, referrals.toUnitId))
          .where(page(referrals.id, filter, after))
          .orderBy(asc(referrals.id))
          .limit(limit);
        return rows.map(({ r, caseNumber, from, to }) => ({
          id: r.id,
          cells: [
            r.id,
            caseNumber,
            r.personId,
            from,
            to,
            r.fromRegionCode,
            r.toRegionCode,
            r.serviceTypes,
            r.reason,
            r.status,
            r.declineReason,
            r.consentId,
            r.sentAt,
            r.respondedAt,
            r.completedAt,
          ],
        }));
      },
    },
    {
      name: 'legal_steps.csv',
      header: cols(
        `step_id case_number step occurred_on institution_code reference_number details sentence_months amount`,
      ),
      async fetch(db, filter, after, limit) {
        const rows = await db
          .select({ l: legalSteps, caseNumber: cases.caseNumber, institution: institutions.code })
          .from(legalSteps)
          .innerJoin(cases, eq(cases.id, legalSteps.caseId))
          .leftJoin(institutions, eq(institutions.id, legalSteps.institutionId))
          .where(page(legalSteps.id, filter, after))
          .orderBy(asc(legalSteps.id))
          .limit(limit);
        return rows.map(({ l, caseNumber, institution }) => ({
          id: l.id,
          cells: [
            l.id,
            caseNumber,
            l.step,
            l.occurredOn,
            institution,
            l.referenceNumber,
            l.details,
            l.sentenceMonths,
            l.amount,
          ],
        }));
      },
    },
  ];
}
