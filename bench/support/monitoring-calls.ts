// The monitoring calls the bench measures, with varied filters, and the very SQL each one sends
// (built by the feature's own query builders) for running it directly.
import { makeScope, type Role, type ScopeLevel, STRATEGY_CODES } from '@sigap/domain';
import { type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { overdueQuery } from '../../packages/server/src/features/monitoring/dashboard-sql.js';
import type { DrillQuery } from '../../packages/server/src/features/monitoring/drill-schemas.js';
import { dashboardStatements } from '../../packages/server/src/features/monitoring/get-dashboard.js';
import { drillStatements } from '../../packages/server/src/features/monitoring/get-drill.js';
import {
  type FrameFilters,
  monitoredPlanQuery,
  monitoringFrame,
  type Viewer,
} from '../../packages/server/src/features/monitoring/monitoring-frame.js';
import { type Db, queryRows } from '../../packages/server/src/platform/db/client.js';
import { BENCH_TAG, NATIONAL_USER, PROVINCE_USER } from './monitoring-volume.js';

const PROVINCE = '33';
const YEARS = [2020, 2021, 2022, 2023, 2024];

type Kind = 'dashboard' | 'drill' | 'overdue';
export type Sample = { query: Record<string, string | number> };
export type Call = {
  key: string;
  what: string;
  user: string;
  kind: Kind;
  samples: Sample[];
};

/** A small deterministic generator, so every run (and both sides) use the same filters. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Ids = {
  ran: string;
  provinceRads: string[];
  regencyRads: string[];
  jatengRads: string[];
  institutions: string[];
  provinces: string[];
};

export async function benchIds(db: Db): Promise<Ids> {
  const plans = await queryRows<{ id: string; kind: string; region_code: string | null }>(
    db,
    sql`select id, kind, region_code from plans where title like ${`%${BENCH_TAG}`}`,
  );
  const inst = await queryRows<{ id: string }>(
    db,
    sql`select distinct responsible_institution_id as id from plan_activities a
        join plans p on p.id = a.plan_id where p.kind = 'ran' and p.title like ${`%${BENCH_TAG}`}`,
  );
  const rads = plans.filter((p) => p.kind === 'rad' && p.region_code);
  const ran = plans.find((p) => p.kind === 'ran');
  if (!ran || rads.length === 0) throw new Error('the bench volume has no RAN or no RAD');
  const code = (p: { region_code: string | null }) => p.region_code ?? '';
  return {
    ran: ran.id,
    provinceRads: rads.filter((p) => !code(p).includes('.')).map((p) => p.id),
    regencyRads: rads.filter((p) => code(p).includes('.')).map((p) => p.id),
    jatengRads: rads
      .filter((p) => code(p) === PROVINCE || code(p).startsWith(`${PROVINCE}.`))
      .map((p) => p.id),
    institutions: inst.map((r) => r.id),
    provinces: rads.filter((p) => !code(p).includes('.')).map(code),
  };
}

export function benchCalls(ids: Ids, n: number): Call[] {
  const rnd = prng(20240101);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const year = () => pick(YEARS);
  const many = (make: () => Record<string, string | number>): Sample[] =>
    Array.from({ length: n }, () => ({ query: make() }));
  const filtered = () => {
    const y = year();
    const q: Record<string, string | number> = { planId: ids.ran, year: y };
    const r = rnd();
    if (r < 0.4) q.periodCode = `${y}-TW${1 + Math.floor(rnd() * 4)}`;
    if (r >= 0.3 && r < 0.7) q.strategy = pick([...STRATEGY_CODES]);
    if (r >= 0.6) q.institutionId = pick(ids.institutions);
    return q;
  };
  const call = (
    key: string,
    what: string,
    user: string,
    kind: Kind,
    make: () => Record<string, string | number>,
  ): Call => ({
    key,
    what,
    user,
    kind,
    samples: many(make),
  });
  return [
    call('ran', 'RAN, whole year (by region: every province)', NATIONAL_USER, 'dashboard', () => ({
      planId: ids.ran,
      year: year(),
    })),
    call(
      'ran_filtered',
      'RAN with period / strategy / institution',
      NATIONAL_USER,
      'dashboard',
      filtered,
    ),
    call('ran_region', 'RAN, one province’s regions', NATIONAL_USER, 'dashboard', () => ({
      planId: ids.ran,
      year: year(),
      regionCode: pick(ids.provinces),
    })),
    call(
      'rad_province',
      'a provincial RAD (by region: its kabupaten/kota)',
      NATIONAL_USER,
      'dashboard',
      () => ({ planId: pick(ids.provinceRads), year: year() }),
    ),
    call('rad_regency', 'a kabupaten/kota RAD', NATIONAL_USER, 'dashboard', () => ({
      planId: pick(ids.regencyRads),
      year: year(),
    })),
    call('drill', 'drill-down of one RAN strategy', NATIONAL_USER, 'drill', () => ({
      planId: ids.ran,
      year: year(),
      strategy: pick([...STRATEGY_CODES]),
    })),
    call('overdue', 'overdue list of the RAN, a page of 50', NATIONAL_USER, 'overdue', () => ({
      planId: ids.ran,
      year: year(),
      page: 1 + Math.floor(rnd() * 3),
      pageSize: 50,
    })),
    call('prov_ran', 'province user: the RAN', PROVINCE_USER, 'dashboard', () => ({
      planId: ids.ran,
      year: year(),
    })),
    call('prov_rad', 'province user: a RAD of its province', PROVINCE_USER, 'dashboard', () => ({
      planId: pick(ids.jatengRads),
      year: year(),
    })),
  ];
}

export function urlOf(call: Call, sample: Sample): string {
  const qs = new URLSearchParams(
    Object.entries(sample.query).map(([k, v]): [string, string] => [k, String(v)]),
  );
  return `/api/monitoring/${call.kind}?${qs}`;
}

export async function viewerOf(db: Db, email: string): Promise<Viewer> {
  const [u] = await queryRows<{
    role: Role;
    institution_id: string;
    scope_level: ScopeLevel;
    scope_region_code: string | null;
  }>(
    db,
    sql`select role, institution_id, scope_level, scope_region_code from users where email = ${email}`,
  );
  if (!u) throw new Error(`no user ${email}`);
  return {
    role: u.role,
    institutionId: u.institution_id,
    scope: makeScope(u.scope_level, u.scope_region_code),
  };
}

/** `noJit`: run in a transaction with `set local jit = off`, as the app runs it (regionRows). */
export type Statement = { sql: string; params: unknown[]; noJit?: boolean };
/** What one call sends: the plan lookup first, then the rest in parallel. */
export type CallSql = { first: Statement; parallel: Statement[] };

const dialect = new PgDialect();
const text = (q: SQL): Statement => dialect.sqlToQuery(q);

export async function sqlOf(db: Db, viewer: Viewer, call: Call, sample: Sample): Promise<CallSql> {
  // the query as the route hands it over after validation
  const q = sample.query as unknown as FrameFilters &
    DrillQuery & { page: number; pageSize: number };
  const frame = await monitoringFrame(db, viewer, q);
  const first = monitoredPlanQuery(db, viewer.scope, String(q.planId)).toSQL();
  const parallel: Statement[] = [];
  const add = (s: SQL | null, noJit = false) => {
    if (s) parallel.push({ ...text(s), noJit });
  };
  if (call.kind === 'dashboard') {
    const { regions, ...rest } = dashboardStatements(frame);
    for (const s of Object.values(rest)) add(s);
    add(regions, true);
  }
  if (call.kind === 'drill') {
    const s = drillStatements(frame, q);
    add(s.branch);
    add(s.reports);
  }
  if (call.kind === 'overdue') {
    const size = Number(q.pageSize);
    const s = overdueQuery(frame, { limit: size, offset: (Number(q.page) - 1) * size });
    add(s);
  }
  return { first, parallel };
}
