import { isFiled, periodStatus, type ReportState, type StrategyCode } from '@sigap/domain';
import { sql } from 'drizzle-orm';
import { type DbOrTx, queryRows } from '../../platform/db/client.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';
import {
  currentInstitutionAbbreviation,
  currentInstitutionName,
} from '../institutions/current-name.js';
import { indicatorsCte } from './dashboard-sql.js';
import type { DrillQuery, DrillView } from './drill-schemas.js';
import {
  achievementFigures,
  achievementRecords,
  institutionRef,
  strategyLabel,
  strategyOrder,
} from './figures.js';
import { type MonitoringFrame, monitoringFrame } from './monitoring-frame.js';
import type { RecordFilter } from './schemas.js';

type IndicatorRow = {
  id: string;
  code: string;
  name: string;
  unit: string;
  direction: string;
  target: number | null;
  activity_id: string;
  activity_code: string;
  activity_title: string;
  strategy: StrategyCode;
  inst: string;
  inst_name: string;
  inst_abbr: string;
};

type ReportRow = {
  id: string;
  indicator_id: string;
  period_code: string;
  state: ReportState;
  realised_value: number | null;
  realised_budget: number | null;
  achievement: number | null;
  achievement_note: string | null;
  evidence_score: number | null;
  updated_at: Date | string;
  evidence_count: number;
};

/** Two statements: the chosen branch of the matrix, then its reports with evidence counts. */
export function drillStatements(f: MonitoringFrame, q: DrillQuery) {
  const narrow = sql`${q.activityId ? sql` and ind.activity_id = ${q.activityId}` : sql``}${
    q.indicatorId ? sql` and ind.id = ${q.indicatorId}` : sql``
  }`;
  const branch = sql`with ${indicatorsCte(f)}
    select ind.id, ind.code, ind.name, i.unit, i.direction,
           (i.targets ->> ${String(f.year)})::float8 as target, ind.activity_id, ind.activity_code,
           ind.activity_title, ind.strategy, ind.inst,
           ${currentInstitutionName(sql`ind.inst`)} as inst_name,
           ${currentInstitutionAbbreviation(sql`ind.inst`)} as inst_abbr
    from ind join plan_indicators i on i.id = ind.id
    where true${narrow}
    order by ind.gpos, ind.apos, ind.ipos, ind.code`;
  const reports = sql`with ${indicatorsCte(f)}
    select r.id, r.indicator_id, r.period_code, r.state, r.realised_value,
           r.realised_budget::float8 as realised_budget, r.achievement, r.achievement_note,
           r.evidence_score, r.updated_at,
           (select count(*) from evidence_files e
            where e.report_id = r.id and e.removed_at is null)::int as evidence_count
    from progress_reports r join ind on ind.id = r.indicator_id
    where r.year = ${f.year}${narrow}
    order by r.period_code`;
  return { branch, reports };
}

type Summary = DrillView['strategies'][number]['summary'];

/**
 * Drill-down (strategy → activity → indicator → report) of a plan's year, for the chosen branch.
 * Each level carries the same summary as the dashboard, and each report its evidence count (the
 * evidence itself is on the report, GET /api/reports/:id).
 */
