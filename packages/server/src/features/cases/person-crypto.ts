import { nameParts, normaliseDocumentNumber, normaliseName, phoneticKey } from '@sigap/domain';
import type { FieldCrypto } from '../../platform/field-crypto.js';

/** A person's identifying fields in clear: only ever in memory, never in the database. */
export type PersonIdentity = {
  name: string | null;
  nik: string | null;
  passport: string | null;
  contact: string | null;
  address: string | null;
  /** ISO `YYYY-MM-DD`. */
  birthDate: string | null;
};

export const IDENTITY_FIELDS = [
  'name',
  'nik',
  'passport',
  'contact',
  'address',
  'birthDate',
] as const;
export type IdentityField = (typeof IDENTITY_FIELDS)[number];

/** The sealed columns and blind indexes of `case_people` for these fields. */
export function sealIdentity(fields: FieldCrypto, id: PersonIdentity) {
  const name = id.name?.trim() || null;
  const parts = name ? nameParts(name) : [];
  const tokens = new Set<string>();
  for (const p of parts) {
    tokens.add(fields.blindIndex('name-part', p));
    tokens.add(fields.blindIndex('name-sound', phoneticKey(p)));
  }
  const nik = id.nik ? normaliseDocumentNumber(id.nik) : '';
  const passport = id.passport ? normaliseDocumentNumber(id.passport) : '';
  return {
    nameEnc: fields.sealOrNull(name),
    nikEnc: fields.sealOrNull(nik || null),
    passportEnc: fields.sealOrNull(passport || null),
    contactEnc: fields.sealOrNull(id.contact?.trim() || null),
    addressEnc: fields.sealOrNull(id.address?.trim() || null),
    birthDateEnc: fields.sealOrNull(id.birthDate),
    nameBidx: parts.length ? fields.blindIndex('name', normaliseName(name as string)) : null,
    nameTokenBidx: [...tokens],
    nikBidx: nik ? fields.blindIndex('nik', nik) : null,
    passportBidx: passport ? fields.blindIndex('passport', passport) : null,
    birthDateBidx: id.birthDate ? fields.blindIndex('birth-date', id.birthDate) : null,
  };
}

export type SealedIdentity = ReturnType<typeof sealIdentity>;

/** Opens what `sealIdentity` sealed. Callers audit the read (cases/identity-reads.ts). */
export function openIdentity(
  fields: FieldCrypto,
  row: Pick<
    SealedIdentity,
    'nameEnc' | 'nikEnc' | 'passportEnc' | 'contactEnc' | 'addressEnc' | 'birthDateEnc'
  >,
): PersonIdentity {
  return {
    name: fields.openOrNull(row.nameEnc),
    nik: fields.openOrNull(row.nikEnc),
    passport: fields.openOrNull(row.passportEnc),
    contact: fields.openOrNull(row.contactEnc),
    address: fields.openOrNull(row.addressEnc),
    birthDate: fields.openOrNull(row.birthDateEnc),
  };
}

/** Blind-index search terms for a query typed by a user: whole name, or one name part, or a document number. */
export function searchIndexes(fields: FieldCrypto, query: string) {
  const parts = nameParts(query);
  const doc = normaliseDocumentNumber(query);
  return {
    name: parts.length ? fields.blindIndex('name', normaliseName(query)) : null,
    parts: parts.map((p) => fields.blindIndex('name-part', p)),
    nik: doc ? fields.blindIndex('nik', doc) : null,
    passport: doc ? fields.blindIndex('passport', doc) : null,
  };
}
