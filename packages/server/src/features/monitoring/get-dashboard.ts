import { periodStatus, type StrategyCode, trafficLight } from '@sigap/domain';
import type { SQL } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../platform/db/client.js';
import type { AuthContext } from '../../platform/http/types.js';
import {
  type AchievementRow,
  achievementQuery,
  type BudgetRow,
  budgetQuery,
  type OverdueRow,
  overdueQuery,
  type PeriodRow,
  periodsQuery,
} from './dashboard-sql.js';
import {
  achievementFigures,
  achievementRecords,
  baseFilter,
  budgetFigures,
  byStrategyThenInstitution,
  completenessFigures,
  institutionRef,
  percent,
  rounded,
  strategyLabel,
  verifiedFigures,
} from './figures.js';
import { type FrameFilters, type MonitoringFrame, monitoringFrame } from './monitoring-frame.js';
import { overdueItems } from './overdue-items.js';
import { type RegionRow, regionQuery, regionRows } from './region-sql.js';
import type { DashboardView } from './schemas.js';

/** How many overdue reports the dashboard shows; the rest page through /api/monitoring/overdue. */
export const OVERDUE_PREVIEW = 20;

/**
 * The statements of one dashboard answer, in the order they are read back. Exported so the bench
 * can time the very same SQL without the app around it. `regions` runs with JIT off
 * (regionRows).
 */
export function dashboardStatements(f: MonitoringFrame, overdueLimit = OVERDUE_PREVIEW) {
  const begun = f.periods.filter((p) => p.startsOn <= f.today);
  return {
    achievement: achievementQuery(f),
    periods: begun.length ? periodsQuery(f, begun) : null,
    budget: budgetQuery(f),
    overdue: overdueQuery(f, { limit: overdueLimit, offset: 0 }),
    regions: regionQuery(f),
  } satisfies Record<string, SQL | null>;
}

const rowsOf = <T>(db: DbOrTx, q: SQL | null) =>
  q ? queryRows<T>(db, q) : Promise.resolve([] as T[]);

/**
 * The monitoring dashboard of a plan and year. Computed on every call from the primary database
 * (never the read replica or the read cache): a report approved a moment ago must show at once,
 * and the answer depends on today's date (what is due, days overdue).
 */
export async function getDashboard(
  db: DbOrTx,
  auth: AuthContext,
  q: FrameFilters,
  opts: { now?: Date; overdueLimit?: number } = {},
): Promise<DashboardView> {
  const f = await monitoringFrame(db, auth, q, opts.now);
  const s = dashboardStatements(f, opts.overdueLimit);
  const [achievement, periods, budget, overdue, regions] = await Promise.all([
    rowsOf<AchievementRow>(db, s.achievement),
    rowsOf<PeriodRow>(db, s.periods),
    rowsOf<BudgetRow>(db, s.budget),
    rowsOf<OverdueRow>(db, s.overdue),
    regionRows(db, s.regions),
  ]);
  return presentDashboard(f, { achievement, periods, budget, overdue, regions });
}

type Rows = {
  achievement: AchievementRow[];
  periods: PeriodRow[];
  budget: BudgetRow[];
  overdue: OverdueRow[];
  regions: RegionRow[];
};

