import {
  DEFAULT_TRAFFIC_LIGHT_THRESHOLDS,
  findPeriodByCode,
  generatePeriods,
  type PlanKind,
  type ReportingPeriod,
  ReportingSettings,
  type Scope,
  type StrategyCode,
  TrafficLightThresholds,
} from '@sigap/domain';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../platform/db/client.js';
import { withinScope } from '../../platform/db/scope-sql.js';
import { AppError } from '../../platform/http/errors.js';
import type { AuthContext } from '../../platform/http/types.js';
import { plans } from '../plans/schema.js';
import { fieldError } from '../shared/field-error.js';

export type MonitoredPlan = {
  id: string;
  kind: PlanKind;
  regionCode: string | null;
  title: string;
  startYear: number;
  endYear: number;
  reporting: ReportingSettings;
  trafficLight: TrafficLightThresholds;
};

/**
 * Everything a monitoring answer is computed within: the plan, the year, the periods that are
 * due by today, and the filters after the role's own limits are applied.
 */
export type MonitoringFrame = {
  plan: MonitoredPlan;
  year: number;
  /** Today in Asia/Jakarta (WIB), where the deadlines are set. */
  today: string;
  /** The whole calendar of the year. */
  periods: ReportingPeriod[];
  /** Periods that have begun by today, or only the chosen one. */
  due: ReportingPeriod[];
  /** The chosen period: achievement is "as of" its end. */
  upTo: ReportingPeriod | null;
  strategy: StrategyCode | null;
  institutionId: string | null;
  /** A reporter's figures are its institution's only (it reports for it and answers for it). */
  ownInstitutionOnly: boolean;
  regionCode: string | null;
  scope: Scope;
};

/** Who asks: the role and institution decide a reporter's limits, the scope which plans. */
export type Viewer = Pick<AuthContext, 'role' | 'scope' | 'institutionId'>;

export type FrameFilters = {
  planId: string;
  year: number;
  periodCode?: string | undefined;
  strategy?: StrategyCode | undefined;
  institutionId?: string | undefined;
  regionCode?: string | undefined;
};

/** The RAN, and RADs inside the scope; the same rule for the plan and for the by-region rows. */
export function planVisibleSql(scope: Scope): SQL {
  if (scope.level === 'national') return sql`true`;
  return sql`(${plans.regionCode} is null or ${withinScope(plans.regionCode, scope)})`;
}

const PLAN_NOT_FOUND = { id: 'Rencana aksi tidak ditemukan', en: 'Action plan not found' };

/** The date in Indonesia's western time zone, where the task force's deadlines fall. */
export function todayInJakarta(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(now);
}

/** The statement behind getMonitoredPlan (the bench times it with the dashboard's own). */
export function monitoredPlanQuery(db: DbOrTx, scope: Scope, planId: string) {
  return db
    .select({
      id: plans.id,
      kind: plans.kind,
      regionCode: plans.regionCode,
      title: plans.title,
      startYear: plans.startYear,
      endYear: plans.endYear,
      reporting: plans.reporting,
      trafficLight: plans.trafficLight,
    })
    .from(plans)
    .where(and(eq(plans.id, planId), planVisibleSql(scope)));
}

/**
 * A plan the user may monitor: the RAN, and the RADs of their region and of the regions under it
 * — the plans whose reports they may read (reporting/report-access.ts). Others answer 404 like a
 * missing id (decision 0007). Settings stored before a key existed get its default.
 */
export async function getMonitoredPlan(
  db: DbOrTx,
  scope: Scope,
  planId: string,
): Promise<MonitoredPlan> {
  const [row] = await monitoredPlanQuery(db, scope, planId);
  if (!row) throw new AppError('NOT_FOUND', PLAN_NOT_FOUND);
  const lights = TrafficLightThresholds.safeParse(row.trafficLight);
  return {
    ...row,
    reporting: ReportingSettings.parse(row.reporting ?? {}),
    trafficLight: lights.success ? lights.data : DEFAULT_TRAFFIC_LIGHT_THRESHOLDS,
  };
}

