import type { DbOrTx } from '../../platform/db/client.js';
import type { FieldCrypto } from '../../platform/field-crypto.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import {
  IDENTITY_FIELDS,
  type IdentityField,
  openIdentity,
  type PersonIdentity,
  type SealedIdentity,
} from './person-crypto.js';

/** A person row with its sealed identifying columns (any select of case_people that has them). */
export type SealedPerson = { id: string; caseId: string } & Pick<
  SealedIdentity,
  'nameEnc' | 'nikEnc' | 'passportEnc' | 'contactEnc' | 'addressEnc' | 'birthDateEnc'
>;

export type IdentityRead = {
  /** The people whose identifying fields are opened. */
  people: readonly SealedPerson[];
  /** A case summary opened with them (it may name people), keyed by case id. */
  summaries?: ReadonlyArray<{ caseId: string; summaryEnc: string | null }>;
  /** Why: case detail, duplicate review, export … (kept in the audit entry). */
  purpose: string;
  /** How the reader reaches the records: owner, referral, grant, verifier … */
  access: string;
  /**
   * The record the entry is filed under when the read is about something other than a case
   * (a duplicate pair under review); by default the one case read, or none for several.
   */
  entity?: { type: string; id: string };
};

export type OpenedIdentities = {
  people: Map<string, PersonIdentity>;
  summaries: Map<string, string>;
};

/**
 * Opens victims' identifying fields for display and audits the read in the same request: who
 * (the actor), when (the entry's time), which people and which fields held a value. The audit
 * entry is written before anything is returned, so a read that cannot be audited fails instead
 * of leaking. Nothing identifying enters the entry itself, only field names and ids. Every
 * feature that shows identifying data in clear (case detail, duplicate review, exports) reads
 * it through this function.
 */
export async function readIdentities(
  db: DbOrTx,
  fields: FieldCrypto,
  actor: Actor,
  read: IdentityRead,
): Promise<OpenedIdentities> {
  const people = new Map<string, PersonIdentity>();
  const summaries = new Map<string, string>();
  const entries: Array<{ personId: string; caseId: string; fields: IdentityField[] }> = [];
  for (const p of read.people) {
    const identity = openIdentity(fields, p);
    people.set(p.id, identity);
    const present = IDENTITY_FIELDS.filter((f) => identity[f] !== null);
    if (present.length > 0) entries.push({ personId: p.id, caseId: p.caseId, fields: present });
  }
  for (const s of read.summaries ?? []) {
    const text = fields.openOrNull(s.summaryEnc);
    if (text !== null) summaries.set(s.caseId, text);
  }
  if (entries.length === 0 && summaries.size === 0) return { people, summaries };
  const caseIds = [...new Set([...entries.map((e) => e.caseId), ...summaries.keys()])];
  const single = caseIds.length === 1 ? caseIds[0] : undefined;
  await recordAudit(db, actor, {
    action: 'case.identity.read',
    entityType: read.entity?.type ?? (single ? 'case' : 'case_person'),
    entityId: read.entity?.id ?? single ?? null,
    after: {
      purpose: read.purpose,
      access: read.access,
      personIds: entries.map((e) => e.personId),
      people: entries,
      summaryOf: [...summaries.keys()],
    },
  });
  return { people, summaries };
}

/** Which identifying fields hold a value, without opening any (for masked views). */
export function sealedFieldsPresent(p: Omit<SealedPerson, 'id' | 'caseId'>): IdentityField[] {
  const sealed: Record<IdentityField, string | null> = {
    name: p.nameEnc,
    nik: p.nikEnc,
    passport: p.passportEnc,
    contact: p.contactEnc,
    address: p.addressEnc,
    birthDate: p.birthDateEnc,
  };
  return IDENTITY_FIELDS.filter((f) => sealed[f] !== null);
}
