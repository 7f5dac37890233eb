import {
  type BudgetLine,
  canonicalBudget,
  DEFAULT_TRAFFIC_LIGHT_THRESHOLDS,
  type PlanDocument,
  type ProgramInput,
} from '@sigap/domain';
import { stableId } from '../../platform/stable-id.js';
import { institutionId } from '../institutions/load-institutions.js';
import type {
  planActivities,
  planActivityBudgets,
  planIndicators,
  planPrograms,
  planRevisions,
  plans,
} from '../plans/schema.js';
import {
  DEMO_REPORTING,
  type DemoActivity,
  type DemoIndicator,
  type DemoPlan,
  type DemoProgram,
} from './demo-plan-data.js';
import { revisionChanges } from './seed-plans-changes.js';

/** Stable ids of demo plan records: the same on every installation and every run. */
export const demoPlanId = (key: string) => stableId(`demo-plan:${key}`);
export const demoActivityId = (key: string, code: string) =>
  stableId(`demo-plan:${key}:activity:${code}`);
const programId = (key: string, code: string) => stableId(`demo-plan:${key}:program:${code}`);
const indicatorId = (key: string, activity: string, code: string) =>
  stableId(`demo-plan:${key}:indicator:${activity}:${code}`);

export const RAN_KEY = 'ran-2020-2024';

/** What the report generator needs of each indicator (current revision). */
export type ReportableIndicator = {
  plan: DemoPlan;
  planId: string;
  program: DemoProgram;
  activity: DemoActivity;
  activityId: string;
  indicator: DemoIndicator;
  indicatorId: string;
  code: string;
  /** Targets in force (revised ones applied). */
  targets: Record<string, number>;
  /** Budget of the activity goes on the reports of its first indicator only, never twice. */
  carriesBudget: boolean;
};

export type PlanRows = {
  plan: typeof plans.$inferInsert;
  revisions: Array<typeof planRevisions.$inferInsert>;
  programs: Array<typeof planPrograms.$inferInsert>;
  activities: Array<typeof planActivities.$inferInsert>;
  budgets: Array<typeof planActivityBudgets.$inferInsert>;
  indicators: Array<typeof planIndicators.$inferInsert>;
  reportable: ReportableIndicator[];
};

const at = (isoDate: string) => new Date(`${isoDate}T02:00:00Z`); // 09:00 WIB

/** Targets as of a revision: revised targets belong to revision 2 (see DemoIndicator). */
function targetsAt(ind: DemoIndicator, revision: number): Record<string, number> {
  return revision >= 2 && ind.revisedTargets
    ? { ...ind.targets, ...ind.revisedTargets }
    : ind.targets;
}

const liveAt = (a: DemoActivity, revision: number) =>
  (a.addedIn ?? 1) <= revision && !(a.retiredIn !== undefined && a.retiredIn <= revision);

/**
 * Budget lines in the canonical form the plans feature stores (one per plan year, amount null
 * where none is planned): an activity added late has pagu only from its first target year.
 */
function budgetLines(plan: DemoPlan, a: DemoActivity): BudgetLine[] {
  if (a.budget.kind === 'none') return [];
  const first = Math.min(...a.indicators.flatMap((i) => Object.keys(i.targets).map(Number)));
  const lines: BudgetLine[] = [];
  for (let year = Math.max(first, plan.startYear); year <= plan.endYear; year++)
    lines.push(
      a.budget.kind === 'pagu'
        ? {
            year,
            amount: a.budget.amounts[String(year)] ?? null,
            source: a.budget.source,
            attached: false,
          }
        : { year, amount: null, source: a.budget.source, attached: true },
    );
  return canonicalBudget(lines, plan.startYear, plan.endYear);
}

const ranLink = (a: DemoActivity) => (a.ranCode ? demoActivityId(RAN_KEY, a.ranCode) : null);