/**
 * A reporter sees its own institution's figures: it answers for them, not for other K/L's. The
 * exception is a regional reporter on a RAD of its region (or under it), which it files for as
 * the regional task force and whose reports it reads in full. Naming another institution is
 * refused rather than silently ignored.
 */
function institutionFilter(auth: Viewer, plan: MonitoredPlan, asked: string | undefined) {
  const wholePlan =
    auth.role !== 'reporter' || (auth.scope.level !== 'national' && plan.regionCode !== null);
  if (wholePlan) return { institutionId: asked ?? null, own: false };
  if (asked !== undefined && asked !== auth.institutionId)
    throw new AppError(
      'FORBIDDEN',
      {
        id: 'Pelapor hanya dapat melihat angka instansinya sendiri',
        en: "A reporter can only see its own institution's figures",
      },
      [
        {
          path: 'institutionId',
          message: {
            id: 'Bukan instansi Anda',
            en: 'Not your institution',
          },
        },
      ],
    );
  return { institutionId: auth.institutionId, own: true };
}

/** True when the region is the given one or lies under it (codes nest: 33 ⊃ 33.74). */
export function atOrUnder(code: string, root: string): boolean {
  return code === root || code.startsWith(`${root}.`);
}

function checkRegion(plan: MonitoredPlan, scope: Scope, code: string | undefined) {
  if (code === undefined) return null;
  if (plan.regionCode !== null && !atOrUnder(code, plan.regionCode))
    throw fieldError('regionCode', {
      id: 'Wilayah tidak berada di bawah wilayah rencana aksi ini',
      en: "The region does not lie within this plan's region",
    });
  if (
    !(
      scope.level === 'national' ||
      atOrUnder(code, scope.regionCode) ||
      atOrUnder(scope.regionCode, code)
    )
  )
    throw new AppError(
      'FORBIDDEN',
      { id: 'Wilayah di luar cakupan Anda', en: 'The region is outside your scope' },
      [{ path: 'regionCode', message: { id: 'Di luar cakupan', en: 'Outside your scope' } }],
    );
  return code;
}

export async function monitoringFrame(
  db: DbOrTx,
  auth: Viewer,
  q: FrameFilters,
  now: Date = new Date(),
): Promise<MonitoringFrame> {
  const plan = await getMonitoredPlan(db, auth.scope, q.planId);
  if (q.year < plan.startYear || q.year > plan.endYear)
    throw fieldError('year', {
      id: `Tahun di luar periode rencana aksi (${plan.startYear}–${plan.endYear})`,
      en: `The year lies outside the plan period (${plan.startYear}–${plan.endYear})`,
    });
  const { frequency, deadlineDays } = plan.reporting;
  let upTo: ReportingPeriod | null = null;
  if (q.periodCode !== undefined) {
    upTo = findPeriodByCode(q.periodCode, frequency, deadlineDays);
    if (!upTo || upTo.year !== q.year)
      throw fieldError('periodCode', {
        id: `Periode bukan periode pelaporan rencana ini pada tahun ${q.year}`,
        en: `Not a reporting period of this plan in ${q.year}`,
      });
  }
  const today = todayInJakarta(now);
  const periods = generatePeriods({ frequency, startYear: q.year, endYear: q.year, deadlineDays });
  const begun = periods.filter((p) => p.startsOn <= today);
  const { institutionId, own } = institutionFilter(auth, plan, q.institutionId);
  return {
    plan,
    year: q.year,
    today,
    periods,
    due: upTo ? begun.filter((p) => p.code === upTo?.code) : begun,
    upTo,
    strategy: q.strategy ?? null,
    institutionId,
    ownInstitutionOnly: own,
    regionCode: checkRegion(plan, auth.scope, q.regionCode),
    scope: auth.scope,
  };
}
