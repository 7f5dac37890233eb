import type { UserView } from '@sigap/domain';
import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { prepared } from '../../platform/db/prepared.js';
import { currentInstitutionName } from '../institutions/current-name.js';
import { institutions } from '../institutions/schema.js';
import { users } from './schema.js';

/** The columns a UserView needs; presenters are the only place rows become JSON. */
export const userViewColumns = {
  id: users.id,
  email: users.email,
  fullName: users.fullName,
  role: users.role,
  institutionId: users.institutionId,
  institutionCode: institutions.code,
  institutionName: currentInstitutionName(users.institutionId),
  scopeLevel: users.scopeLevel,
  scopeRegionCode: users.scopeRegionCode,
  scopeRegionName: sql<
    string | null
  >`(select r.name from regions r where r.code = ${users.scopeRegionCode})`,
  active: users.active,
  totpEnabled: users.totpEnabled,
  lockedUntil: users.lockedUntil,
  mustChangePassword: users.mustChangePassword,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
};

type UserViewRow = Awaited<ReturnType<typeof selectUsers>>[number];

export function presentUser(row: UserViewRow): UserView {
  return {
    id: row.id,
    email: row.email,
    fullName: row.fullName,
    role: row.role,
    institution: { id: row.institutionId, code: row.institutionCode, name: row.institutionName },
    scope: {
      level: row.scopeLevel,
      regionCode: row.scopeRegionCode,
      regionName: row.scopeRegionName,
    },
    active: row.active,
    totpEnabled: row.totpEnabled,
    lockedUntil:
      row.lockedUntil && row.lockedUntil > new Date() ? row.lockedUntil.toISOString() : null,
    mustChangePassword: row.mustChangePassword,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export function selectUsers(db: DbOrTx) {
  return db
    .select(userViewColumns)
    .from(users)
    .innerJoin(institutions, eq(institutions.id, users.institutionId));
}

export async function findUserView(db: DbOrTx, id: string): Promise<UserView | null> {
  const query = prepared(db, 'find_user_view', (d) =>
    selectUsers(d)
      .where(eq(users.id, sql.placeholder('id')))
      .limit(1)
      .prepare('find_user_view'),
  );
  const [row] = await query.execute({ id });
  return row ? presentUser(row) : null;
}
