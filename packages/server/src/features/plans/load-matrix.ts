import {
  type BudgetLine,
  canonicalBudget,
  type IndicatorDirection,
  type PlanDocument,
  type StrategyCode,
} from '@sigap/domain';
import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import {
  planActivities,
  planActivityBudgets,
  planIndicators,
  planPrograms,
  type plans,
} from './schema.js';

/**
 * A plan's matrix as stored: every row, retired ones included, so a revision can bring back a
 * retired code on its old row (and the reports filed on it). `retired` is the revision that
 * retired the row, null while it is in force.
 */
export type StoredIndicator = {
  id: string;
  code: string;
  name: string;
  unit: string;
  direction: IndicatorDirection;
  baseline: number | null;
  baselineYear: number | null;
  targets: Record<string, number>;
  position: number;
  retired: number | null;
};
export type StoredActivity = {
  id: string;
  programId: string;
  code: string;
  title: string;
  responsibleInstitutionId: string;
  relatedInstitutionIds: string[];
  ranActivityId: string | null;
  position: number;
  retired: number | null;
  budget: BudgetLine[];
  indicators: StoredIndicator[];
};
export type StoredProgram = {
  id: string;
  strategy: StrategyCode;
  code: string;
  title: string;
  position: number;
  retired: number | null;
};
export type StoredMatrix = { programs: StoredProgram[]; activities: StoredActivity[] };

export type PlanRow = typeof plans.$inferSelect;

export const EMPTY_MATRIX: StoredMatrix = { programs: [], activities: [] };

export async function loadMatrix(db: DbOrTx, planId: string): Promise<StoredMatrix> {
  // one after another: inside a transaction they share one connection
  const programs = await db
    .select()
    .from(planPrograms)
    .where(eq(planPrograms.planId, planId))
    .orderBy(asc(planPrograms.position), asc(planPrograms.code));
  const activities = await db
    .select()
    .from(planActivities)
    .where(eq(planActivities.planId, planId))
    .orderBy(asc(planActivities.position), asc(planActivities.code));
  const indicators = await db
    .select()
    .from(planIndicators)
    .where(eq(planIndicators.planId, planId))
    .orderBy(asc(planIndicators.position), asc(planIndicators.code));
  const budgets = await db
    .select({
      activityId: planActivityBudgets.activityId,
      year: planActivityBudgets.year,
      amount: planActivityBudgets.amount,
      source: planActivityBudgets.source,
      attached: planActivityBudgets.attached,
    })
    .from(planActivityBudgets)
    .innerJoin(planActivities, eq(planActivities.id, planActivityBudgets.activityId))
    .where(eq(planActivities.planId, planId))
    .orderBy(asc(planActivityBudgets.year));
  const byActivity = new Map<string, StoredActivity>();
  const out: StoredMatrix = {
    programs: programs.map((p) => ({
      id: p.id,
      strategy: p.strategyCode,
      code: p.code,
      title: p.title,
      position: p.position,
      retired: p.retiredInRevision,
    })),
    activities: activities.map((a) => {
      const activity: StoredActivity = {
        id: a.id,
        programId: a.programId,
        code: a.code,
        title: a.title,
        responsibleInstitutionId: a.responsibleInstitutionId,
        relatedInstitutionIds: a.relatedInstitutionIds,
        ranActivityId: a.ranActivityId,
        position: a.position,
        retired: a.retiredInRevision,
        budget: [],
        indicators: [],
      };
      byActivity.set(a.id, activity);
      return activity;
    }),
  };
  for (const b of budgets)
    byActivity.get(b.activityId)?.budget.push({
      year: b.year,
      amount: b.amount,
      source: b.source,
      attached: b.attached,
    });
  for (const i of indicators)
    byActivity.get(i.activityId)?.indicators.push({
      id: i.id,
      code: i.code,
      name: i.name,
      unit: i.unit,
      direction: i.direction,
      baseline: i.baseline,
      baselineYear: i.baselineYear,
      targets: i.targets,
      position: i.position,
      retired: i.retiredInRevision,
    });
  return out;
}

/** The plan as a PlanDocument: its header and the rows in force, in their order. */
export function currentDocument(plan: PlanRow, matrix: StoredMatrix): PlanDocument {
  const live = <T extends { retired: number | null }>(rows: T[]) =>
    rows.filter((r) => r.retired === null);
  return {
    kind: plan.kind,
    regionCode: plan.regionCode,
    title: plan.title,
    startYear: plan.startYear,
    endYear: plan.endYear,
    legalBasis: plan.legalBasis,
    reporting: plan.reporting,
    programs: live(matrix.programs).map((p) => ({
      strategy: p.strategy,
      code: p.code,
      title: p.title,
      activities: live(matrix.activities)
        .filter((a) => a.programId === p.id)
        .map((a) => ({
          code: a.code,
          title: a.title,
          responsibleInstitutionId: a.responsibleInstitutionId,
          relatedInstitutionIds: a.relatedInstitutionIds,
          ranActivityId: a.ranActivityId,
          budget: canonicalBudget(a.budget, plan.startYear, plan.endYear),
          indicators: live(a.indicators).map((i) => ({
            code: i.code,
            name: i.name,
            unit: i.unit,
            direction: i.direction,
            baseline: i.baseline,
            baselineYear: i.baselineYear,
            targets: sortedTargets(i.targets),
          })),
        })),
    })),
  };
}

/** Targets with their years in order, so two equal documents compare (and print) the same. */
export function sortedTargets(targets: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(targets).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * The one stored form of a document: budgets in canonical form (one line per plan year) and
 * targets in year order. Every write and every comparison goes through it, so the same matrix
 * entered twice — by API, by sheet — compares equal.
 */
export function normaliseDocument(doc: PlanDocument): PlanDocument {
  return {
    ...doc,
    programs: doc.programs.map((p) => ({
      ...p,
      activities: p.activities.map((a) => ({
        ...a,
        budget: canonicalBudget(a.budget, doc.startYear, doc.endYear),
        indicators: a.indicators.map((i) => ({ ...i, targets: sortedTargets(i.targets) })),
      })),
    })),
  };
}
