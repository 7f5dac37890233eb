import type { ImportOptions } from './import-schemas.js';
import { PICKLISTS, type PicklistName } from './picklists.js';

/**
 * Exchange with the Human Trafficking Case Data Standard 2.0 (HTCDS), so NGOs and IOM can send
 * cases to Sigap and receive them back.
 *
 * Credit: "Human Trafficking Case Data Standard (HTCDS) by IOM is licensed under CC BY 4.0"
 * (https://creativecommons.org/licenses/by/4.0/); field names from the standard's field list
 * (github.com/UNMigration/HTCDS, commit 3c2f6537). Use of the standard does not mean that IOM
 * endorses Sigap.
 *
 * A file holds one row per victim, with the case and its events flattened onto the row.
 * HTCDS has no case identifier, report date, modus or Indonesian region codes, so Sigap adds
 * columns prefixed `sigap_` for them; other systems may ignore them. Historic trafficking
 * events (hte_) are written once per event type, the type in the column name:
 * `hte_Recruitment_Date`, `hte_Transit_Country`, `hte_Exploitation_City`, ...
 * Multi-select values are joined with ";" as Salesforce exports them.
 */
export const HTCDS_CREDIT =
  'Human Trafficking Case Data Standard (HTCDS) by IOM is licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)';

export type HtcdsField = {
  name: string;
  label: string;
  /** The Sigap field it carries, in words (docs and the API reference list these). */
  sigap: string;
  picklist?: PicklistName;
  multi?: boolean;
  /** Only exported with the cases.exportIdentifying permission. */
  identifying?: boolean;
  /** Export only: derived values (names of regions, services) Sigap does not read back. */
  exportOnly?: boolean;
};

const EVENT_TYPES = [
  ['recruitment', 'Recruitment'],
  ['transit', 'Transit'],
  ['exploitation', 'Exploitation'],
] as const;

/** The fields Sigap exchanges, in the column order of an export. */
export const HTCDS_FIELDS: readonly HtcdsField[] = [
  { name: 'sigap_CaseId', label: 'Case id', sigap: 'case number (source record id on import)' },
  { name: 'sigap_PersonId', label: 'Person id', sigap: 'victim record id' },
  { name: 'sigap_ReportedDate', label: 'Reported date', sigap: 'reported date' },
  { name: 'sigap_Source', label: 'Case source', sigap: 'case source', picklist: 'case_source' },
  { name: 'cas_Status', label: 'Status', sigap: 'case status', picklist: 'case_status' },
  { name: 'cas_ReasonForCaseClosure', label: 'Reason for Case Closure', sigap: 'closure reason' },
  { name: 'sigap_Modus', label: 'Modus', sigap: 'modus', picklist: 'modus', multi: true },
  {
    name: 'vic_TypeOfExploitation',
    label: 'Type of Exploitation',
    sigap: 'forms of exploitation',
    picklist: 'exploitation_type',
    multi: true,
  },
  {
    name: 'vic_MethodsOfControl',
    label: 'Methods of Control',
    sigap: 'means of control',
    picklist: 'means_of_control',
    multi: true,
  },
  { name: 'prs_FirstName', label: 'First Name', sigap: 'full name', identifying: true },
  {
    name: 'prs_MiddleName',
    label: 'Middle Name',
    sigap: 'name (joined on import)',
    identifying: true,
  },
  {
    name: 'prs_SecondName',
    label: 'Second Name',
    sigap: 'name (joined on import)',
    identifying: true,
  },
  { name: 'prs_Birthdate', label: 'Birthdate', sigap: 'birth date', identifying: true },
  { name: 'prs_Gender', label: 'Gender', sigap: 'sex', picklist: 'sex' },
  { name: 'prs_Citizenship', label: 'Citizenship', sigap: 'citizenship (ISO 3166 alpha-2)' },
  { name: 'prs_IdentityNumber', label: 'Identity Number', sigap: 'NIK', identifying: true },
  { name: 'sigap_PassportNumber', label: 'Passport number', sigap: 'passport', identifying: true },
  { name: 'prs_MobilePhone', label: 'Mobile Phone', sigap: 'contact', identifying: true },
  { name: 'prs_MailingStreet', label: 'Mailing Street', sigap: 'exact address', identifying: true },
  {
    name: 'prs_MailingCity',
    label: 'Mailing City',
    sigap: 'kabupaten/kota of the address',
    exportOnly: true,
  },
  {
    name: 'prs_MailingState',
    label: 'Mailing State/Province',
    sigap: 'province of the address',
    exportOnly: true,
  },
  {
    name: 'prs_MailingCountry',
    label: 'Mailing Country',
    sigap: 'ID when the address region is known',
    exportOnly: true,
  },
  {
    name: 'sigap_AddressRegionCode',
    label: 'Address region code',
    sigap: 'address region (Kemendagri)',
  },
  { name: 'sigap_Disability', label: 'Disability', sigap: 'disability', picklist: 'disability' },
  { name: 'vic_AgeWhenTrafficked', label: 'Age when Trafficked', sigap: 'age at identification' },
  {
    name: 'vic_TraffickingStatus',
    label: 'Trafficking Status',
    sigap: 'trafficking status',
    picklist: 'trafficking_status',
  },
  {
    name: 'vic_TraffickingStatusDecisionMakingOrg',
    label: 'Trafficking Status Decision Making Organization',
    sigap: 'who decided the status',
    picklist: 'status_decided_by',
  },
  {
    name: 'vic_RelationshipToTrafficker',
    label: 'Relationship to Trafficker',
    sigap: 'relationship to the recruiter',
    picklist: 'recruiter_relation',
  },
  ...EVENT_TYPES.flatMap(([, T]): HtcdsField[] => [
    { name: `hte_${T}_Date`, label: `${T} date`, sigap: `${T.toLowerCase()} event date` },
    {
      name: `hte_${T}_Country`,
      label: `${T} country`,
      sigap: `${T.toLowerCase()} country (ISO alpha-2)`,
    },
    {
      name: `hte_${T}_State`,
      label: `${T} state/province`,
      sigap: 'province name',
      exportOnly: true,
    },
    { name: `hte_${T}_City`, label: `${T} city`, sigap: 'kabupaten/kota name', exportOnly: true },
    { name: `hte_${T}_Description`, label: `${T} description`, sigap: 'place note' },
    { name: `sigap_${T}_RegionCode`, label: `${T} region code`, sigap: 'Kemendagri region code' },
  ]),
  {
    name: 'per_RoleInProcess',
    label: 'Role in Process',
    sigap: "roles of the case's perpetrators",
    picklist: 'perpetrator_role',
    multi: true,
    exportOnly: true,
  },
  {
    name: 'spl_Type',
    label: 'Support plan type',
    sigap: "types of the victim's services",
    picklist: 'service_type',
    multi: true,
    exportOnly: true,
  },
  { name: 'con_Consent', label: 'Consent', sigap: 'consent to data processing' },
];

