import type { Role, ScopeLevel } from '@sigap/domain';
import { sql } from 'drizzle-orm';
import { hashPassword } from '../src/features/identity/passwords.js';
import { users } from '../src/features/identity/schema.js';
import { institutionId } from '../src/features/institutions/load-institutions.js';
import { type DbOrTx, queryRows } from '../src/platform/db/client.js';
import type { App } from '../src/platform/http/types.js';
import { listAll } from './support/organisations.js';
import { type Client, signInAs } from './support/session.js';

/**
 * Accounts and records for the case-registry tests. Users are written straight into the table
 * (the demo data officer account comes with the demo seed later); the password is the demo one.
 */
export async function addUser(
  db: DbOrTx,
  u: { email: string; role: Role; scope: ScopeLevel; region: string | null; institution?: string },
): Promise<string> {
  const [row] = await db
    .insert(users)
    .values({
      email: u.email,
      fullName: `Uji ${u.email}`,
      passwordHash: await hashPassword('sigap-demo'),
      role: u.role,
      institutionId: institutionId(u.institution ?? 'KEMENPPPA'),
      scopeLevel: u.scope,
      scopeRegionCode: u.region,
      passwordChangedAt: new Date(),
    })
    .returning({ id: users.id });
  if (!row) throw new Error('user insert returned nothing');
  return row.id;
}

export async function userAs(
  app: App,
  db: DbOrTx,
  u: Parameters<typeof addUser>[1],
): Promise<{ id: string; client: Client }> {
  const id = await addUser(db, u);
  return { id, client: await signInAs(app, u.email) };
}

/** Active service units of a region by kind, as a national user sees them. */
export async function unitOf(admin: Client, region: string, kind = 'uptd_ppa'): Promise<string> {
  const units = await listAll<{ id: string; regionCode: string; kind: string; active: boolean }>(
    admin,
    `/api/service-units?regionCode=${region}`,
  );
  const unit = units.find((u) => u.regionCode === region && u.kind === kind && u.active);
  if (!unit) throw new Error(`no ${kind} in ${region}`);
  return unit.id;
}

/** A victim under 18 on the report date (born 15 years before it). */
export const VICTIM = {
  role: 'victim' as const,
  name: 'Siti Aminah binti Ahmad',
  nik: '5301 0123 4567 8901',
  birthDate: '2009-03-14',
  contact: '+62 812 3456 7890',
  address: 'Jl. Kenanga No. 7, Oelamasi',
  sex: 'female',
  citizenship: 'ID',
  addressRegionCode: '53.01',
  traffickingStatus: 'actual',
};

export function caseBody(unitId: string, extra: Record<string, unknown> = {}) {
  return {
    serviceUnitId: unitId,
    reportedOn: '2024-06-20',
    source: 'case_management',
    exploitationTypes: ['forced_labour'],
    modus: ['pmi_nonprosedural'],
    meansOfControl: ['debt_bondage', 'withholds_documents'],
    summary: 'Siti Aminah direkrut oleh calo di Oelamasi dan dikirim ke Malaysia.',
    events: [
      { eventType: 'recruitment', occurredOn: '2024-01-10', regionCode: '53.01' },
      { eventType: 'transit', occurredOn: '2024-01-15', regionCode: '21.71' },
      { eventType: 'exploitation', occurredOn: '2024-02-01', countryCode: 'MY' },
    ],
    people: [VICTIM],
    ...extra,
  };
}

/** Audit entries of an action (newest last). */
export async function auditOf(db: DbOrTx, action: string) {
  return queryRows<{
    entity_type: string;
    entity_id: string | null;
    actor_email: string;
    after: unknown;
    before: unknown;
  }>(
    db,
    sql`select entity_type, entity_id, actor_email, before, after from audit_log where action = ${action} order by id`,
  );
}

export type Detail = {
  id: string;
  caseNumber: string;
  version: number;
  access: string;
  identity: 'open' | 'masked';
  summary: string | null;
  hasMinor: boolean;
  events: Array<{
    id: string;
    seq: number;
    eventType: { code: string };
    countryCode: string | null;
    regionCode?: string | null;
  }>;
  people: Array<{
    id: string;
    role: string;
    isMinor: boolean | null;
    ageAtIdentification: number | null;
    identity: { name: string | null; nik: string | null; birthDate: string | null } | null;
    identityFields: string[];
    consents: Array<{ id: string; given: boolean }>;
  }>;
  services: Array<{ id: string; serviceType: { code: string }; status: { code: string } }>;
  referrals: Array<{ id: string; status: string; sharesIdentity: boolean }>;
};

export type ErrorBody = {
  error: { code: string; message: string; fields?: Array<{ path: string; message: string }> };
};
