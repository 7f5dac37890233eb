import { randomUUID } from 'node:crypto';
import type { BudgetLine, PlanDocument } from '@sigap/domain';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.js';
import { canonicalJson } from '../audit/canonical-json.js';
import type { StoredActivity, StoredIndicator, StoredMatrix } from './load-matrix.js';
import { planActivities, planActivityBudgets, planIndicators, planPrograms } from './schema.js';

/**
 * Makes the stored rows say what the (normalised) document says, touching only rows that differ:
 * a kept code is updated in place (its id, and the reports filed on it, stay), a new code is
 * inserted, a code the document no longer has is retired in `revision`, and a retired code that
 * comes back is revived on its old row. Rows are never deleted.
 */
export async function writeMatrix(
  tx: Tx,
  planId: string,
  revision: number,
  stored: StoredMatrix,
  doc: PlanDocument,
): Promise<void> {
  const programs = new Map(stored.programs.map((p) => [p.code, p]));
  const activities = new Map(stored.activities.map((a) => [a.code, a]));
  const newPrograms: Array<typeof planPrograms.$inferInsert> = [];
  const newActivities: Array<typeof planActivities.$inferInsert> = [];
  const newIndicators: Array<typeof planIndicators.$inferInsert> = [];
  const newBudgets: Array<typeof planActivityBudgets.$inferInsert> = [];
  const budgetsReplaced: string[] = [];
  // program updates run before activities move under them; the rest after the inserts
  const programUpdates: Array<() => Promise<unknown>> = [];
  const updates: Array<() => Promise<unknown>> = [];

  doc.programs.forEach((p, position) => {
    const s = programs.get(p.code);
    const values = { strategyCode: p.strategy, title: p.title, position, retiredInRevision: null };
    if (!s) {
      const id = randomUUID();
      programs.set(p.code, {
        id,
        strategy: p.strategy,
        code: p.code,
        title: p.title,
        position,
        retired: null,
      });
      newPrograms.push({ id, planId, code: p.code, ...values });
    } else if (
      s.strategy !== p.strategy ||
      s.title !== p.title ||
      s.position !== position ||
      s.retired !== null
    )
      programUpdates.push(() =>
        tx.update(planPrograms).set(values).where(eq(planPrograms.id, s.id)),
      );
  });

  for (const p of doc.programs) {
    const programId = programs.get(p.code)?.id;
    if (!programId) throw new Error(`program ${p.code} has no row`);
    p.activities.forEach((a, position) => {
      const s = activities.get(a.code);
      const values = {
        programId,
        title: a.title,
        responsibleInstitutionId: a.responsibleInstitutionId,
        relatedInstitutionIds: a.relatedInstitutionIds,
        ranActivityId: a.ranActivityId,
        position,
        retiredInRevision: null,
      };
      const activityId = s?.id ?? randomUUID();
      if (!s) newActivities.push({ id: activityId, planId, code: a.code, ...values });
      else if (activityDiffers(s, values))
        updates.push(() =>
          tx.update(planActivities).set(values).where(eq(planActivities.id, activityId)),
        );
      if (!s || !sameBudget(s.budget, a.budget)) {
        if (s) budgetsReplaced.push(activityId);
        newBudgets.push(...a.budget.map((b) => ({ activityId, ...b })));
      }
      const indicators = new Map((s?.indicators ?? []).map((i) => [i.code, i]));
      a.indicators.forEach((i, ipos) => {
        const si = indicators.get(i.code);
        const iv = {
          name: i.name,
          unit: i.unit,
          direction: i.direction,
          baseline: i.baseline,
          baselineYear: i.baselineYear,
          targets: i.targets,
          position: ipos,
          retiredInRevision: null,
        };
        if (!si) newIndicators.push({ id: randomUUID(), planId, activityId, code: i.code, ...iv });
        else if (canonicalJson(iv) !== canonicalJson(storedIndicatorValues(si)))
          updates.push(() => tx.update(planIndicators).set(iv).where(eq(planIndicators.id, si.id)));
      });
      const keep = new Set(a.indicators.map((i) => i.code));
      const gone = (s?.indicators ?? []).filter((i) => i.retired === null && !keep.has(i.code));
      if (gone.length > 0)
        updates.push(() =>
          retireIndicators(
            tx,
            gone.map((i) => i.id),
            revision,
          ),
        );
    });
  }

  const keptPrograms = new Set(doc.programs.map((p) => p.code));
  const keptActivities = new Set(doc.programs.flatMap((p) => p.activities.map((a) => a.code)));
  const retiredPrograms = stored.programs.filter(
    (p) => p.retired === null && !keptPrograms.has(p.code),
  );
  const retiredActivities = stored.activities.filter(
    (a) => a.retired === null && !keptActivities.has(a.code),
  );

  // parents before children (foreign keys), in batches; then the row-by-row updates
  for (const chunk of chunks(newPrograms)) await tx.insert(planPrograms).values(chunk);
  for (const u of programUpdates) await u();
  for (const chunk of chunks(newActivities)) await tx.insert(planActivities).values(chunk);
  for (const u of updates) await u();
  if (budgetsReplaced.length > 0)
    await tx
      .delete(planActivityBudgets)
      .where(inArray(planActivityBudgets.activityId, budgetsReplaced));
  for (const chunk of chunks(newBudgets)) await tx.insert(planActivityBudgets).values(chunk);
  for (const chunk of chunks(newIndicators)) await tx.insert(planIndicators).values(chunk);
  if (retiredActivities.length > 0) {
    const ids = retiredActivities.map((a) => a.id);
    await tx
      .update(planActivities)
      .set({ retiredInRevision: revision })
      .where(inArray(planActivities.id, ids));
    await tx
      .update(planIndicators)
      .set({ retiredInRevision: revision })
      .where(
        and(inArray(planIndicators.activityId, ids), isNull(planIndicators.retiredInRevision)),
      );
  }
  if (retiredPrograms.length > 0)
    await tx
      .update(planPrograms)
      .set({ retiredInRevision: revision })
      .where(
        inArray(
          planPrograms.id,
          retiredPrograms.map((p) => p.id),
        ),
      );
}

function retireIndicators(tx: Tx, ids: string[], revision: number) {
  return tx
    .update(planIndicators)
    .set({ retiredInRevision: revision })
    .where(inArray(planIndicators.id, ids));
}

function storedIndicatorValues(si: StoredIndicator) {
  return {
    name: si.name,
    unit: si.unit,
    direction: si.direction,
    baseline: si.baseline,
    baselineYear: si.baselineYear,
    targets: si.targets,
    position: si.position,
    retiredInRevision: si.retired,
  };
}

function activityDiffers(
  s: StoredActivity,
  v: {
    programId: string;
    title: string;
    responsibleInstitutionId: string;
    relatedInstitutionIds: string[];
    ranActivityId: string | null;
    position: number;
  },
): boolean {
  return (
    s.retired !== null ||
    s.programId !== v.programId ||
    s.title !== v.title ||
    s.responsibleInstitutionId !== v.responsibleInstitutionId ||
    s.ranActivityId !== v.ranActivityId ||
    s.position !== v.position ||
    canonicalJson(s.relatedInstitutionIds) !== canonicalJson(v.relatedInstitutionIds)
  );
}

function sameBudget(a: BudgetLine[], b: BudgetLine[]): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function chunks<T>(rows: T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
