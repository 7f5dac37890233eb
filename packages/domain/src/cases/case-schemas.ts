import { z } from 'zod';
import { PageQuery } from '../common/pagination.js';
import { RegionCode } from '../regions/schemas.js';
import {
  BilingualView,
  CASE_ACCESS_KINDS,
  CodeList,
  CodeView,
  CountryCode,
  PastDate,
  PicklistCode,
  Ref,
} from './case-fields.js';
import { PersonCreate, PersonView, VerificationView } from './person-schemas.js';
import { VERIFICATION_STATES } from './picklists.js';
import { LegalStepView, ReferralView, ServiceView } from './service-schemas.js';

/**
 * A case (kasus) of the integrated registry: who reported it and when, where it came from, its
 * HTCDS status, the trafficking events in order, forms of exploitation, modus, means of control.
 * Codes are picklist codes (reference data); the summary is free text that may name people, so
 * the server seals it like the identifying fields.
 */
const eventFields = {
  eventType: PicklistCode,
  occurredOn: PastDate.nullable().optional(),
  /** Kemendagri code of a place in Indonesia: province, kabupaten/kota, kecamatan or desa. */
  regionCode: RegionCode.nullable().optional(),
  /** ISO 3166-1 alpha-2; `ID` (or absent) with a region code, another country without one. */
  countryCode: CountryCode.nullable().optional(),
  placeNote: z.string().trim().max(500).nullable().optional(),
};

const placeIsConsistent = (e: { regionCode?: string | null; countryCode?: string | null }) =>
  !e.regionCode || !e.countryCode || e.countryCode === 'ID';
const placeRule = { message: 'place_region_country', path: ['countryCode'] };

export const CaseEventInput = z.strictObject(eventFields).refine(placeIsConsistent, placeRule);
export type CaseEventInput = z.infer<typeof CaseEventInput>;

export const CaseEventUpdate = z
  .strictObject({
    ...eventFields,
    eventType: eventFields.eventType.optional(),
    /** New position (1-based) among the case's events; the others move to make room. */
    seq: z.number().int().min(1).max(1000).optional(),
  })
  .refine(placeIsConsistent, placeRule);
export type CaseEventUpdate = z.infer<typeof CaseEventUpdate>;

const caseFields = {
  /** Reporting institution; the user's own when absent. */
  institutionId: z.uuid().optional(),
  /** The service unit handling the case; the case belongs to its region. */
  serviceUnitId: z.uuid().nullable().optional(),
  /** Region of the case when no unit is named; the user's own region when absent too. */
  regionCode: RegionCode.nullable().optional(),
  reportedOn: PastDate,
  source: PicklistCode,
  status: PicklistCode.optional(),
  /** Required when the status is closed or closed_referred. */
  closureReason: z.string().trim().min(1).max(1000).nullable().optional(),
  exploitationTypes: CodeList.optional(),
  modus: CodeList.optional(),
  meansOfControl: CodeList.optional(),
  summary: z.string().trim().max(20000).nullable().optional(),
};

export const CaseCreate = z.strictObject({
  ...caseFields,
  /** Recruitment, transit, exploitation: in the order given. */
  events: z.array(CaseEventInput).max(50).optional(),
  people: z.array(PersonCreate).max(200).optional(),
});
export type CaseCreate = z.infer<typeof CaseCreate>;

export const CaseUpdate = z.strictObject({
  ...caseFields,
  reportedOn: caseFields.reportedOn.optional(),
  source: caseFields.source.optional(),
  /** The version the change was made on; a newer one in the database answers 409. */
  version: z.number().int().min(1),
});
export type CaseUpdate = z.infer<typeof CaseUpdate>;

export const CaseQuery = PageQuery.extend({
  status: PicklistCode.optional(),
  source: PicklistCode.optional(),
  /** Year of the report date. */
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  /** The region and every region under it. */
  regionCode: RegionCode.optional(),
  verification: z.enum(VERIFICATION_STATES).optional(),
  hasMinor: z.enum(['true', 'false']).optional(),
  institutionId: z.uuid().optional(),
});
export type CaseQuery = z.infer<typeof CaseQuery>;

/** A list row: never a name. Search by name or NIK goes through blind indexes. */
export const CaseSummary = z.object({
  id: z.uuid(),
  caseNumber: z.string(),
  reportedOn: z.string(),
  source: CodeView,
  status: CodeView,
  exploitationTypes: z.array(CodeView),
  modus: z.array(CodeView),
  verificationState: z.enum(VERIFICATION_STATES),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  institution: Ref,
  victimCount: z.number().int(),
  /** A victim under 18 is in the case: handle with extra caution. */
  hasMinor: z.boolean(),
  access: z.enum(CASE_ACCESS_KINDS),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

export const CaseEventView = z.object({
  id: z.uuid(),
  seq: z.number().int(),
  eventType: CodeView,
  occurredOn: z.string().nullable(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  countryCode: z.string().nullable(),
  countryName: BilingualView.nullable(),
  placeNote: z.string().nullable(),
});
export type CaseEventView = z.infer<typeof CaseEventView>;

export const CaseDetail = CaseSummary.extend({
  serviceUnit: Ref.nullable(),
  closureReason: z.string().nullable(),
  meansOfControl: z.array(CodeView),
  /** Opened with the identifying fields (it may name people); null in the masked view. */
  summary: z.string().nullable(),
  hasSummary: z.boolean(),
  /** open: identifying fields shown (and the read audited); masked: none shown. */
  identity: z.enum(['open', 'masked']),
  verification: VerificationView,
  version: z.number().int(),
  /** The break-the-glass grant this user reads the case through, if any. */
  grantExpiresAt: z.string().nullable(),
  events: z.array(CaseEventView),
  people: z.array(PersonView),
  legalSteps: z.array(LegalStepView),
  services: z.array(ServiceView),
  referrals: z.array(ReferralView),
});
export type CaseDetail = z.infer<typeof CaseDetail>;

export const CaseDetailQuery = z.object({
  /** masked: no identifying field is opened and no read is audited. */
  identity: z.enum(['open', 'masked']).default('open'),
});
export type CaseDetailQuery = z.infer<typeof CaseDetailQuery>;

export const BreakGlassRequest = z.strictObject({
  reason: z.string().trim().min(20).max(2000),
});
export type BreakGlassRequest = z.infer<typeof BreakGlassRequest>;

export const BreakGlassGrant = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  expiresAt: z.string(),
  /** How many people of the case's owners were notified. */
  notified: z.number().int(),
});
export type BreakGlassGrant = z.infer<typeof BreakGlassGrant>;
