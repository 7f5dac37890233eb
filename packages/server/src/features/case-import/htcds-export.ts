import {
  HTCDS_EXPORT_COLUMNS,
  HTCDS_IDENTIFYING_COLUMNS,
  htcdsValue,
  type PicklistName,
  parentRegionCode,
  type Scope,
} from '@sigap/domain';
import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../platform/db/client.js';
import type { FieldCrypto } from '../../platform/field-crypto.js';
import { openIdentity } from '../cases/person-crypto.js';
import { arrayLiteral } from './bulk-sql.js';

/**
 * The cases of a scope as HTCDS 2.0 records: one per victim, the case and its events flattened
 * onto it (a case without a victim still gets one record, its person columns empty). Cases are
 * read in keyset pages, so an export of a whole country streams in bounded memory. Of several
 * events of one type, the first (in the case's order) is written. Identifying columns are
 * filled only when the caller may export them; otherwise they are left out of the record.
 */
export type HtcdsRecord = Record<string, string>;

const PAGE = 1000;

type CaseRow = {
  id: string;
  case_number: string;
  reported_on: string;
  source: string;
  status: string;
  closure_reason: string | null;
  exploitation_types: string[];
  modus: string[];
  means_of_control: string[];
};
type EventRow = {
  case_id: string;
  event_type: string;
  occurred_on: string | null;
  region_code: string | null;
  country_code: string | null;
  place_note: string | null;
};
type PersonRow = {
  id: string;
  case_id: string;
  name_enc: string | null;
  nik_enc: string | null;
  passport_enc: string | null;
  contact_enc: string | null;
  address_enc: string | null;
  birth_date_enc: string | null;
  age_at_identification: number | null;
  sex: string | null;
  citizenship: string | null;
  disability: string | null;
  address_region_code: string | null;
  trafficking_status: string | null;
  status_decided_by: string | null;
  recruiter_relation: string | null;
};

const many = (list: PicklistName, codes: readonly string[]) =>
  [...new Set(codes.map((c) => htcdsValue(list, c)))].join(';');
const one = (list: PicklistName, code: string | null) => (code ? htcdsValue(list, code) : '');

function scopeWhere(scope: Scope) {
  if (scope.level === 'national') return sql`true`;
  return sql`(c.region_code = ${scope.regionCode} or c.region_code like ${`${scope.regionCode}.%`})`;
}

