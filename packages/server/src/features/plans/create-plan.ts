import { DEFAULT_TRAFFIC_LIGHT_THRESHOLDS, type PlanDocument } from '@sigap/domain';
import { and, eq, gte, isNull, lte } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db/client.js';
import type { AuthContext } from '../../platform/http/types.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { conflictOn } from '../shared/field-error.js';
import type { PlanChanges } from './api-schemas.js';
import { checkReferences } from './check-references.js';
import { loadLabels, referencedIds } from './labels.js';
import { EMPTY_MATRIX, normaliseDocument } from './load-matrix.js';
import { assertMayManagePlan, lockPlanSlot } from './plan-access.js';
import { diffPlan } from './plan-diff.js';
import { planRevisions, plans } from './schema.js';
import { writeMatrix } from './write-matrix.js';

export type PlanWriteResult = { planId: string; revision: number; changes: PlanChanges };

/**
 * Creates a plan and its matrix from a whole document, as revision 1 (kept with the document),
 * audited in the same transaction. No scope check here: the API and the CLI check who may create
 * it; the demo seed calls this directly. Pass a transaction or a database (it opens its own).
 */
export async function createPlanFromDocument(
  db: DbOrTx,
  actor: Actor,
  input: PlanDocument,
  opts: { note?: string | null } = {},
): Promise<PlanWriteResult> {
  const doc = normaliseDocument(input);
  return db.transaction(async (tx) => {
    await lockPlanSlot(tx, doc.kind, doc.regionCode);
    // one plan per kind and region at a time: a changed plan is revised, not entered twice
    const [overlap] = await tx
      .select({
        id: plans.id,
        title: plans.title,
        startYear: plans.startYear,
        endYear: plans.endYear,
      })
      .from(plans)
      .where(
        and(
          eq(plans.kind, doc.kind),
          doc.regionCode === null ? isNull(plans.regionCode) : eq(plans.regionCode, doc.regionCode),
          lte(plans.startYear, doc.endYear),
          gte(plans.endYear, doc.startYear),
        ),
      )
      .limit(1);
    if (overlap)
      throw conflictOn('startYear', {
        id: `Periode bertumpang tindih dengan "${overlap.title}" (${overlap.startYear}–${overlap.endYear}); ubah rencana aksi itu lewat revisi`,
        en: `The period overlaps "${overlap.title}" (${overlap.startYear}–${overlap.endYear}); change that plan by a revision instead`,
      });
    await checkReferences(tx, doc);

    const [plan] = await tx
      .insert(plans)
      .values({
        kind: doc.kind,
        regionCode: doc.regionCode,
        title: doc.title,
        startYear: doc.startYear,
        endYear: doc.endYear,
        legalBasis: doc.legalBasis,
        reporting: doc.reporting,
        trafficLight: DEFAULT_TRAFFIC_LIGHT_THRESHOLDS,
        revision: 1,
      })
      .returning();
    if (!plan) throw new Error('insert returned nothing');
    await writeMatrix(tx, plan.id, 1, EMPTY_MATRIX, doc);
    const labels = await loadLabels(tx, referencedIds([doc]));
    const changes = diffPlan(null, EMPTY_MATRIX, doc, labels);
    await tx.insert(planRevisions).values({
      planId: plan.id,
      number: 1,
      note: opts.note ?? null,
      document: doc,
      changes,
      createdBy: actor.userId,
    });
    await recordAudit(tx, actor, {
      action: 'plan.created',
      entityType: 'plan',
      entityId: plan.id,
      after: { ...plan, counts: documentCounts(doc) },
    });
    return { planId: plan.id, revision: 1, changes };
  });
}

export function documentCounts(doc: PlanDocument) {
  const activities = doc.programs.flatMap((p) => p.activities);
  return {
    programs: doc.programs.length,
    activities: activities.length,
    indicators: activities.reduce((n, a) => n + a.indicators.length, 0),
  };
}

/** POST /api/plans: the RAN by the national secretariat, a RAD by whoever's scope holds it. */
export async function createPlan(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  doc: PlanDocument,
  note: string | null = null,
): Promise<PlanWriteResult> {
  assertMayManagePlan(auth.scope, doc.regionCode);
  return createPlanFromDocument(ctx.database.db, actor, doc, { note });
}
