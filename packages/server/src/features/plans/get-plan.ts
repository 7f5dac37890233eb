import type { PlanDocument, Scope } from '@sigap/domain';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import { regions } from '../regions/schema.js';
import type { PlanDetail } from './api-schemas.js';
import { loadLabels, type MatrixLabels, referencedIds } from './labels.js';
import { currentDocument, loadMatrix, type PlanRow, type StoredMatrix } from './load-matrix.js';
import { getVisiblePlan } from './plan-access.js';
import { planRevisions } from './schema.js';

export const REVISION_NOT_FOUND = {
  id: 'Revisi rencana aksi tidak ditemukan',
  en: 'Plan revision not found',
};

/**
 * A plan with its matrix: the rows in force, or the matrix of an earlier revision as its stored
 * document has it. Ids are those of the rows with the same codes (a kept code keeps its row, a
 * retired one keeps its id), so an old revision still links to the reports filed on it.
 */
export async function getPlanDetail(
  db: DbOrTx,
  scope: Scope,
  id: string,
  revision?: number,
): Promise<PlanDetail> {
  const plan = await getVisiblePlan(db, scope, id);
  const [matrix, region] = await Promise.all([loadMatrix(db, id), regionName(db, plan)]);
  let doc: PlanDocument;
  if (revision === undefined || revision === plan.revision) doc = currentDocument(plan, matrix);
  else {
    const [row] = await db
      .select({ document: planRevisions.document })
      .from(planRevisions)
      .where(and(eq(planRevisions.planId, id), eq(planRevisions.number, revision)));
    if (!row) throw new AppError('NOT_FOUND', REVISION_NOT_FOUND);
    doc = row.document as PlanDocument;
  }
  const labels = await loadLabels(db, referencedIds([doc]));
  return {
    id: plan.id,
    kind: plan.kind,
    regionCode: plan.regionCode,
    regionName: region,
    title: doc.title,
    startYear: doc.startYear,
    endYear: doc.endYear,
    legalBasis: doc.legalBasis,
    reporting: doc.reporting,
    trafficLight: plan.trafficLight,
    revision: plan.revision,
    updatedAt: plan.updatedAt.toISOString(),
    shownRevision: revision ?? plan.revision,
    programs: presentMatrix(doc, matrix, labels),
  };
}

async function regionName(db: DbOrTx, plan: PlanRow): Promise<string | null> {
  if (plan.regionCode === null) return null;
  const [r] = await db
    .select({ name: regions.name })
    .from(regions)
    .where(eq(regions.code, plan.regionCode));
  return r?.name ?? null;
}

export function presentMatrix(
  doc: PlanDocument,
  matrix: StoredMatrix,
  labels: MatrixLabels,
): PlanDetail['programs'] {
  const programIds = new Map(matrix.programs.map((p) => [p.code, p.id]));
  const activities = new Map(matrix.activities.map((a) => [a.code, a]));
  return doc.programs.map((p) => ({
    id: programIds.get(p.code) ?? null,
    strategy: p.strategy,
    code: p.code,
    title: p.title,
    activities: p.activities.map((a) => {
      const stored = activities.get(a.code);
      const indicatorIds = new Map((stored?.indicators ?? []).map((i) => [i.code, i.id]));
      return {
        id: stored?.id ?? null,
        code: a.code,
        title: a.title,
        responsibleInstitution: labels.institutionRef(a.responsibleInstitutionId),
        relatedInstitutions: a.relatedInstitutionIds.map(labels.institutionRef),
        ranActivity: a.ranActivityId === null ? null : labels.ranActivityRef(a.ranActivityId),
        budget: a.budget,
        indicators: a.indicators.map((i) => ({ id: indicatorIds.get(i.code) ?? null, ...i })),
      };
    }),
  }));
}