export function presentDashboard(f: MonitoringFrame, rows: Rows): DashboardView {
  const periodRow = new Map(rows.periods.map((r) => [r.code, r]));
  const completeness = f.due.map((p) => {
    const r = periodRow.get(p.code);
    const expected = r?.expected ?? 0;
    const filed = r?.filed ?? 0;
    return {
      periodCode: p.code,
      label: p.label,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      deadline: p.deadline,
      status: periodStatus(p, f.today, f.plan.reporting.closingGraceDays),
      ...completenessFigures(
        f,
        {
          expected,
          filed,
          approved: r?.approved ?? 0,
          overdue: f.today > p.deadline ? expected - filed : 0,
        },
        p.code,
      ),
    };
  });
  const sum = (k: 'expected' | 'filed' | 'approved' | 'overdue') =>
    completeness.reduce((n, c) => n + c[k], 0);

  const trend = f.periods
    .filter((p) => periodRow.has(p.code))
    .map((p) => {
      const r = periodRow.get(p.code);
      const achievement = r && r.measured > 0 ? rounded(r.mean) : null;
      return {
        periodCode: p.code,
        label: p.label,
        achievement,
        light: trafficLight(achievement, f.plan.trafficLight),
        measured: r?.measured ?? 0,
        completeness: percent(r?.filed ?? 0, r?.expected ?? 0),
        filed: r?.filed ?? 0,
        expected: r?.expected ?? 0,
        records: { ...achievementRecords(f), upToPeriodCode: p.code },
      };
    });

  const ach = byStrategyThenInstitution(rows.achievement);
  const bud = byStrategyThenInstitution(rows.budget);
  const budgetRecords = (extra = {}) => achievementRecords(f, extra);
  const overdueTotal = rows.overdue[0]?.total ?? 0;

  return {
    plan: {
      id: f.plan.id,
      kind: f.plan.kind,
      title: f.plan.title,
      regionCode: f.plan.regionCode,
      startYear: f.plan.startYear,
      endYear: f.plan.endYear,
      frequency: f.plan.reporting.frequency,
      trafficLight: f.plan.trafficLight,
    },
    year: f.year,
    asOf: f.today,
    filters: {
      periodCode: f.upTo?.code ?? null,
      strategy: f.strategy,
      institutionId: f.institutionId,
      regionCode: f.regionCode,
      ownInstitutionOnly: f.ownInstitutionOnly,
    },
    totals: {
      achievement: {
        ...achievementFigures(f, ach.total, achievementRecords(f)),
        ...verifiedFigures(ach.total),
      },
      completeness: completenessFigures(f, {
        expected: sum('expected'),
        filed: sum('filed'),
        approved: sum('approved'),
        overdue: sum('overdue'),
      }),
      budget: budgetFigures(bud.total, budgetRecords()),
    },
    completeness,
    achievement: {
      byStrategy: ach.strategies.map((r) => ({
        strategy: r.strategy as StrategyCode,
        label: strategyLabel(r.strategy ?? ''),
        ...achievementFigures(
          f,
          r,
          achievementRecords(f, { strategy: r.strategy as StrategyCode }),
        ),
        ...verifiedFigures(r),
      })),
      byInstitution: ach.institutions.map((r) => ({
        institution: institutionRef(r),
        ...achievementFigures(f, r, achievementRecords(f, { institutionId: r.inst ?? '' })),
        ...verifiedFigures(r),
      })),
      byRegion: rows.regions.map((r) => presentRegion(f, r)),
    },
    budget: {
      byStrategy: bud.strategies.map((r) => ({
        strategy: r.strategy as StrategyCode,
        label: strategyLabel(r.strategy ?? ''),
        ...budgetFigures(r, budgetRecords({ strategy: r.strategy as StrategyCode })),
      })),
      byInstitution: bud.institutions.map((r) => ({
        institution: institutionRef(r),
        ...budgetFigures(r, budgetRecords({ institutionId: r.inst ?? '' })),
      })),
    },
    trend,
    overdue: {
      items: overdueItems(f, rows.overdue),
      total: overdueTotal,
      records: baseFilter(f, f.upTo ? { periodCode: f.upTo.code } : {}),
    },
  };
}

function presentRegion(f: MonitoringFrame, r: RegionRow) {
  const anchorIsNational = (f.regionCode ?? f.plan.regionCode) === null;
  // a province row of the national view gathers the RADs under it; a row of one region's own RAD
  // names that plan (GET /api/reports reads a region code as "and the regions under it")
  const where =
    r.code === null
      ? { planId: f.plan.id }
      : !anchorIsNational && r.plans === 1 && r.plan_id
        ? { planId: r.plan_id }
        : { regionCode: r.code };
  const { planId: _plan, ...rest } = achievementRecords(f);
  // RADs keep their own calendars: GET /api/reports reads `upToPeriodCode` by date, as here
  const records = { ...rest, ...where };
  const expected = r.expected ?? 0;
  const filed = r.filed ?? 0;
  return {
    regionCode: r.code,
    name: r.code === null ? 'Nasional (RAN)' : (r.name ?? r.code),
    level: r.code === null ? ('national' as const) : (r.level ?? 'province'),
    plans: r.plans,
    expected,
    filed,
    completeness: percent(filed, expected),
    ...achievementFigures(
      f,
      {
        indicators: r.indicators ?? 0,
        with_approved: r.with_approved ?? 0,
        measured: r.measured ?? 0,
        mean: r.mean,
      },
      records,
    ),
  };
}
