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

/**
 * The blind indexes of one name part, remembered across the people of one batch of work (an
 * import chunk): a few hundred common parts make up most names, and their keyed hashes are most
 * of the cost of sealing a name. Callers keep it short-lived (per chunk), so it never outlives
 * a change of the index key by more than one chunk and holds no one's name for long.
 */
export type NamePartMemo = Map<string, readonly [string, string]>;

function partIndexes(fields: FieldCrypto, part: string, memo: NamePartMemo | undefined) {
  const known = memo?.get(part);
  if (known) return known;
  const pair = [
    fields.blindIndex('name-part', part),
    fields.blindIndex('name-sound', phoneticKey(part)),
  ] as const;
  memo?.set(part, pair);
  return pair;
}

/** The sealed columns and blind indexes of `case_people` for these fields. */
export function sealIdentity(fields: FieldCrypto, id: PersonIdentity, memo?: NamePartMemo) {
  const name = id.name?.trim() || null;
  const parts = name ? nameParts(name) : [];
  const tokens = new Set<string>();
  for (const p of parts) {
    const [part, sound] = partIndexes(fields, p, memo);
    tokens.add(part);
    tokens.add(sound);
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
