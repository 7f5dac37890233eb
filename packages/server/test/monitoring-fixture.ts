import {
  achievement,
  type IndicatorDirection,
  type PeriodFrequency,
  type ReportState,
  type StrategyCode,
} from '@sigap/domain';
import { institutionId } from '../src/features/institutions/load-institutions.js';
import {
  planActivities,
  planActivityBudgets,
  planIndicators,
  planPrograms,
  plans,
} from '../src/features/plans/schema.js';
import { evidenceFiles, progressReports } from '../src/features/reporting/schema.js';
import type { Db } from '../src/platform/db/client.js';

/**
 * A small monitoring fixture written straight into the tables (the plans and reporting APIs are
 * built alongside). Achievement is stored as the reporting feature stores it: the capped percent
 * from the domain's achievement(), null when it cannot be computed.
 *
 * Year 2012, so every period is long past whatever day the tests run, and no demo plan overlaps.
 *
 * RAN 2010–2014, semester (S1, S2), deadline 15 days, grace 30, lights green ≥ 75, yellow ≥ 40:
 *   pencegahan
 *     A1 KEMENSOS  pagu 1 000 000 (APBN)   I1 higher_is_better target 100
 *     A2 POLRI     melekat (no pagu)       I2 target_attainment target 10; I3 higher target 0
 *   rehabilitasi_sosial
 *     A3 KEMENPPPA pagu 2 000 000 (APBD)   I4 lower_is_better baseline 50 target 20
 *     A4 KEMENSOS  no budget line          I5 yes_no target 1
 * RADs: Jawa Tengah (33, quarterly, I6), Kota Semarang (33.74, semester, I7), Kabupaten Kupang
 * (53.01, semester, I8; I10 retired with an approved report), and an old Jawa Tengah RAD 2008–2011 (not in force in 2012).
 */
export const YEAR = 2012;
export const THRESHOLDS = { green: 75, yellow: 40 };

type IndicatorSpec = {
  key: string;
  direction: IndicatorDirection;
  target: number;
  baseline?: number;
  /** Retired by a revision: keeps its reports, counts nowhere. */
  retired?: boolean;
  reports: Array<[period: string, state: ReportState, realised: number, budget?: number]>;
};
type ActivitySpec = {
  key: string;
  institution: string;
  budget?: { amount: number | null; attached: boolean; source: 'apbn' | 'apbd' };
  indicators: IndicatorSpec[];
};
type PlanSpec = {
  key: string;
  kind: 'ran' | 'rad';
  regionCode: string | null;
  startYear: number;
  endYear: number;
  frequency: PeriodFrequency;
  programs: Array<{ strategy: StrategyCode; activities: ActivitySpec[] }>;
};

const RAN: PlanSpec = {
  key: 'ran',
  kind: 'ran',
  regionCode: null,
  startYear: 2010,
  endYear: 2014,
  frequency: 'semester',
  programs: [
    {
      strategy: 'pencegahan',
      activities: [
        {
          key: 'A1',
          institution: 'KEMENSOS',
          budget: { amount: 1_000_000, attached: false, source: 'apbn' },
          indicators: [
            {
              key: 'I1',
              direction: 'higher_is_better',
              target: 100,
              reports: [
                ['2012-S1', 'approved', 40, 300_000],
                ['2012-S2', 'approved', 90, 800_000],
              ],
            },
          ],
        },
        {
          key: 'A2',
          institution: 'POLRI',
          budget: { amount: null, attached: true, source: 'apbn' },
          indicators: [
            {
              key: 'I2',
              direction: 'target_attainment',
              target: 10,
              reports: [
                ['2012-S1', 'approved', 3, 100_000],
                ['2012-S2', 'verified', 10, 150_000],
              ],
            },
            {
              key: 'I3',
              direction: 'higher_is_better',
              target: 0,
              reports: [
                ['2012-S1', 'approved', 3, 50_000],
                ['2012-S2', 'submitted', 4],
              ],
            },
          ],
        },
      ],
    },
    {
      strategy: 'rehabilitasi_sosial',
      activities: [
        {
          key: 'A3',
          institution: 'KEMENPPPA',
          budget: { amount: 2_000_000, attached: false, source: 'apbd' },
          indicators: [
            {
              key: 'I4',
              direction: 'lower_is_better',
              target: 20,
              baseline: 50,
              reports: [
                ['2012-S1', 'returned', 40, 400_000],
                ['2012-S2', 'draft', 30],
              ],
            },
          ],
        },
        {
          key: 'A4',
          institution: 'KEMENSOS',
          indicators: [
            { key: 'I5', direction: 'yes_no', target: 1, reports: [['2012-S1', 'draft', 0]] },
          ],
        },
      ],
    },
  ],
};

const rad = (
  key: string,
  regionCode: string,
  frequency: PeriodFrequency,
  activity: ActivitySpec,
  years: [number, number] = [2012, 2014],
): PlanSpec => ({
  key,
  kind: 'rad',
  regionCode,
  startYear: years[0],
  endYear: years[1],
  frequency,
  programs: [{ strategy: 'koordinasi', activities: [activity] }],
});

