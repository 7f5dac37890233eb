import { type InstitutionCreate, mayManageAt } from '@sigap/domain';
import { eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { AuthContext } from '../../platform/http/types.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { regions } from '../regions/schema.js';
import { isUniqueViolation } from '../shared/db-errors.js';
import { conflictOn, fieldError, REGION_NOT_FOUND } from '../shared/field-error.js';
import { getInstitution } from './get-institution.js';
import { outsideScope } from './institution-access.js';
import { institutionNames, institutions } from './schema.js';

const CODE_TAKEN = { id: 'Kode sudah dipakai instansi lain', en: 'Code already in use' };

/** Registers an institution with its first name; regional users only for their own region. */
export async function createInstitution(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  input: InstitutionCreate,
) {
  if (!mayManageAt(auth.scope, input.regionCode)) throw outsideScope();
  const db = ctx.database.db;
  if (input.regionCode) {
    const [region] = await db.select().from(regions).where(eq(regions.code, input.regionCode));
    if (!region) throw fieldError('regionCode', REGION_NOT_FOUND);
  }
  const [taken] = await db
    .select({ id: institutions.id })
    .from(institutions)
    .where(eq(institutions.code, input.code));
  if (taken) throw conflictOn('code', CODE_TAKEN);
  let id: string;
  try {
    id = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(institutions)
        .values({ code: input.code, kind: input.kind, regionCode: input.regionCode })
        .returning();
      if (!row) throw new Error('insert returned nothing');
      const [name] = await tx
        .insert(institutionNames)
        .values({
          institutionId: row.id,
          name: input.name,
          abbreviation: input.abbreviation,
          validFrom: input.validFrom,
          legalBasis: input.legalBasis,
        })
        .returning();
      await recordAudit(tx, actor, {
        action: 'institution.created',
        entityType: 'institution',
        entityId: row.id,
        after: { ...row, name },
      });
      return row.id;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflictOn('code', CODE_TAKEN);
    throw err;
  }
  return getInstitution(db, auth.scope, id);
}
