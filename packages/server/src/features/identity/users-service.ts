import {
  makeScope,
  type Scope,
  scopeWithin,
  type UserCreate,
  type UserUpdate,
} from '@sigap/domain';
import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { institutions } from '../institutions/schema.js';
import { regions } from '../regions/schema.js';
import { hashPassword } from './passwords.js';
import { findUserView } from './presenters.js';
import { users } from './schema.js';

const outOfScope = () =>
  new AppError('FORBIDDEN', {
    id: 'Pengguna ini di luar cakupan wilayah Anda',
    en: 'This user is outside your scope',
  });

/** Loads a user the actor may manage, or refuses (404 when it does not exist at all). */
export async function getManagedUser(ctx: AppContext, auth: AuthContext, id: string) {
  const [row] = await ctx.database.db.select().from(users).where(eq(users.id, id)).limit(1);
  if (!row) throw new AppError('NOT_FOUND');
  if (!scopeWithin(makeScope(row.scopeLevel, row.scopeRegionCode), auth.scope)) throw outOfScope();
  return row;
}

async function checkReferences(db: DbOrTx, institutionId: string | undefined, scope: Scope | null) {
  if (institutionId) {
    const [inst] = await db
      .select({ id: institutions.id })
      .from(institutions)
      .where(eq(institutions.id, institutionId));
    if (!inst)
      throw new AppError('VALIDATION_FAILED', undefined, [
        {
          path: 'institutionId',
          message: { id: 'Instansi tidak ditemukan', en: 'Institution not found' },
        },
      ]);
  }
  if (scope?.regionCode) {
    const [region] = await db
      .select({ code: regions.code })
      .from(regions)
      .where(eq(regions.code, scope.regionCode));
    if (!region)
      throw new AppError('VALIDATION_FAILED', undefined, [
        {
          path: 'scopeRegionCode',
          message: { id: 'Wilayah tidak ditemukan', en: 'Region not found' },
        },
      ]);
  }
}

async function emailTaken(db: DbOrTx, email: string): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  return Boolean(row);
}

const EMAIL_TAKEN = [
  {
    path: 'email',
    message: { id: 'E-mail sudah dipakai pengguna lain', en: 'E-mail already in use' },
  },
];

export async function createUser(
  ctx: AppContext,
  auth: AuthContext | null,
  actor: Actor,
  input: UserCreate,
) {
  const scope = makeScope(input.scopeLevel, input.scopeRegionCode);
  if (auth && !scopeWithin(scope, auth.scope)) throw outOfScope();
  const db = ctx.database.db;
  await checkReferences(db, input.institutionId, scope);
  if (await emailTaken(db, input.email)) throw new AppError('CONFLICT', undefined, EMAIL_TAKEN);
  const passwordHash = await hashPassword(input.password);
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({
        email: input.email,
        fullName: input.fullName,
        passwordHash,
        role: input.role,
        institutionId: input.institutionId,
        scopeLevel: input.scopeLevel,
        scopeRegionCode: scope.regionCode,
        mustChangePassword: input.mustChangePassword,
        passwordChangedAt: new Date(),
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, actor, {
      action: 'user.created',
      entityType: 'user',
      entityId: row.id,
      after: row,
    });
    return row.id;
  });
  const view = await findUserView(db, id);
  if (!view) throw new Error('created user vanished');
  return view;
}

export async function updateUser(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  id: string,
  input: UserUpdate,
) {
  const before = await getManagedUser(ctx, auth, id);
  if (
    id === auth.userId &&
    (input.role !== undefined || input.active === false || input.scopeLevel !== undefined)
  )
    throw new AppError('FORBIDDEN', {
      id: 'Anda tidak dapat mengubah peran, cakupan atau status akun Anda sendiri',
      en: 'You cannot change your own role, scope or active status',
    });
  const scopeLevel = input.scopeLevel ?? before.scopeLevel;
  const regionCode =
    input.scopeLevel !== undefined ? (input.scopeRegionCode ?? null) : before.scopeRegionCode;
  const scope = makeScope(scopeLevel, regionCode);
  if (!scopeWithin(scope, auth.scope)) throw outOfScope();
  const db = ctx.database.db;
  await checkReferences(db, input.institutionId, input.scopeLevel !== undefined ? scope : null);
  await db.transaction(async (tx) => {
    const [after] = await tx
      .update(users)
      .set({
        ...(input.fullName !== undefined ? { fullName: input.fullName } : {}),
        ...(input.role !== undefined ? { role: input.role } : {}),
        ...(input.institutionId !== undefined ? { institutionId: input.institutionId } : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
        scopeLevel,
        scopeRegionCode: scope.regionCode,
        updatedAt: new Date(),
      })
      .where(eq(users.id, id))
      .returning();
    await recordAudit(tx, actor, {
      action: 'user.updated',
      entityType: 'user',
      entityId: id,
      before,
      after,
    });
  });
  const view = await findUserView(db, id);
  if (!view) throw new AppError('NOT_FOUND');
  return view;
}
