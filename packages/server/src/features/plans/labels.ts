import type { PlanDocument } from '@sigap/domain';
import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { currentInstitutionName } from '../institutions/current-name.js';
import { institutions } from '../institutions/schema.js';
import type { StoredMatrix } from './load-matrix.js';
import { planActivities } from './schema.js';

/**
 * Codes and names of what a matrix points to (institutions, RAN activities), loaded in two
 * queries for a whole plan rather than per row. An id without a row prints as itself.
 */
export type MatrixLabels = {
  institution: (id: string) => string;
  institutionRef: (id: string) => { id: string; code: string; name: string };
  ranActivity: (id: string) => string;
  ranActivityRef: (
    id: string,
  ) => { id: string; planId: string; code: string; title: string } | null;
};

export function referencedIds(docs: PlanDocument[], matrices: StoredMatrix[] = []) {
  const inst = new Set<string>();
  const ran = new Set<string>();
  const add = (a: {
    responsibleInstitutionId: string;
    relatedInstitutionIds: string[];
    ranActivityId: string | null;
  }) => {
    inst.add(a.responsibleInstitutionId);
    for (const id of a.relatedInstitutionIds) inst.add(id);
    if (a.ranActivityId) ran.add(a.ranActivityId);
  };
  for (const d of docs) for (const p of d.programs) for (const a of p.activities) add(a);
  for (const m of matrices) for (const a of m.activities) add(a);
  return { institutions: [...inst], ranActivities: [...ran] };
}

export async function loadLabels(
  db: DbOrTx,
  ids: { institutions: string[]; ranActivities: string[] },
): Promise<MatrixLabels> {
  // one after another: inside a transaction they share one connection
  const inst =
    ids.institutions.length === 0
      ? []
      : await db
          .select({
            id: institutions.id,
            code: institutions.code,
            name: currentInstitutionName(institutions.id),
          })
          .from(institutions)
          .where(inArray(institutions.id, ids.institutions));
  const ran =
    ids.ranActivities.length === 0
      ? []
      : await db
          .select({
            id: planActivities.id,
            planId: planActivities.planId,
            code: planActivities.code,
            title: planActivities.title,
          })
          .from(planActivities)
          .where(inArray(planActivities.id, ids.ranActivities));
  const instById = new Map(inst.map((r) => [r.id, r]));
  const ranById = new Map(ran.map((r) => [r.id, r]));
  return {
    institution: (id) => instById.get(id)?.code ?? id,
    institutionRef: (id) => instById.get(id) ?? { id, code: id, name: id },
    ranActivity: (id) => ranById.get(id)?.code ?? id,
    ranActivityRef: (id) => ranById.get(id) ?? null,
  };
}
