import { z } from 'zod';
import { RegionCode } from '../regions/schemas.js';
import { MAX_AGE } from './age.js';
import { CodeList, CodeView, CountryCode, PastDate, PicklistCode } from './case-fields.js';
import { normaliseDocumentNumber } from './names.js';
import { PERSON_ROLES, VERIFICATION_STATES } from './picklists.js';

/**
 * A person in a case: victim, perpetrator or witness. Identifying fields (name, NIK, passport,
 * contact, address, birth date) arrive in clear over TLS and are sealed by the server before
 * they reach the database; views show them only to users in scope, and every such read is
 * audited. Quasi-identifiers (sex, age, citizenship, region of address) stay in clear for
 * statistics.
 */
const Nik = z
  .string()
  .trim()
  .max(40)
  .refine((v) => /^\d{16}$/.test(normaliseDocumentNumber(v)), { message: 'nik_format' });

const Passport = z
  .string()
  .trim()
  .max(40)
  .refine((v) => /^[0-9A-Z]{5,20}$/.test(normaliseDocumentNumber(v)), {
    message: 'passport_format',
  });

const identityFields = {
  name: z.string().trim().min(1).max(300).nullable().optional(),
  nik: Nik.nullable().optional(),
  passport: Passport.nullable().optional(),
  contact: z.string().trim().max(300).nullable().optional(),
  address: z.string().trim().max(1000).nullable().optional(),
  birthDate: PastDate.nullable().optional(),
};

const personFields = {
  ...identityFields,
  /** Age the person stated at identification; ignored when a birth date is known. */
  statedAge: z.number().int().min(0).max(MAX_AGE).nullable().optional(),
  sex: PicklistCode.nullable().optional(),
  /** ISO 3166-1 alpha-2. */
  citizenship: CountryCode.nullable().optional(),
  disability: PicklistCode.nullable().optional(),
  /** Kabupaten/kota (or province, or desa) of the home address; the exact address is sealed. */
  addressRegionCode: RegionCode.nullable().optional(),
  // victims
  traffickingStatus: PicklistCode.nullable().optional(),
  statusDecidedBy: PicklistCode.nullable().optional(),
  recruiterRelation: PicklistCode.nullable().optional(),
  // perpetrators
  perpetratorRoles: CodeList.optional(),
  perpetratorKind: PicklistCode.nullable().optional(),
};

export const PersonCreate = z.strictObject({ role: z.enum(PERSON_ROLES), ...personFields });
export type PersonCreate = z.infer<typeof PersonCreate>;

export const PersonUpdate = z.strictObject(personFields);
export type PersonUpdate = z.infer<typeof PersonUpdate>;

/** The identifying fields, opened: present only for users allowed to read them (audited). */
export const PersonIdentityView = z.object({
  name: z.string().nullable(),
  nik: z.string().nullable(),
  passport: z.string().nullable(),
  contact: z.string().nullable(),
  address: z.string().nullable(),
  birthDate: z.string().nullable(),
});

export const IDENTITY_FIELD_NAMES = [
  'name',
  'nik',
  'passport',
  'contact',
  'address',
  'birthDate',
] as const;

export const ConsentView = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  kind: CodeView,
  given: z.boolean(),
  recordedOn: z.string(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type ConsentView = z.infer<typeof ConsentView>;

export const VerificationView = z.object({
  state: z.enum(VERIFICATION_STATES),
  reason: z.string().nullable(),
  by: z.uuid().nullable(),
  at: z.string().nullable(),
});

export const PersonView = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  role: z.enum(PERSON_ROLES),
  clusterId: z.uuid(),
  /** null in the masked view: then `identityFields` says which fields hold a value. */
  identity: PersonIdentityView.nullable(),
  identityFields: z.array(z.enum(IDENTITY_FIELD_NAMES)),
  ageAtIdentification: z.number().int().nullable(),
  /** Whether the age comes from a birth date (exact) or from what the person stated. */
  ageSource: z.enum(['birth_date', 'stated']).nullable(),
  /** Anak (under 18): the UI shows a caution and handles the record with extra care. */
  isMinor: z.boolean().nullable(),
  sex: CodeView.nullable(),
  citizenship: z.string().nullable(),
  disability: CodeView.nullable(),
  addressRegionCode: z.string().nullable(),
  addressRegionName: z.string().nullable(),
  traffickingStatus: CodeView.nullable(),
  statusDecidedBy: CodeView.nullable(),
  recruiterRelation: CodeView.nullable(),
  perpetratorRoles: z.array(CodeView),
  perpetratorKind: CodeView.nullable(),
  verification: VerificationView,
  consents: z.array(ConsentView),
});
export type PersonView = z.infer<typeof PersonView>;

const consentFields = {
  kind: PicklistCode,
  given: z.boolean(),
  recordedOn: PastDate,
  note: z.string().trim().max(1000).nullable().optional(),
};

export const ConsentCreate = z.strictObject({ personId: z.uuid(), ...consentFields });
export type ConsentCreate = z.infer<typeof ConsentCreate>;

export const ConsentUpdate = z.strictObject({
  kind: consentFields.kind.optional(),
  given: consentFields.given.optional(),
  recordedOn: consentFields.recordedOn.optional(),
  note: consentFields.note,
});
export type ConsentUpdate = z.infer<typeof ConsentUpdate>;

/** Verification by the PIC data: rejecting needs a reason (the checker's refusal names it). */
export const VerificationRequest = z
  .strictObject({
    state: z.enum(VERIFICATION_STATES),
    reason: z.string().trim().max(1000).nullable().optional(),
  })
  .refine((v) => v.state !== 'rejected' || Boolean(v.reason), {
    message: 'rejection_reason_required',
    path: ['reason'],
  });
export type VerificationRequest = z.infer<typeof VerificationRequest>;