export async function getDrill(db: DbOrTx, auth: AuthContext, q: DrillQuery): Promise<DrillView> {
  const f = await monitoringFrame(db, auth, {
    planId: q.planId,
    year: q.year,
    strategy: q.strategy,
  });
  const s = drillStatements(f, q);
  const [indicators, reports] = await Promise.all([
    queryRows<IndicatorRow>(db, s.branch),
    queryRows<ReportRow>(db, s.reports),
  ]);
  if ((q.activityId || q.indicatorId) && indicators.length === 0)
    throw new AppError('NOT_FOUND', {
      id: 'Aksi atau indikator tidak ditemukan pada rencana dan cakupan ini',
      en: 'Activity or indicator not found in this plan and scope',
    });
  const begun = f.periods.filter((p) => p.startsOn <= f.today);
  const begunCodes = new Set(begun.map((p) => p.code));
  const byIndicator = new Map<string, ReportRow[]>();
  for (const r of reports)
    byIndicator.set(r.indicator_id, [...(byIndicator.get(r.indicator_id) ?? []), r]);

  const summarise = (
    rows: Array<{ approved: ReportRow | undefined; filed: number }>,
    records: RecordFilter,
  ): Summary => {
    const approved = rows.filter((r) => r.approved);
    const measured = approved.filter((r) => r.approved?.achievement !== null);
    const mean = measured.length
      ? measured.reduce((n, r) => n + (r.approved?.achievement ?? 0), 0) / measured.length
      : null;
    return {
      ...achievementFigures(
        f,
        {
          indicators: rows.length,
          with_approved: approved.length,
          measured: measured.length,
          mean,
        },
        records,
      ),
      expected: rows.length * begun.length,
      filed: rows.reduce((n, r) => n + r.filed, 0),
    };
  };

  const strategies = new Map<StrategyCode, Map<string, IndicatorRow[]>>();
  for (const ind of indicators) {
    const acts = strategies.get(ind.strategy) ?? new Map<string, IndicatorRow[]>();
    acts.set(ind.activity_id, [...(acts.get(ind.activity_id) ?? []), ind]);
    strategies.set(ind.strategy, acts);
  }
  const facts = (ind: IndicatorRow) => {
    const rows = byIndicator.get(ind.id) ?? [];
    const filedCodes = new Set(rows.filter((r) => isFiled(r.state)).map((r) => r.period_code));
    return {
      rows,
      approved: rows.filter((r) => r.state === 'approved').at(-1),
      filed: rows.filter((r) => isFiled(r.state) && begunCodes.has(r.period_code)).length,
      missing: begun.map((p) => p.code).filter((c) => !filedCodes.has(c)),
    };
  };

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
    level: q.indicatorId
      ? 'indicator'
      : q.activityId
        ? 'activity'
        : q.strategy
          ? 'strategy'
          : 'plan',
    ownInstitutionOnly: f.ownInstitutionOnly,
    periods: f.periods.map((p) => ({
      code: p.code,
      label: p.label,
      deadline: p.deadline,
      status: periodStatus(p, f.today, f.plan.reporting.closingGraceDays),
    })),
    strategies: [...strategies]
      .sort(([a], [b]) => strategyOrder(a) - strategyOrder(b))
      .map(([strategy, acts]) => {
        const activities = [...acts.values()].map((inds) => {
          const first = inds[0] as IndicatorRow;
          const indicatorViews = inds.map((ind) => {
            const x = facts(ind);
            return {
              id: ind.id,
              code: ind.code,
              name: ind.name,
              unit: ind.unit,
              direction: ind.direction,
              target: ind.target,
              summary: summarise([x], achievementRecords(f, { indicatorId: ind.id })),
              reports: x.rows.map((r) => ({
                id: r.id,
                periodCode: r.period_code,
                state: r.state,
                realisedValue: r.realised_value,
                realisedBudget: r.realised_budget,
                achievement: r.achievement,
                achievementNote: r.achievement_note,
                evidenceCount: r.evidence_count,
                evidenceScore: r.evidence_score,
                updatedAt: new Date(r.updated_at).toISOString(),
              })),
              missingPeriods: x.missing,
            };
          });
          return {
            id: first.activity_id,
            code: first.activity_code,
            title: first.activity_title,
            institution: institutionRef(first),
            summary: summarise(
              inds.map(facts),
              achievementRecords(f, { activityId: first.activity_id }),
            ),
            indicators: indicatorViews,
          };
        });
        return {
          strategy,
          label: strategyLabel(strategy),
          summary: summarise(
            [...acts.values()].flat().map(facts),
            achievementRecords(f, { strategy }),
          ),
          activities,
        };
      }),
  };
}
