// bench: monitoring dashboard API on a national volume (552 RADs + the RAN, ~440k reports) against its own SQL run directly
//
// npm run bench -- monitoring [--pglite] [--samples 60] [--warmup 5] [--activities 40]
//
// Database: a throw-away PostgreSQL server with fsync ON (default); a scratch database on
// DATABASE_URL's server; or PGlite (--pglite). The bench migrates it, adds two secretariat users
// (national, Jawa Tengah), then generates the national volume in the database
// (support/monitoring-volume.ts).
// It then times each monitoring call with varied filters twice: its SQL — the statements the
// feature's own builders produce — run directly on a raw connection (plan lookup, then the rest
// in parallel, as the app does), and the real app (`sigap serve`, its own process) answering it
// over HTTP to a signed-in national secretariat user and a province user. Calls are sequential:
// this is latency, not load. See docs/BENCHMARKS.md.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { prepareDatabase } from '../packages/server/src/platform/bootstrap.js';
import { openDatabase, queryRows } from '../packages/server/src/platform/db/client.js';
import {
  cleanUp,
  cpuMs,
  familyCpu,
  familyCpuSince,
  freePort,
  log,
  machine,
  machineBusyMs,
  percentile,
  printJsonLine,
  printTable,
  recordResult,
  round,
  runBench,
  startChild,
  waitFor200,
} from './support/harness.js';
import {
  benchCalls,
  benchIds,
  type Call,
  type CallSql,
  sqlOf,
  urlOf,
  viewerOf,
} from './support/monitoring-calls.js';
import {
  type BenchDatabase,
  benchDatabase,
  postmasterPid,
  type RawConnection,
  rawConnection,
  tempDir,
} from './support/monitoring-database.js';
import { signIn, timedGet } from './support/monitoring-http.js';
import { BENCH_PASSWORD, createBenchUsers, generateVolume } from './support/monitoring-volume.js';

const TARGET_P95_MS = 150;
const TARGET_RATIO = 1.5;

const { values: args } = parseArgs({
  args: process.argv.slice(2),
  options: {
    pglite: { type: 'boolean', default: false },
    samples: { type: 'string', default: '60' },
    warmup: { type: 'string', default: '5' },
    activities: { type: 'string', default: '40' },
  },
});
function whole(name: string, value: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    process.stderr.write(`--${name} must be a whole number ≥ ${min} (got "${value}")\n`);
    process.exit(2);
  }
  return n;
}
const samples = whole('samples', args.samples, 5);
const warmup = whole('warmup', args.warmup, 0);
const activities = whole('activities', args.activities, 6);

/** CPU shares of a phase: ours, the database's, the app's, and everything else on the machine. */
function cpuMeter(pids: { app?: number; postmaster: number | null }) {
  const before = {
    app: pids.app ? (cpuMs(pids.app) ?? 0) : 0,
    db: pids.postmaster ? familyCpu(pids.postmaster) : new Map<number, number>(),
    self: process.cpuUsage(),
    machine: machineBusyMs(),
    t: performance.now(),
  };
  return () => {
    const wall = performance.now() - before.t;
    const self = process.cpuUsage(before.self);
    const used = {
      app: pids.app ? (cpuMs(pids.app) ?? 0) - before.app : 0,
      db: pids.postmaster ? familyCpuSince(pids.postmaster, before.db) : 0,
      self: (self.user + self.system) / 1000,
      machine: machineBusyMs() - before.machine,
    };
    const pct = (ms: number) => round((100 * ms) / wall, 0);
    return {
      app_cpu_pct: pct(used.app),
      db_cpu_pct: pids.postmaster ? pct(used.db) : null,
      bench_cpu_pct: pct(used.self),
      other_cpu_pct: Math.max(0, pct(used.machine - used.app - used.db - used.self)),
    };
  };
}

/** One call's SQL run directly: the plan lookup, then the rest in parallel, as the app does. */
async function timeDirect(raw: RawConnection, q: CallSql): Promise<number> {
  const start = performance.now();
  await raw.run(q.first.sql, q.first.params);
  await Promise.all(
    q.parallel.map((s) => (s.noJit ? raw.runWithoutJit : raw.run)(s.sql, s.params)),
  );
  return performance.now() - start;
}

