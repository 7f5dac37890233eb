import {
  ageOn,
  caseFieldLabel,
  isMinor,
  MAX_AGE,
  type PersonCreate,
  type PersonRole,
  type PersonUpdate,
} from '@sigap/domain';
import type { FieldCrypto } from '../../platform/field-crypto.js';
import { sealIdentity } from './person-crypto.js';
import type { ReferenceChecks } from './reference-checks.js';
import type { casePeople } from './schema.js';

type PersonRow = typeof casePeople.$inferSelect;
type PersonSet = Partial<typeof casePeople.$inferInsert>;

const label = (field: string) => caseFieldLabel('person', field);

/**
 * Registers the person's references with the checks and the problems of role-specific fields:
 * trafficking status and relation to the recruiter belong to victims, roles in the process to
 * perpetrators. `prefix` names the field inside a larger body (`people.2.`).
 */
export function checkPerson(
  checks: ReferenceChecks,
  role: PersonRole,
  input: PersonUpdate,
  prefix = '',
) {
  const p = (f: string) => `${prefix}${f}`;
  checks.code(p('sex'), label('sex'), 'sex', input.sex);
  checks.code(p('disability'), label('disability'), 'disability', input.disability);
  checks.country(p('citizenship'), label('citizenship'), input.citizenship);
  checks.region(p('addressRegionCode'), label('addressRegionCode'), input.addressRegionCode);
  checks.code(
    p('traffickingStatus'),
    label('traffickingStatus'),
    'trafficking_status',
    input.traffickingStatus,
  );
  checks.code(
    p('statusDecidedBy'),
    label('statusDecidedBy'),
    'status_decided_by',
    input.statusDecidedBy,
  );
  checks.code(
    p('recruiterRelation'),
    label('recruiterRelation'),
    'recruiter_relation',
    input.recruiterRelation,
  );
  checks.codes(
    p('perpetratorRoles'),
    label('perpetratorRoles'),
    'perpetrator_role',
    input.perpetratorRoles,
  );
  checks.code(
    p('perpetratorKind'),
    label('perpetratorKind'),
    'perpetrator_kind',
    input.perpetratorKind,
  );
  if (role !== 'victim')
    for (const f of ['traffickingStatus', 'statusDecidedBy', 'recruiterRelation'] as const)
      if (input[f])
        checks.problem(p(f), {
          id: `${label(f).id}: hanya untuk korban`,
          en: `${label(f).en}: only for victims`,
        });
  if (role !== 'perpetrator')
    for (const f of ['perpetratorRoles', 'perpetratorKind'] as const) {
      const v = input[f];
      if (Array.isArray(v) ? v.length > 0 : v)
        checks.problem(p(f), {
          id: `${label(f).id}: hanya untuk pelaku`,
          en: `${label(f).en}: only for perpetrators`,
        });
    }
}

/** Age at identification from a birth date and the report date; a problem when impossible. */
function ageFromBirth(
  checks: ReferenceChecks,
  birthDate: string,
  reportedOn: string,
  path: string,
): number | null {
  const age = ageOn(birthDate, reportedOn);
  if (age === null)
    checks.problem(path, {
      id:
        birthDate > reportedOn
          ? `${label('birthDate').id}: sesudah tanggal laporan kasus`
          : `${label('birthDate').id}: usia lebih dari ${MAX_AGE} tahun`,
      en:
        birthDate > reportedOn
          ? `${label('birthDate').en}: after the date the case was reported`
          : `${label('birthDate').en}: an age over ${MAX_AGE} years`,
    });
  return age;
}

/**
 * The columns of a new person: identifying fields sealed (with their blind indexes), the age
 * at identification from the birth date when known (the report date is the day of
 * identification), else the stated age; `cluster_id` is the record's own id until a merge.
 */
