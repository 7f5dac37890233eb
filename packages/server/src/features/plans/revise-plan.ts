import type { PlanDocument, Scope } from '@sigap/domain';
import { and, eq, gte, isNull, lte, ne } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import type { DbOrTx } from '../../platform/db/client.js';
import type { AuthContext } from '../../platform/http/types.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { conflictOn, fieldError } from '../shared/field-error.js';
import { checkReferences } from './check-references.js';
import { documentCounts, type PlanWriteResult } from './create-plan.js';
import { loadLabels, referencedIds } from './labels.js';
import { loadMatrix, normaliseDocument } from './load-matrix.js';
import { assertMayManagePlan, getVisiblePlan, lockPlanSlot } from './plan-access.js';
import { changeCounts, diffPlan, hasChanges } from './plan-diff.js';
import { planRevisions, plans } from './schema.js';
import { writeMatrix } from './write-matrix.js';

export type RevisionOptions = { note?: string | null; baseRevision?: number | undefined };
export type RevisionOutcome = PlanWriteResult & { changed: boolean };

export const NO_CHANGES = {
  id: 'Tidak ada perubahan; revisi tidak dibuat',
  en: 'No changes; no revision was made',
};
export const revisionSaved = (n: number) => ({
  id: `Revisi ${n} disimpan`,
  en: `Revision ${n} saved`,
});

/**
 * A revision: the whole matrix as it now stands. Rows are matched by code (see write-matrix.ts);
 * the revision keeps the whole document and what changed. Nothing changed: nothing is written.
 */
export async function revisePlanInTx(
  db: DbOrTx,
  actor: Actor,
  scope: Scope,
  planId: string,
  input: PlanDocument,
  opts: RevisionOptions = {},
): Promise<RevisionOutcome> {
  return db.transaction(async (tx) => {
    const plan = await getVisiblePlan(tx, scope, planId, { forUpdate: true });
    assertMayManagePlan(scope, plan.regionCode);
    if (opts.baseRevision !== undefined && opts.baseRevision !== plan.revision)
      throw conflictOn('baseRevision', {
        id: `Rencana aksi sudah direvisi (kini revisi ${plan.revision}) sejak Anda mulai mengubahnya; muat ulang lalu ulangi`,
        en: `The plan was revised (now revision ${plan.revision}) since you started; reload and try again`,
      });
    if (input.kind !== plan.kind)
      throw fieldError('kind', {
        id: 'Jenis rencana aksi (RAN/RAD) tidak dapat diubah lewat revisi',
        en: 'The kind of plan (RAN/RAD) cannot change in a revision',
      });
    if (input.regionCode !== plan.regionCode)
      throw fieldError('regionCode', {
        id: 'Wilayah rencana aksi tidak dapat diubah lewat revisi',
        en: 'The region of a plan cannot change in a revision',
      });
    const doc = normaliseDocument(input);
    const matrix = await loadMatrix(tx, planId);
    const kept = new Set(
      matrix.activities.flatMap((a) =>
        a.ranActivityId && a.retired === null ? [a.ranActivityId] : [],
      ),
    );
    await checkReferences(tx, doc, kept);
    const labels = await loadLabels(tx, referencedIds([doc], [matrix]));
    const changes = diffPlan(plan, matrix, doc, labels);
    if (!hasChanges(changes)) return { planId, revision: plan.revision, changes, changed: false };
    if (doc.startYear !== plan.startYear || doc.endYear !== plan.endYear)
      await refuseOverlap(tx, plan.id, doc);

    const revision = plan.revision + 1;
    await writeMatrix(tx, planId, revision, matrix, doc);
    const header = {
      title: doc.title,
      startYear: doc.startYear,
      endYear: doc.endYear,
      legalBasis: doc.legalBasis,
      reporting: doc.reporting,
    };
    await tx
      .update(plans)
      .set({ ...header, revision, updatedAt: new Date() })
      .where(eq(plans.id, planId));
    await tx.insert(planRevisions).values({
      planId,
      number: revision,
      note: opts.note ?? null,
      document: doc,
      changes,
      createdBy: actor.userId,
    });
    await recordAudit(tx, actor, {
      action: 'plan.revised',
      entityType: 'plan',
      entityId: planId,
      before: {
        revision: plan.revision,
        title: plan.title,
        startYear: plan.startYear,
        endYear: plan.endYear,
      },
      after: {
        revision,
        ...header,
        note: opts.note ?? null,
        counts: documentCounts(doc),
        changes: changeCounts(changes),
      },
    });
    return { planId, revision, changes, changed: true };
  });
}

async function refuseOverlap(tx: DbOrTx, planId: string, doc: PlanDocument) {
  await lockPlanSlot(tx, doc.kind, doc.regionCode);
  const [other] = await tx
    .select({ title: plans.title, startYear: plans.startYear, endYear: plans.endYear })
    .from(plans)
    .where(
      and(
        ne(plans.id, planId),
        eq(plans.kind, doc.kind),
        doc.regionCode === null ? isNull(plans.regionCode) : eq(plans.regionCode, doc.regionCode),
        lte(plans.startYear, doc.endYear),
        gte(plans.endYear, doc.startYear),
      ),
    )
    .limit(1);
  if (other)
    throw conflictOn('endYear', {
      id: `Periode baru bertumpang tindih dengan "${other.title}" (${other.startYear}–${other.endYear})`,
      en: `The new period overlaps "${other.title}" (${other.startYear}–${other.endYear})`,
    });
}

/** PUT /api/plans/:id/matrix. */
export function revisePlan(
  ctx: AppContext,
  auth: AuthContext,
  actor: Actor,
  planId: string,
  doc: PlanDocument,
  opts: RevisionOptions,
): Promise<RevisionOutcome> {
  return revisePlanInTx(ctx.database.db, actor, auth.scope, planId, doc, opts);
}
