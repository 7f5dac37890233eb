import {
  DEFAULT_TRAFFIC_LIGHT_THRESHOLDS,
  type IndicatorDirection,
  type PeriodFrequency,
  periodContaining,
  type StrategyCode,
} from '@sigap/domain';
import { institutionId } from '../../src/features/institutions/load-institutions.js';
import {
  planActivities,
  planActivityBudgets,
  planIndicators,
  planPrograms,
  plans,
} from '../../src/features/plans/schema.js';
import { todayInIndonesia } from '../../src/features/reporting/plan-periods.js';
import type { Db } from '../../src/platform/db/client.js';

/** Today as the server judges periods, and the quarter that is open now (default settings). */
export const today = todayInIndonesia();
export const thisYear = Number(today.slice(0, 4));
export const currentQuarter = periodContaining(today, 'quarterly', 15).code;

/**
 * Plans for the reporting tests, written straight into the tables (the plans API is another
 * feature's): one program per strategy, activities with a responsible institution (by code),
 * indicators with targets, optional budget lines.
 */
export type FixtureIndicator = {
  code: string;
  direction?: IndicatorDirection;
  baseline?: number | null;
  targets: Record<string, number>;
};

export type FixtureActivity = {
  code: string;
  strategy?: StrategyCode;
  /** Institution code of the penanggung jawab, e.g. KEMENSOS. */
  responsible: string;
  indicators: FixtureIndicator[];
  budget?: Array<{ year: number; amount: number | null; attached?: boolean }>;
};

export type FixturePlanInput = {
  kind?: 'ran' | 'rad';
  regionCode?: string | null;
  title?: string;
  startYear: number;
  endYear: number;
  frequency?: PeriodFrequency;
  deadlineDays?: number;
  closingGraceDays?: number;
  activities: FixtureActivity[];
};

export type FixturePlan = {
  id: string;
  activity(code: string): string;
  indicator(activityCode: string, indicatorCode: string): string;
};

export async function insertPlan(db: Db, input: FixturePlanInput): Promise<FixturePlan> {
  const kind = input.kind ?? 'ran';
  const activityIds = new Map<string, string>();
  const indicatorIds = new Map<string, string>();
  const planId = await db.transaction(async (tx) => {
    const [plan] = await tx
      .insert(plans)
      .values({
        kind,
        regionCode: input.regionCode ?? null,
        title: input.title ?? `${kind.toUpperCase()} uji ${input.startYear}–${input.endYear}`,
        startYear: input.startYear,
        endYear: input.endYear,
        reporting: {
          frequency: input.frequency ?? 'quarterly',
          deadlineDays: input.deadlineDays ?? 15,
          closingGraceDays: input.closingGraceDays ?? 30,
        },
        trafficLight: DEFAULT_TRAFFIC_LIGHT_THRESHOLDS,
      })
      .returning({ id: plans.id });
    if (!plan) throw new Error('plan insert returned nothing');
    const programs = new Map<string, string>();
    let position = 0;
    for (const a of input.activities) {
      const strategy = a.strategy ?? 'pencegahan';
      let programId = programs.get(strategy);
      if (!programId) {
        const [program] = await tx
          .insert(planPrograms)
          .values({
            planId: plan.id,
            strategyCode: strategy,
            code: `P${programs.size + 1}`,
            title: `Program ${strategy}`,
            position: programs.size,
          })
          .returning({ id: planPrograms.id });
        if (!program) throw new Error('program insert returned nothing');
        programId = program.id;
        programs.set(strategy, programId);
      }
      const [activity] = await tx
        .insert(planActivities)
        .values({
          planId: plan.id,
          programId,
          code: a.code,
          title: `Aksi ${a.code}`,
          responsibleInstitutionId: institutionId(a.responsible),
          position: position++,
        })
        .returning({ id: planActivities.id });
      if (!activity) throw new Error('activity insert returned nothing');
      activityIds.set(a.code, activity.id);
      for (const [i, ind] of a.indicators.entries()) {
        const [row] = await tx
          .insert(planIndicators)
          .values({
            planId: plan.id,
            activityId: activity.id,
            code: ind.code,
            name: `Indikator ${ind.code}`,
            unit: 'orang',
            direction: ind.direction ?? 'higher_is_better',
            baseline: ind.baseline ?? null,
            targets: ind.targets,
            position: i,
          })
          .returning({ id: planIndicators.id });
        if (!row) throw new Error('indicator insert returned nothing');
        indicatorIds.set(`${a.code}/${ind.code}`, row.id);
      }
      for (const b of a.budget ?? [])
        await tx.insert(planActivityBudgets).values({
          activityId: activity.id,
          year: b.year,
          amount: b.amount,
          source: kind === 'ran' ? 'apbn' : 'apbd',
          attached: b.attached ?? false,
        });
    }
    return plan.id;
  });
  const get = (map: Map<string, string>, key: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`fixture has no ${key}`);
    return id;
  };
  return {
    id: planId,
    activity: (code) => get(activityIds, code),
    indicator: (activityCode, indicatorCode) =>
      get(indicatorIds, `${activityCode}/${indicatorCode}`),
  };
}
