import type { CaseDetail, CaseEventView, PersonRole, PersonView } from '@sigap/domain';
import { orNull } from '../../shared/form-parts.js';
import { numberOrNull } from './form-binding.js';

/** Form values of a case's own fields (strings from inputs, lists of picklist codes). */
export type CaseValues = {
  institutionId: string;
  serviceUnitId: string;
  regionCode: string | null;
  reportedOn: string;
  source: string;
  status: string;
  closureReason: string;
  exploitationTypes: string[];
  modus: string[];
  meansOfControl: string[];
  summary: string;
};

export function caseValues(c?: CaseDetail): CaseValues {
  return {
    institutionId: c?.institution.id ?? '',
    serviceUnitId: c?.serviceUnit?.id ?? '',
    regionCode: c?.regionCode ?? null,
    reportedOn: c?.reportedOn ?? '',
    source: c?.source.code ?? '',
    status: c?.status.code ?? 'active',
    closureReason: c?.closureReason ?? '',
    exploitationTypes: c?.exploitationTypes.map((x) => x.code) ?? [],
    modus: c?.modus.map((x) => x.code) ?? [],
    meansOfControl: c?.meansOfControl.map((x) => x.code) ?? [],
    summary: c?.summary ?? '',
  };
}

export const CLOSED_STATUSES = ['closed', 'closed_referred'];

/** The case fields as CaseCreate / CaseUpdate take them; an empty institution is "mine". */
export function caseInput(v: CaseValues) {
  return {
    ...(v.institutionId ? { institutionId: v.institutionId } : {}),
    serviceUnitId: v.serviceUnitId || null,
    ...(v.serviceUnitId ? {} : { regionCode: v.regionCode }),
    reportedOn: v.reportedOn,
    source: v.source === '' ? undefined : v.source,
    status: v.status === '' ? undefined : v.status,
    closureReason: CLOSED_STATUSES.includes(v.status) ? orNull(v.closureReason) : null,
    exploitationTypes: v.exploitationTypes,
    modus: v.modus,
    meansOfControl: v.meansOfControl,
  };
}

export type EventValues = {
  eventType: string;
  occurredOn: string;
  /** ISO alpha-2; `ID` shows the Indonesian region picker. */
  countryCode: string;
  regionCode: string | null;
  placeNote: string;
};

export function eventValues(e?: CaseEventView, eventType = ''): EventValues {
  return {
    eventType: e?.eventType.code ?? eventType,
    occurredOn: e?.occurredOn ?? '',
    countryCode: e?.countryCode ?? (e?.regionCode ? 'ID' : e ? '' : 'ID'),
    regionCode: e?.regionCode ?? null,
    placeNote: e?.placeNote ?? '',
  };
}

export function eventInput(v: EventValues) {
  const home = v.countryCode === 'ID';
  return {
    eventType: v.eventType,
    occurredOn: v.occurredOn || null,
    regionCode: home ? v.regionCode : null,
    countryCode: v.countryCode || null,
    placeNote: orNull(v.placeNote),
  };
}

export const IDENTITY_KEYS = [
  'name',
  'nik',
  'passport',
  'contact',
  'address',
  'birthDate',
] as const;
type IdentityKey = (typeof IDENTITY_KEYS)[number];

export type PersonValues = Record<IdentityKey, string> & {
  statedAge: number | string;
  sex: string;
  citizenship: string;
  disability: string;
  addressRegionCode: string | null;
  traffickingStatus: string;
  statusDecidedBy: string;
  recruiterRelation: string;
  perpetratorRoles: string[];
  perpetratorKind: string;
};

/** A person's values; identifying ones only when the case was opened with them (else empty). */
export function personValues(p?: PersonView): PersonValues {
  const id = p?.identity;
  return {
    name: id?.name ?? '',
    nik: id?.nik ?? '',
    passport: id?.passport ?? '',
    contact: id?.contact ?? '',
    address: id?.address ?? '',
    birthDate: id?.birthDate ?? '',
    statedAge: p?.ageSource === 'stated' ? (p.ageAtIdentification ?? '') : '',
    sex: p?.sex?.code ?? '',
    citizenship: p?.citizenship ?? (p ? '' : 'ID'),
    disability: p?.disability?.code ?? '',
    addressRegionCode: p?.addressRegionCode ?? null,
    traffickingStatus: p?.traffickingStatus?.code ?? '',
    statusDecidedBy: p?.statusDecidedBy?.code ?? '',
    recruiterRelation: p?.recruiterRelation?.code ?? '',
    perpetratorRoles: p?.perpetratorRoles.map((r) => r.code) ?? [],
    perpetratorKind: p?.perpetratorKind?.code ?? '',
  };
}

/** The fields a role carries (victim-only and perpetrator-only ones are left out otherwise). */
function roleFields(v: PersonValues, role: PersonRole) {
  return {
    statedAge: v.birthDate ? null : numberOrNull(v.statedAge),
    sex: v.sex || null,
    citizenship: v.citizenship || null,
    disability: v.disability || null,
    addressRegionCode: v.addressRegionCode,
    ...(role === 'victim'
      ? {
          traffickingStatus: v.traffickingStatus || null,
          statusDecidedBy: v.statusDecidedBy || null,
          recruiterRelation: v.recruiterRelation || null,
        }
      : {}),
    ...(role === 'perpetrator'
      ? { perpetratorRoles: v.perpetratorRoles, perpetratorKind: v.perpetratorKind || null }
      : {}),
  };
}

export function personCreateInput(v: PersonValues, role: PersonRole) {
  return {
    role,
    ...Object.fromEntries(IDENTITY_KEYS.map((k) => [k, orNull(v[k])])),
    ...roleFields(v, role),
  };
}

/**
 * An update sends an identifying field only when it was changed: fields the user did not open
 * stay sealed as they are on the server (an empty input there means "not shown", not "erase").
 */
export function personUpdateInput(v: PersonValues, initial: PersonValues, role: PersonRole) {
  const changed = IDENTITY_KEYS.filter((k) => v[k].trim() !== initial[k].trim());
  return {
    ...Object.fromEntries(changed.map((k) => [k, orNull(v[k])])),
    ...roleFields(v, role),
  };
}