export function newPersonValues(
  fields: FieldCrypto,
  checks: ReferenceChecks,
  id: string,
  caseId: string,
  reportedOn: string,
  input: PersonCreate,
  prefix = '',
) {
  checkPerson(checks, input.role, input, prefix);
  const birthDate = input.birthDate ?? null;
  const age = birthDate
    ? ageFromBirth(checks, birthDate, reportedOn, `${prefix}birthDate`)
    : (input.statedAge ?? null);
  return {
    id,
    caseId,
    role: input.role,
    clusterId: id,
    ...sealIdentity(fields, {
      name: input.name ?? null,
      nik: input.nik ?? null,
      passport: input.passport ?? null,
      contact: input.contact ?? null,
      address: input.address ?? null,
      birthDate,
    }),
    birthYear: birthDate ? Number(birthDate.slice(0, 4)) : null,
    ageAtIdentification: age,
    isMinor: age === null ? null : isMinor(age),
    sex: input.sex ?? null,
    citizenship: input.citizenship ?? null,
    disability: input.disability ?? null,
    addressRegionCode: input.addressRegionCode ?? null,
    traffickingStatus: input.traffickingStatus ?? null,
    statusDecidedBy: input.statusDecidedBy ?? null,
    recruiterRelation: input.recruiterRelation ?? null,
    perpetratorRoles: input.perpetratorRoles ?? [],
    perpetratorKind: input.perpetratorKind ?? null,
  };
}

/**
 * The columns an update changes. Only the identifying fields sent are resealed (the others stay
 * sealed as they are, unopened). A known birth date decides the age; a stated age counts only
 * while no birth date is recorded.
 */
export function changedPersonValues(
  fields: FieldCrypto,
  checks: ReferenceChecks,
  before: PersonRow,
  reportedOn: string,
  input: PersonUpdate,
): PersonSet {
  checkPerson(checks, before.role as PersonRole, input);
  const sealed = sealIdentity(fields, {
    name: input.name ?? null,
    nik: input.nik ?? null,
    passport: input.passport ?? null,
    contact: input.contact ?? null,
    address: input.address ?? null,
    birthDate: input.birthDate ?? null,
  });
  const set: PersonSet = { updatedAt: new Date() };
  if (input.name !== undefined)
    Object.assign(set, {
      nameEnc: sealed.nameEnc,
      nameBidx: sealed.nameBidx,
      nameTokenBidx: sealed.nameTokenBidx,
    });
  if (input.nik !== undefined)
    Object.assign(set, { nikEnc: sealed.nikEnc, nikBidx: sealed.nikBidx });
  if (input.passport !== undefined)
    Object.assign(set, { passportEnc: sealed.passportEnc, passportBidx: sealed.passportBidx });
  if (input.contact !== undefined) set.contactEnc = sealed.contactEnc;
  if (input.address !== undefined) set.addressEnc = sealed.addressEnc;
  if (input.birthDate !== undefined) {
    Object.assign(set, {
      birthDateEnc: sealed.birthDateEnc,
      birthDateBidx: sealed.birthDateBidx,
      birthYear: input.birthDate ? Number(input.birthDate.slice(0, 4)) : null,
    });
    const age = input.birthDate
      ? ageFromBirth(checks, input.birthDate, reportedOn, 'birthDate')
      : (input.statedAge ?? null);
    set.ageAtIdentification = age;
    set.isMinor = age === null ? null : isMinor(age);
  } else if (input.statedAge !== undefined && before.birthDateEnc === null) {
    set.ageAtIdentification = input.statedAge;
    set.isMinor = input.statedAge === null ? null : isMinor(input.statedAge);
  }
  for (const f of [
    'sex',
    'citizenship',
    'disability',
    'addressRegionCode',
    'traffickingStatus',
    'statusDecidedBy',
    'recruiterRelation',
    'perpetratorKind',
  ] as const)
    if (input[f] !== undefined) set[f] = input[f];
  if (input.perpetratorRoles !== undefined) set.perpetratorRoles = input.perpetratorRoles;
  return set;
}