const RADS: PlanSpec[] = [
  rad('rad33', '33', 'quarterly', {
    key: 'A5',
    institution: 'KEMENPPPA',
    indicators: [
      {
        key: 'I6',
        direction: 'higher_is_better',
        target: 10,
        reports: [
          ['2012-TW1', 'approved', 5],
          ['2012-TW2', 'approved', 8],
          ['2012-TW3', 'submitted', 9],
        ],
      },
    ],
  }),
  rad('rad3374', '33.74', 'semester', {
    key: 'A6',
    institution: 'POLRI',
    indicators: [
      { key: 'I7', direction: 'yes_no', target: 1, reports: [['2012-S1', 'approved', 1]] },
    ],
  }),
  rad('rad5301', '53.01', 'semester', {
    key: 'A7',
    institution: 'KEMENSOS',
    indicators: [
      {
        key: 'I8',
        direction: 'higher_is_better',
        target: 4,
        reports: [
          ['2012-S1', 'approved', 1],
          ['2012-S2', 'approved', 2],
        ],
      },
      {
        key: 'I10',
        direction: 'higher_is_better',
        target: 4,
        retired: true,
        reports: [['2012-S1', 'approved', 0]],
      },
    ],
  }),
  rad(
    'rad33old',
    '33',
    'semester',
    {
      key: 'A8',
      institution: 'KEMENPPPA',
      indicators: [
        {
          key: 'I9',
          direction: 'higher_is_better',
          target: 5,
          reports: [['2011-S1', 'approved', 5]],
        },
      ],
    },
    [2008, 2011],
  ),
];

export type Fixture = {
  plan: Record<string, string>;
  activity: Record<string, string>;
  indicator: Record<string, string>;
  /** `I1@2012-S2` → report id. */
  report: Record<string, string>;
  institution: Record<string, string>;
};

async function insertPlan(db: Db, spec: PlanSpec, out: Fixture) {
  const [plan] = await db
    .insert(plans)
    .values({
      kind: spec.kind,
      regionCode: spec.regionCode,
      title: `${spec.kind.toUpperCase()} uji ${spec.regionCode ?? 'nasional'}`,
      startYear: spec.startYear,
      endYear: spec.endYear,
      reporting: { frequency: spec.frequency, deadlineDays: 15, closingGraceDays: 30 },
      trafficLight: THRESHOLDS,
    })
    .returning({ id: plans.id });
  const planId = plan?.id ?? '';
  out.plan[spec.key] = planId;
  for (const [p, program] of spec.programs.entries()) {
    const [prog] = await db
      .insert(planPrograms)
      .values({
        planId,
        strategyCode: program.strategy,
        code: `P${p + 1}`,
        title: `Program ${p + 1}`,
        position: p + 1,
      })
      .returning({ id: planPrograms.id });
    for (const [a, act] of program.activities.entries()) {
      const inst = institutionId(act.institution);
      out.institution[act.institution] = inst;
      const [activity] = await db
        .insert(planActivities)
        .values({
          planId,
          programId: prog?.id ?? '',
          code: act.key,
          title: `Aksi ${act.key}`,
          responsibleInstitutionId: inst,
          position: a + 1,
        })
        .returning({ id: planActivities.id });
      const activityId = activity?.id ?? '';
      out.activity[act.key] = activityId;
      if (act.budget)
        await db.insert(planActivityBudgets).values({ activityId, year: YEAR, ...act.budget });
      for (const [i, ind] of act.indicators.entries()) {
        const [indicator] = await db
          .insert(planIndicators)
          .values({
            planId,
            activityId,
            code: ind.key,
            name: `Indikator ${ind.key}`,
            unit: 'kegiatan',
            direction: ind.direction,
            baseline: ind.baseline ?? null,
            targets: { [String(YEAR)]: ind.target, '2011': ind.target },
            position: i + 1,
            retiredInRevision: ind.retired ? 2 : null,
          })
          .returning({ id: planIndicators.id });
        const indicatorId = indicator?.id ?? '';
        out.indicator[ind.key] = indicatorId;
        for (const [period, state, realised, budget] of ind.reports) {
          const a = achievement({
            direction: ind.direction,
            target: ind.target,
            baseline: ind.baseline ?? null,
            realised,
          });
          const [report] = await db
            .insert(progressReports)
            .values({
              planId,
              activityId,
              indicatorId,
              institutionId: inst,
              regionCode: spec.regionCode,
              strategyCode: program.strategy,
              periodCode: period,
              year: Number(period.slice(0, 4)),
              state,
              realisedValue: realised,
              realisedBudget: budget ?? null,
              narrative: 'Uraian uji',
              achievement: a.computable ? a.capped : null,
              achievementRaw: a.computable ? a.raw : null,
              achievementNote: a.computable ? null : a.reason,
            })
            .returning({ id: progressReports.id });
          out.report[`${ind.key}@${period}`] = report?.id ?? '';
        }
      }
    }
  }
}

export async function insertMonitoringFixture(db: Db): Promise<Fixture> {
  const out: Fixture = { plan: {}, activity: {}, indicator: {}, report: {}, institution: {} };
  for (const spec of [RAN, ...RADS]) await insertPlan(db, spec, out);
  // two evidence files on I1's S2 report, one of them removed: the drill-down counts one
  await db.insert(evidenceFiles).values([
    {
      reportId: out.report['I1@2012-S2'] ?? '',
      sha256: 'a'.repeat(64),
      fileName: 'daftar-hadir.pdf',
      mimeType: 'application/pdf',
      sizeBytes: 1000,
    },
    {
      reportId: out.report['I1@2012-S2'] ?? '',
      sha256: 'b'.repeat(64),
      fileName: 'salah.pdf',
      mimeType: 'application/pdf',
      sizeBytes: 1000,
      removedAt: new Date(),
    },
  ]);
  return out;
}