/** The plan as it stood at a revision, in the PlanDocument shape that revisions store. */
export function planDocument(plan: DemoPlan, revision: number): PlanDocument {
  const rev = plan.revisions.find((r) => r.number === revision);
  const programs: ProgramInput[] = plan.programs
    .map((p) => ({
      strategy: p.strategy,
      code: p.code,
      title: p.title,
      activities: p.activities
        .filter((a) => liveAt(a, revision))
        .map((a) => ({
          code: a.code,
          title: a.title,
          responsibleInstitutionId: institutionId(a.responsible),
          relatedInstitutionIds: a.related.map(institutionId),
          ranActivityId: ranLink(a),
          indicators: a.indicators.map((ind, i) => ({
            code: `${a.code}.${i + 1}`,
            name: ind.name,
            unit: ind.unit,
            direction: ind.direction,
            baseline: ind.baseline,
            baselineYear: ind.baseline === null ? null : plan.startYear - 1,
            targets: targetsAt(ind, revision),
          })),
          budget: budgetLines(plan, a),
        })),
    }))
    .filter((p) => p.activities.length > 0);
  return {
    kind: plan.kind,
    regionCode: plan.regionCode,
    title: plan.title,
    startYear: plan.startYear,
    endYear: plan.endYear,
    legalBasis: rev?.legalBasis ?? null,
    reporting: { ...DEMO_REPORTING },
    programs,
  };
}

export function planRows(plan: DemoPlan, userIds: Map<string, string>): PlanRows {
  const id = demoPlanId(plan.key);
  const current = Math.max(...plan.revisions.map((r) => r.number));
  const first = plan.revisions[0];
  const last = plan.revisions.at(-1);
  if (!first || !last) throw new Error(`demo plan ${plan.key} has no revision`);
  const rows: PlanRows = {
    plan: {
      id,
      kind: plan.kind,
      regionCode: plan.regionCode,
      title: plan.title,
      startYear: plan.startYear,
      endYear: plan.endYear,
      legalBasis: plan.legalBasis,
      reporting: { ...DEMO_REPORTING },
      trafficLight: DEFAULT_TRAFFIC_LIGHT_THRESHOLDS,
      revision: current,
      createdAt: at(first.on),
      updatedAt: at(last.on),
    },
    revisions: plan.revisions.map((r) => ({
      id: stableId(`demo-plan:${plan.key}:revision:${r.number}`),
      planId: id,
      number: r.number,
      note: r.note,
      document: planDocument(plan, r.number),
      changes: revisionChanges(
        r.number === 1 ? null : planDocument(plan, r.number - 1),
        planDocument(plan, r.number),
      ),
      createdBy: r.by ? (userIds.get(r.by) ?? null) : null,
      createdAt: at(r.on),
    })),
    programs: [],
    activities: [],
    budgets: [],
    indicators: [],
    reportable: [],
  };
  plan.programs.forEach((p, pi) => {
    const pid = programId(plan.key, p.code);
    rows.programs.push({
      id: pid,
      planId: id,
      strategyCode: p.strategy,
      code: p.code,
      title: p.title,
      position: pi + 1,
    });
    p.activities.forEach((a, ai) => {
      const aid = demoActivityId(plan.key, a.code);
      rows.activities.push({
        id: aid,
        planId: id,
        programId: pid,
        code: a.code,
        title: a.title,
        responsibleInstitutionId: institutionId(a.responsible),
        relatedInstitutionIds: a.related.map(institutionId),
        ranActivityId: ranLink(a),
        position: ai + 1,
        retiredInRevision: a.retiredIn ?? null,
      });
      for (const b of budgetLines(plan, a)) rows.budgets.push({ activityId: aid, ...b });
      a.indicators.forEach((ind, ii) => {
        const code = `${a.code}.${ii + 1}`;
        const iid = indicatorId(plan.key, a.code, code);
        const targets = targetsAt(ind, current);
        rows.indicators.push({
          id: iid,
          planId: id,
          activityId: aid,
          code,
          name: ind.name,
          unit: ind.unit,
          direction: ind.direction,
          baseline: ind.baseline,
          baselineYear: ind.baseline === null ? null : plan.startYear - 1,
          targets,
          position: ii + 1,
          retiredInRevision: a.retiredIn ?? null,
        });
        rows.reportable.push({
          plan,
          planId: id,
          program: p,
          activity: a,
          activityId: aid,
          indicator: ind,
          indicatorId: iid,
          code,
          targets,
          carriesBudget: ii === 0,
        });
      });
    });
  });
  return rows;
}
