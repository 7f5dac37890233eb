import type { InstitutionDetail, Scope } from '@sigap/domain';
import { and, asc, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { visibleInScope } from '../../platform/db/scope-sql.js';
import { AppError } from '../../platform/http/errors.js';
import { INSTITUTION_NOT_FOUND } from '../shared/field-error.js';
import { taskForceMemberships, taskForces } from '../task-forces/schema.js';
import { currentInstitutionName } from './current-name.js';
import { presentInstitution, selectInstitutions } from './presenters.js';
import { institutionNames, institutions } from './schema.js';

/**
 * One institution with its name history, successor, predecessors and task-force seats. Seats are
 * limited to task forces the reader may see: the institution is public, another district's task
 * force is not.
 */
export async function findInstitutionDetail(
  db: DbOrTx,
  scope: Scope,
  id: string,
): Promise<InstitutionDetail | null> {
  const [row] = await selectInstitutions(db).where(eq(institutions.id, id));
  if (!row) return null;
  const [names, predecessors, memberships] = await Promise.all([
    db
      .select({
        id: institutionNames.id,
        name: institutionNames.name,
        abbreviation: institutionNames.abbreviation,
        validFrom: institutionNames.validFrom,
        validTo: institutionNames.validTo,
        legalBasis: institutionNames.legalBasis,
      })
      .from(institutionNames)
      .where(eq(institutionNames.institutionId, id))
      .orderBy(asc(institutionNames.validFrom)),
    db
      .select({ id: institutions.id, name: currentInstitutionName(institutions.id) })
      .from(institutions)
      .where(eq(institutions.successorId, id))
      .orderBy(asc(institutions.code)),
    db
      .select({
        id: taskForceMemberships.id,
        taskForceId: taskForces.id,
        taskForceName: taskForces.name,
        role: taskForceMemberships.role,
        validFrom: taskForceMemberships.validFrom,
        validTo: taskForceMemberships.validTo,
        legalBasis: taskForceMemberships.legalBasis,
      })
      .from(taskForceMemberships)
      .innerJoin(taskForces, eq(taskForces.id, taskForceMemberships.taskForceId))
      .where(
        and(
          eq(taskForceMemberships.institutionId, id),
          visibleInScope(taskForces.regionCode, scope),
        ),
      )
      .orderBy(desc(taskForceMemberships.validFrom), asc(taskForces.name)),
  ]);
  return { ...presentInstitution(row), names, predecessors, memberships };
}

/** Institutions are reference data: every signed-in user may read any of them. */
export async function getInstitution(db: DbOrTx, scope: Scope, id: string) {
  const detail = await findInstitutionDetail(db, scope, id);
  if (!detail) throw new AppError('NOT_FOUND', INSTITUTION_NOT_FOUND);
  return detail;
}