export async function* htcdsRecords(
  db: DbOrTx,
  fields: FieldCrypto,
  scope: Scope,
  identifying: boolean,
  onPeople?: (personIds: string[]) => Promise<void>,
): AsyncGenerator<HtcdsRecord> {
  const regionNames = new Map<string, string>();
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const cases = await queryRows<CaseRow>(
      db,
      sql`select c.id, c.case_number, c.reported_on::text as reported_on, c.source, c.status,
                 c.closure_reason, c.exploitation_types, c.modus, c.means_of_control
          from cases c where ${scopeWhere(scope)} and c.id > ${after}
          order by c.id limit ${PAGE}`,
    );
    const last = cases[cases.length - 1];
    if (!last) return;
    after = last.id;
    const ids = arrayLiteral(cases.map((c) => c.id));
    const [events, people, perpetrators] = await Promise.all([
      queryRows<EventRow>(
        db,
        sql`select case_id, event_type, occurred_on::text as occurred_on, region_code, country_code, place_note
            from case_events where case_id = any(${ids}::uuid[]) order by case_id, seq`,
      ),
      queryRows<PersonRow>(
        db,
        sql`select * from case_people where role = 'victim' and case_id = any(${ids}::uuid[])
            order by case_id, created_at, id`,
      ),
      queryRows<{ case_id: string; roles: string[] }>(
        db,
        sql`select case_id, array_agg(distinct r) as roles
            from case_people, unnest(perpetrator_roles) r
            where role = 'perpetrator' and case_id = any(${ids}::uuid[]) group by case_id`,
      ),
    ]);
    const personIds = arrayLiteral(people.map((p) => p.id));
    const [services, consents] = await Promise.all([
      queryRows<{ person_id: string; types: string[] }>(
        db,
        sql`select person_id, array_agg(distinct service_type) as types from victim_services
            where person_id = any(${personIds}::uuid[]) group by person_id`,
      ),
      queryRows<{ person_id: string; given: boolean }>(
        db,
        sql`select distinct on (person_id) person_id, given from consents
            where kind = 'data_processing' and person_id = any(${personIds}::uuid[])
            order by person_id, recorded_on desc, created_at desc`,
      ),
    ]);
    await loadRegionNames(db, regionNames, [
      ...events.map((e) => e.region_code),
      ...people.map((p) => p.address_region_code),
    ]);
    if (identifying && people.length) await onPeople?.(people.map((p) => p.id));

    const eventsOf = groupBy(events, (e) => e.case_id);
    const peopleOf = groupBy(people, (p) => p.case_id);
    const rolesOf = new Map(perpetrators.map((p) => [p.case_id, p.roles]));
    const servicesOf = new Map(services.map((s) => [s.person_id, s.types]));
    const consentOf = new Map(consents.map((c) => [c.person_id, c.given]));

    for (const c of cases) {
      const base: HtcdsRecord = {
        sigap_CaseId: c.case_number,
        sigap_ReportedDate: c.reported_on,
        sigap_Source: c.source,
        cas_Status: one('case_status', c.status),
        cas_ReasonForCaseClosure: c.closure_reason ?? '',
        sigap_Modus: c.modus.join(';'),
        vic_TypeOfExploitation: many('exploitation_type', c.exploitation_types),
        vic_MethodsOfControl: many('means_of_control', c.means_of_control),
        per_RoleInProcess: many('perpetrator_role', rolesOf.get(c.id) ?? []),
      };
      for (const e of eventsOf.get(c.id) ?? []) {
        const T = e.event_type.charAt(0).toUpperCase() + e.event_type.slice(1);
        if (base[`hte_${T}_Country`] !== undefined) continue; // first event of its type
        Object.assign(base, {
          [`hte_${T}_Date`]: e.occurred_on ?? '',
          [`hte_${T}_Country`]: e.country_code ?? '',
          [`hte_${T}_State`]: regionNames.get(provinceOf(e.region_code)) ?? '',
          [`hte_${T}_City`]: regionNames.get(regencyOf(e.region_code)) ?? '',
          [`hte_${T}_Description`]: e.place_note ?? '',
          [`sigap_${T}_RegionCode`]: e.region_code ?? '',
        });
      }
      const victims = peopleOf.get(c.id) ?? [];
      if (victims.length === 0) yield complete(base, identifying);
      for (const p of victims) {
        const rec: HtcdsRecord = {
          ...base,
          sigap_PersonId: p.id,
          prs_Gender: one('sex', p.sex),
          prs_Citizenship: p.citizenship ?? '',
          prs_MailingCountry: p.address_region_code ? 'ID' : '',
          prs_MailingState: regionNames.get(provinceOf(p.address_region_code)) ?? '',
          prs_MailingCity: regionNames.get(regencyOf(p.address_region_code)) ?? '',
          sigap_AddressRegionCode: p.address_region_code ?? '',
          sigap_Disability: p.disability ?? '',
          vic_AgeWhenTrafficked:
            p.age_at_identification === null ? '' : String(p.age_at_identification),
          vic_TraffickingStatus: one('trafficking_status', p.trafficking_status),
          vic_TraffickingStatusDecisionMakingOrg: one('status_decided_by', p.status_decided_by),
          vic_RelationshipToTrafficker: one('recruiter_relation', p.recruiter_relation),
          spl_Type: many('service_type', servicesOf.get(p.id) ?? []),
          con_Consent: consentOf.has(p.id) ? String(consentOf.get(p.id)) : '',
        };
        if (identifying) {
          const id = openIdentity(fields, {
            nameEnc: p.name_enc,
            nikEnc: p.nik_enc,
            passportEnc: p.passport_enc,
            contactEnc: p.contact_enc,
            addressEnc: p.address_enc,
            birthDateEnc: p.birth_date_enc,
          });
          // Indonesian names have no family-name convention: the whole name is the first name
          Object.assign(rec, {
            prs_FirstName: id.name ?? '',
            prs_Birthdate: id.birthDate ?? '',
            prs_IdentityNumber: id.nik ?? '',
            sigap_PassportNumber: id.passport ?? '',
            prs_MobilePhone: id.contact ?? '',
            prs_MailingStreet: id.address ?? '',
          });
        }
        yield complete(rec, identifying);
      }
    }
  }
}

/** Every exported column present (empty when unknown); identifying ones only when allowed. */
function complete(rec: HtcdsRecord, identifying: boolean): HtcdsRecord {
  const out: HtcdsRecord = {};
  for (const col of htcdsColumns(identifying)) out[col] = rec[col] ?? '';
  return out;
}

export function htcdsColumns(identifying: boolean): string[] {
  return HTCDS_EXPORT_COLUMNS.filter((c) => identifying || !HTCDS_IDENTIFYING_COLUMNS.has(c));
}

const provinceOf = (code: string | null) => (code ? code.slice(0, 2) : '');
function regencyOf(code: string | null): string {
  if (!code?.includes('.')) return '';
  let c = code;
  while (c.split('.').length > 2) c = parentRegionCode(c) ?? c;
  return c;
}

async function loadRegionNames(db: DbOrTx, names: Map<string, string>, codes: (string | null)[]) {
  const wanted = new Set<string>();
  for (const code of codes)
    for (const c of [provinceOf(code), regencyOf(code)]) if (c && !names.has(c)) wanted.add(c);
  if (wanted.size === 0) return;
  const rows = await queryRows<{ code: string; name: string }>(
    db,
    sql`select code, name from regions where code = any(${arrayLiteral([...wanted])}::text[])`,
  );
  for (const r of rows) names.set(r.code, r.name);
  for (const c of wanted) if (!names.has(c)) names.set(c, '');
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return m;
}