/** The real app in its own process, with a signed-in session per user of the calls. */
async function startApp(target: BenchDatabase, calls: Call[]) {
  const port = await freePort();
  const baseEnv = { ...process.env };
  delete baseEnv.DATABASE_URL;
  delete baseEnv.DATABASE_READ_URL;
  const app = startChild('sigap serve', ['packages/server/bin/sigap.mjs', 'serve'], {
    ...baseEnv,
    ...target.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    SIGAP_DATA_DIR:
      target.kind === 'pglite' ? (target.env.SIGAP_DATA_DIR ?? '') : tempDir('sigap-bench-data-'),
    SIGAP_WEB_DIST: tempDir('sigap-bench-web-'),
    NODE_ENV: 'production',
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor200(`${base}/healthz`, app, { timeoutMs: 120_000 });
  const cookies = new Map<string, string>();
  for (const c of calls)
    if (!cookies.has(c.user)) cookies.set(c.user, await signIn(base, c.user, BENCH_PASSWORD));
  return { base, cookies, pid: app.proc.pid };
}

async function main(): Promise<boolean> {
  const m = machine();
  const [load1 = 0] = os.loadavg();
  if (load1 > 0.5)
    log(`Note: load average is ${load1.toFixed(2)}; other work on the machine skews the figures.`);
  const target = await benchDatabase(args.pglite);

  log(`Preparing the database (${target.source})…`);
  const t0 = performance.now();
  const database = await openDatabase(target.open);
  let volume: Awaited<ReturnType<typeof generateVolume>>;
  let facts: { fsync: string; version: string; dir: string };
  try {
    await prepareDatabase(database);
    await createBenchUsers(database.db);
    log(`Generating the national volume (${activities} activities per plan)…`);
    volume = await generateVolume(database.db, { activities, log });
    const [f] = await queryRows<{ fsync: string; version: string; dir: string }>(
      database.db,
      sql`select current_setting('fsync') as fsync, current_setting('server_version') as version,
                 current_setting('data_directory') as dir`,
    );
    facts = f ?? { fsync: 'unknown', version: '', dir: '' };
  } finally {
    await database.close();
  }
  const generateS = round((performance.now() - t0) / 1000, 1);
  const pgPid = target.kind === 'postgres' ? postmasterPid(facts.dir) : null;
  log(
    `${volume.plans} plans, ${volume.activities} activities, ${volume.indicators} indicators, ` +
      `${volume.reports} progress reports in ${generateS} s.`,
  );

  // ---- what is measured: the calls with varied filters, and the SQL each one sends
  const raw = await rawConnection(target);
  const calls: Call[] = [];
  const sqlByCall = new Map<string, CallSql[]>();
  const direct = new Map<string, number[]>();
  const viaApp = new Map<string, { ms: number[]; bytes: number }>();
  const cpu: Record<string, ReturnType<ReturnType<typeof cpuMeter>>> = {};
  const keep = (c: Call, i: number, d: number | null, a: { ms: number; bytes: number } | null) => {
    if (i < warmup) return;
    if (d !== null) direct.set(c.key, [...(direct.get(c.key) ?? []), d]);
    if (a !== null) {
      const prev = viaApp.get(c.key) ?? { ms: [], bytes: 0 };
      viaApp.set(c.key, { ms: [...prev.ms, a.ms], bytes: Math.max(prev.bytes, a.bytes) });
    }
  };
  try {
    const ids = await benchIds(raw.db);
    calls.push(...benchCalls(ids, warmup + samples));
    for (const c of calls) {
      const viewer = await viewerOf(raw.db, c.user);
      sqlByCall.set(c.key, await Promise.all(c.samples.map((s) => sqlOf(raw.db, viewer, c, s))));
    }
    const sqlOfSample = (c: Call, i: number) => sqlByCall.get(c.key)?.[i] as CallSql;
    if (target.kind === 'postgres') {
      // interleaved, sample by sample (and in alternating order), so both sides see the same
      // moment of a shared machine
      const app = await startApp(target, calls);
      log('Direct SQL and the app over HTTP, interleaved…');
      const meter = cpuMeter({ app: app.pid, postmaster: pgPid });
      for (const c of calls)
        for (const [i, sample] of c.samples.entries()) {
          const url = urlOf(c, sample);
          const cookie = app.cookies.get(c.user) ?? '';
          if (i % 2 === 0) {
            const d = await timeDirect(raw, sqlOfSample(c, i));
            keep(c, i, d, await timedGet(app.base, url, cookie));
          } else {
            const a = await timedGet(app.base, url, cookie);
            keep(c, i, await timeDirect(raw, sqlOfSample(c, i)), a);
          }
        }
      cpu.run = meter();
    } else {
      log('Direct SQL…');
      let meter = cpuMeter({ postmaster: null });
      for (const c of calls)
        for (const i of c.samples.keys())
          keep(c, i, await timeDirect(raw, sqlOfSample(c, i)), null);
      cpu.direct = meter();
      // PGlite's data directory has one user at a time: the app opens it next
      await raw.close();
      const app = await startApp(target, calls);
      log('The app over HTTP…');
      meter = cpuMeter({ app: app.pid, postmaster: null });
      for (const c of calls)
        for (const [i, sample] of c.samples.entries())
          keep(
            c,
            i,
            null,
            await timedGet(app.base, urlOf(c, sample), app.cookies.get(c.user) ?? ''),
          );
      cpu.app = meter();
    }
  } finally {
    await raw.close();
  }
  await cleanUp();

  const rows = calls.map((c) => {
    const a = viaApp.get(c.key)?.ms ?? [];
    const d = direct.get(c.key) ?? [];
    const appP95 = round(percentile(a, 95));
    const sqlP95 = round(percentile(d, 95));
    return {
      key: c.key,
      kind: c.kind,
      what: c.what,
      user: c.user.split('@')[0],
      app_p50_ms: round(percentile(a, 50)),
      app_p95_ms: appP95,
      app_max_ms: round(Math.max(...a)),
      sql_p50_ms: round(percentile(d, 50)),
      sql_p95_ms: sqlP95,
      ratio: round(appP95 / sqlP95),
      max_kb: round((viaApp.get(c.key)?.bytes ?? 0) / 1024, 1),
    };
  });
  printTable(
    [
      'call',
      'endpoint',
      'user',
      'app p50',
      'app p95',
      'app max',
      'SQL p50',
      'SQL p95',
      'app/SQL',
      'KB',
    ],
    rows.map((r) => [
      r.key,
      r.kind,
      r.user ?? '',
      r.app_p50_ms,
      r.app_p95_ms,
      r.app_max_ms,
      r.sql_p50_ms,
      r.sql_p95_ms,
      r.ratio,
      r.max_kb,
    ]),
  );
  // the targets are the dashboard's (GET /api/monitoring/dashboard); the drill-down and the
  // overdue list are shown beside them, and their worst ratio is in the JSON as sql_ratio_all
  const dashboards = rows.filter((r) => r.kind === 'dashboard');
  const worst = <T extends (typeof rows)[number]>(xs: T[], by: (r: T) => number) =>
    xs.reduce((a, b) => (by(b) > by(a) ? b : a));
  const slowest = worst(dashboards, (r) => r.app_p95_ms);
  const worstRatio = worst(dashboards, (r) => r.ratio);
  const worstRatioAll = worst(rows, (r) => r.ratio);
  const pass = slowest.app_p95_ms < TARGET_P95_MS && worstRatio.ratio < TARGET_RATIO;
  process.stdout.write(
    `${target.kind}${target.kind === 'postgres' ? ` ${facts.version}` : ''}, fsync=${facts.fsync}; ` +
      `${samples} samples per call after ${warmup} warm-up, one at a time` +
      `${target.kind === 'postgres' ? ', direct and app interleaved' : ''}; ` +
      `${m.nproc} CPUs (${m.cpu}), node ${m.node}, commit ${m.commit}\n` +
      `dashboard calls — slowest p95: ${slowest.key} ${slowest.app_p95_ms} ms (target < ${TARGET_P95_MS}); ` +
      `worst app/SQL: ${worstRatio.key} ${worstRatio.ratio} (target < ${TARGET_RATIO}): ${pass ? 'PASS' : 'FAIL'}\n` +
      `CPU (share of one CPU) — ${Object.entries(cpu)
        .map(
          ([phase, c]) =>
            `${phase}: app ${c.app_cpu_pct}%, database ${c.db_cpu_pct ?? 'in app'}%, ` +
            `bench ${c.bench_cpu_pct}%, other ${c.other_cpu_pct}%`,
        )
        .join('; ')}\n`,
  );
  const otherMax = Math.max(...Object.values(cpu).map((c) => c.other_cpu_pct));
  if (otherMax > 15)
    log(
      `WARNING: other processes used up to ${otherMax}% of a CPU during the runs; latencies are higher than on a quiet machine.`,
    );

  const figures = {
    bench: 'monitoring',
    db: target.kind,
    fsync: facts.fsync,
    plans: volume.plans,
    indicators: volume.indicators,
    reports: volume.reports,
    generate_s: generateS,
    p95_ms: slowest.app_p95_ms,
    p95_call: slowest.key,
    sql_p95_ms: slowest.sql_p95_ms,
    sql_ratio: worstRatio.ratio,
    sql_ratio_call: worstRatio.key,
    sql_ratio_all: worstRatioAll.ratio,
    sql_ratio_all_call: worstRatioAll.key,
    target_p95_ms: TARGET_P95_MS,
    target_ratio: TARGET_RATIO,
    pass,
    samples,
    other_cpu_max_pct: otherMax,
    ...m,
  };
  recordResult('monitoring', {
    ...figures,
    calls: rows,
    volume,
    cpu,
  });
  printJsonLine(figures);
  return pass;
}

runBench('monitoring', main);