export const HTCDS_EXPORT_COLUMNS: readonly string[] = HTCDS_FIELDS.map((f) => f.name);
export const HTCDS_IDENTIFYING_COLUMNS: ReadonlySet<string> = new Set(
  HTCDS_FIELDS.filter((f) => f.identifying).map((f) => f.name),
);

/** Sigap import field → HTCDS column(s): the built-in "HTCDS 2.0" template. */
export const HTCDS_COLUMN_MAP = {
  sourceRecordId: 'sigap_CaseId',
  sourcePersonId: 'sigap_PersonId',
  reportedOn: 'sigap_ReportedDate',
  source: 'sigap_Source',
  status: 'cas_Status',
  closureReason: 'cas_ReasonForCaseClosure',
  modus: 'sigap_Modus',
  exploitationTypes: 'vic_TypeOfExploitation',
  meansOfControl: 'vic_MethodsOfControl',
  victimName: ['prs_FirstName', 'prs_MiddleName', 'prs_SecondName'],
  birthDate: 'prs_Birthdate',
  sex: 'prs_Gender',
  citizenship: 'prs_Citizenship',
  nik: 'prs_IdentityNumber',
  passport: 'sigap_PassportNumber',
  contact: 'prs_MobilePhone',
  address: 'prs_MailingStreet',
  addressRegion: 'sigap_AddressRegionCode',
  disability: 'sigap_Disability',
  age: 'vic_AgeWhenTrafficked',
  traffickingStatus: 'vic_TraffickingStatus',
  statusDecidedBy: 'vic_TraffickingStatusDecisionMakingOrg',
  recruiterRelation: 'vic_RelationshipToTrafficker',
  consent: 'con_Consent',
  ...Object.fromEntries(
    EVENT_TYPES.flatMap(([t, T]) => [
      [`${t}Date`, `hte_${T}_Date`],
      [`${t}Country`, `hte_${T}_Country`],
      [`${t}Region`, `sigap_${T}_RegionCode`],
      [`${t}Place`, `hte_${T}_Description`],
    ]),
  ),
} as Record<string, string | string[]>;

export const HTCDS_TEMPLATE_NAME = 'HTCDS 2.0';
export const HTCDS_SOURCE_SYSTEM = 'htcds';
/** ISO dates, comma-separated: what the export writes and what HTCDS tools produce. */
export const HTCDS_OPTIONS: ImportOptions = {
  delimiter: 'auto',
  encoding: 'auto',
  dateOrder: 'DMY',
  headerRow: 1,
};

const HTCDS_NAME = new Map<string, string>();
for (const [list, values] of Object.entries(PICKLISTS))
  for (const v of values as ReadonlyArray<{ code: string; htcds?: string }>)
    if (v.htcds) HTCDS_NAME.set(`${list}\u0000${v.code}`, v.htcds);

/** The HTCDS value name of a Sigap code; the code itself where the standard has no value. */
export function htcdsValue(list: PicklistName, code: string): string {
  return HTCDS_NAME.get(`${list}\u0000${code}`) ?? code;
}
