import type { PlanDetail } from './types.js';

type Program = PlanDetail['programs'][number];
type Activity = Program['activities'][number];
type Indicator = Activity['indicators'][number];

export type IndicatorPlace = { program: Program; activity: Activity; indicator: Indicator };

/** Where an indicator sits in a plan's matrix: its program (and strategy) and activity. */
export function findIndicator(plan: PlanDetail, indicatorId: string): IndicatorPlace | null {
  for (const program of plan.programs)
    for (const activity of program.activities)
      for (const indicator of activity.indicators)
        if (indicator.id === indicatorId) return { program, activity, indicator };
  return null;
}
