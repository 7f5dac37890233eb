// bench: authenticated API reads (GET /api/me, a paginated list) against a bare Fastify hello-world
//
// npm run bench -- api [--pglite] [--connections 50] [--duration 10] [--warmup 3] [--users 100]
//                      [--only me,users,regions,bare_db] [--profile]
//
// Database: a throw-away PostgreSQL server with fsync ON (default); or, when DATABASE_URL is set,
// a scratch database created on that server and dropped afterwards; or the embedded PGlite with
// --pglite. The database is migrated and seeded with the demo data plus --users synthetic users
// (so a list page is full), then the real app (`sigap serve`) and a bare Fastify hello-world
// (bench/bare-server.ts) run as their own processes on 127.0.0.1 while autocannon loads them from
// this one. Any connection error, timeout or non-2xx answer fails the bench. --profile writes a
// V8 CPU profile of the app to bench/results/profiles/ (summarise it with
// `node --import tsx bench/support/profile-summary.ts <file>`). See docs/BENCHMARKS.md.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { hasUsers, seedDemo } from '../packages/server/src/features/demo/seed-demo.js';
import { totpCodeAt } from '../packages/server/src/features/identity/totp.js';
import { prepareDatabase } from '../packages/server/src/platform/bootstrap.js';
import {
  type OpenOptions,
  openDatabase,
  queryRows,
} from '../packages/server/src/platform/db/client.js';
import { startThrowawayPostgres } from '../scripts/throwaway-postgres.mjs';
import {
  type Child,
  cleanUp,
  cpuMs,
  familyCpu,
  familyCpuSince,
  freePort,
  log,
  machine,
  machineBusyMs,
  onCleanup,
  printJsonLine,
  printTable,
  recordResult,
  root,
  round,
  runBench,
  schedMs,
  startChild,
  waitFor200,
} from './support/harness.js';
import { type LoadFigures, runLoad } from './support/load.js';

const TARGET_RATIO = 0.4;
const ADMIN = { email: 'admin@sigap.local', password: 'sigap-demo' };

const { values: args } = parseArgs({
  args: process.argv.slice(2),
  options: {
    pglite: { type: 'boolean', default: false },
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    users: { type: 'string', default: '100' },
    profile: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
function count(name: string, value: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) {
    process.stderr.write(`--${name} must be a whole number ≥ ${min} (got "${value}")\n`);
    process.exit(2);
  }
  return n;
}
const connections = count('connections', args.connections, 1);
const durationS = count('duration', args.duration, 1);
const warmupS = count('warmup', args.warmup, 0);
const extraUsers = count('users', args.users, 0);

type BenchDatabase = {
  kind: 'postgres' | 'pglite';
  source: string;
  /** What the app process gets: DATABASE_URL or SIGAP_DATA_DIR. */
  env: NodeJS.ProcessEnv;
  open: OpenOptions;
};

function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  onCleanup(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function benchDatabase(): Promise<BenchDatabase> {
  if (args.pglite) {
    const dataDir = tempDir('sigap-bench-pglite-');
    return {
      kind: 'pglite',
      source: 'PGlite (embedded, in the app process)',
      env: { SIGAP_DATA_DIR: dataDir },
      open: { kind: 'pglite', dataDir },
    };
  }
  const given = process.env.DATABASE_URL;
  if (given) {
    // a scratch database on the given server, so the bench neither sees nor changes real data
    const name = `sigap_bench_${randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: given });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    onCleanup(async () => {
      const c = new pg.Client({ connectionString: given });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    });
    const url = new URL(given);
    url.pathname = `/${name}`;
    return {
      kind: 'postgres',
      source: `DATABASE_URL server, scratch database ${name}`,
      env: { DATABASE_URL: url.toString() },
      open: { kind: 'postgres', url: url.toString(), poolSize: 2 },
    };
  }
  log('Starting a throw-away PostgreSQL server (fsync on)…');
  const server = startThrowawayPostgres({ port: await freePort(), fsync: true });
  if (!server)
    throw new Error(
      'PostgreSQL server binaries not found (apt-get install -y postgresql), ' +
        'and DATABASE_URL is not set. Use --pglite to bench the embedded database.',
    );
  onCleanup(() => server.stop());
  return {
    kind: 'postgres',
    source: 'throw-away PostgreSQL server (scripts/throwaway-postgres.mjs)',
    env: { DATABASE_URL: server.url },
    open: { kind: 'postgres', url: server.url, poolSize: 2 },
  };
}

type DbFacts = { fsync: string; version: string; postmasterPid: number | null };

/** Migrates, seeds the demo data and the synthetic users, and notes fsync and the server pid. */
async function prepare(target: BenchDatabase): Promise<DbFacts> {
  log(`Preparing the database (${target.source})…`);
  const database = await openDatabase(target.open);
  try {
    await prepareDatabase(database);
    if (!(await hasUsers(database))) await seedDemo(database);
    if (extraUsers > 0)
      // copies of the demo accounts' institution and password hash; a third each national,
      // province (Jawa Tengah) and regency (Kota Kupang) scope, as the demo accounts use
      await database.db.execute(sql`
        insert into users (email, full_name, password_hash, role, institution_id, scope_level,
                           scope_region_code)
        select 'bench' || lpad(i::text, 5, '0') || '@sigap.local',
               'Pengguna Bench ' || lpad(i::text, 5, '0'),
               d.password_hash, 'reporter', d.institution_id,
               (array['national', 'province', 'regency'])[i % 3 + 1],
               (array[null, '33', '53.71'])[i % 3 + 1]
        from generate_series(1, ${extraUsers}) i,
             (select password_hash, institution_id from users
              where email = 'admin@sigap.local') d
        on conflict do nothing`);
    const [facts] = await queryRows<{ fsync: string; version: string }>(
      database.db,
      sql`select current_setting('fsync') as fsync, current_setting('server_version') as version`,
    );
    let postmasterPid: number | null = null;
    if (target.kind === 'postgres') {
      try {
        const [dir] = await queryRows<{ d: string }>(
          database.db,
          sql`select current_setting('data_directory') as d`,
        );
        const pidLine = fs.readFileSync(path.join(dir?.d ?? '', 'postmaster.pid'), 'utf8');
        postmasterPid = Number(pidLine.split('\n')[0]) || null;
      } catch {
        // a remote server: its CPU time is not visible from here
      }
    }
    return { fsync: facts?.fsync ?? 'unknown', version: facts?.version ?? '', postmasterPid };
  } finally {
    await database.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Signing in through the real API: the admin's role demands two-factor sign-in, so the bench
// enrols an authenticator exactly as a user would (setup, then a code), which takes the session
// to the `full` stage that /api/users needs.

async function call(
  base: string,
  method: 'GET' | 'POST',
  url: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<{ status: number; json: unknown; setCookie: string[] }> {
  const res = await fetch(`${base}${url}`, {
    method,
    headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, json, setCookie: res.headers.getSetCookie() };
}

function field(obj: unknown, ...keys: string[]): unknown {
  let cur = obj;
  for (const k of keys)
    cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[k] : undefined;
  return cur;
}

async function signIn(base: string): Promise<string> {
  const login = await call(base, 'POST', '/api/auth/login', {}, ADMIN);
  const cookie = login.setCookie.find((c) => c.startsWith('sigap_session='))?.split(';')[0];
  if (login.status !== 200 || !cookie)
    throw new Error(`sign-in failed: ${login.status} ${JSON.stringify(login.json)}`);
  const csrf = field(login.json, 'me', 'csrfToken');
  if (typeof csrf !== 'string') throw new Error('sign-in answered without a CSRF token');
  const headers = { cookie, 'x-csrf-token': csrf };
  if (field(login.json, 'me', 'twoFactor', 'enrolmentPending') === true) {
    const setup = await call(base, 'POST', '/api/auth/totp/setup', headers);
    const secret = field(setup.json, 'secret');
    if (setup.status !== 200 || typeof secret !== 'string')
      throw new Error(`two-factor setup failed: ${setup.status} ${JSON.stringify(setup.json)}`);
    const enable = await call(base, 'POST', '/api/auth/totp/enable', headers, {
      code: totpCodeAt(secret, Date.now()),
    });
    if (enable.status !== 200)
      throw new Error(
        `two-factor enrolment failed: ${enable.status} ${JSON.stringify(enable.json)}`,
      );
  }
  return cookie;
}

// ---------------------------------------------------------------------------------------------

type Key = 'bare' | 'bare_db' | 'me' | 'users' | 'regions';
type Target = {
  key: Key;
  name: string;
  url: string;
  headers: Record<string, string>;
  server: Child;
};
type Measured = LoadFigures & {
  key: Key;
  name: string;
  server_cpu_pct: number;
  /** Share of the run the server's event-loop thread sat in the run queue, waiting for a CPU. */
  server_runq_pct: number | null;
  db_cpu_pct: number | null;
  loadgen_cpu_pct: number;
  /** CPU used meanwhile by processes that are not part of the bench (other work). */
  other_cpu_pct: number;
  /** CPU time per request: less sensitive to other work on the machine than requests/s. */
  server_cpu_us_per_req: number;
  db_cpu_us_per_req: number | null;
};

async function measure(target: Target, facts: DbFacts): Promise<Measured> {
  const load = (durationS: number) =>
    runLoad({ url: target.url, headers: target.headers, connections, durationS });
  const check = (f: LoadFigures, phase: string) => {
    if (f.failures > 0)
      throw new Error(
        `${target.name} (${phase}): ${f.failures} failed requests of ${f.requests} ` +
          `(status codes ${JSON.stringify(f.statusCodes)}${f.firstError ? `, first error: ${f.firstError}` : ''}). ` +
          `Server output:\n${target.server.tail()}`,
      );
  };
  log(`${target.name}: warm-up ${warmupS} s…`);
  if (warmupS > 0) check(await load(warmupS), 'warm-up');
  const serverPid = target.server.proc.pid ?? 0;
  const pgPid = facts.postmasterPid;
  const before = {
    server: cpuMs(serverPid) ?? 0,
    sched: schedMs(serverPid),
    db: pgPid ? familyCpu(pgPid) : new Map<number, number>(),
    loadgen: process.cpuUsage(),
    machine: machineBusyMs(),
    t: performance.now(),
  };
  log(`${target.name}: ${durationS} s at ${connections} connections…`);
  const f = await load(durationS);
  const wall = performance.now() - before.t;
  const lg = process.cpuUsage(before.loadgen);
  const sched = schedMs(serverPid);
  const used = {
    server: (cpuMs(serverPid) ?? 0) - before.server,
    db: pgPid ? familyCpuSince(pgPid, before.db) : 0,
    loadgen: (lg.user + lg.system) / 1000,
    machine: machineBusyMs() - before.machine,
  };
  check(f, 'run');
  const pct = (ms: number) => round((100 * ms) / wall, 0);
  return {
    ...f,
    key: target.key,
    name: target.name,
    server_cpu_pct: pct(used.server),
    server_runq_pct: sched && before.sched ? pct(sched.wait - before.sched.wait) : null,
    db_cpu_pct: pgPid ? pct(used.db) : null,
    loadgen_cpu_pct: pct(used.loadgen),
    other_cpu_pct: Math.max(0, pct(used.machine - used.server - used.db - used.loadgen)),
    server_cpu_us_per_req: round((1000 * used.server) / f.requests, 0),
    db_cpu_us_per_req: pgPid ? round((1000 * used.db) / f.requests, 0) : null,
  };
}

async function main(): Promise<boolean> {
  const m = machine();
  const [load1 = 0] = os.loadavg();
  if (load1 > 0.5)
    log(`Note: load average is ${load1.toFixed(2)}; other work on the machine skews the figures.`);
  const target = await benchDatabase();
  const facts = await prepare(target);

  const [appPort, barePort] = [await freePort(), await freePort()];
  // no web app: the bench is about the API, and the app then skips the static file plugin
  const emptyWeb = tempDir('sigap-bench-web-');
  const dataDir =
    target.kind === 'pglite' ? (target.env.SIGAP_DATA_DIR ?? '') : tempDir('sigap-bench-data-');
  const profileDir = path.join(root, 'bench/results/profiles');
  const baseEnv = { ...process.env };
  delete baseEnv.DATABASE_URL;
  delete baseEnv.DATABASE_READ_URL;
  const app = startChild(
    'sigap serve',
    [
      ...(args.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
      'packages/server/bin/sigap.mjs',
      'serve',
    ],
    {
      ...baseEnv,
      ...target.env,
      PORT: String(appPort),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SIGAP_DATA_DIR: dataDir,
      SIGAP_WEB_DIST: emptyWeb,
      NODE_ENV: 'production',
    },
  );
  const bare = startChild('bare fastify', ['--import', 'tsx', 'bench/bare-server.ts'], {
    ...baseEnv,
    ...(target.env.DATABASE_URL ? { BENCH_DATABASE_URL: target.env.DATABASE_URL } : {}),
    PORT: String(barePort),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
  });
  const appBase = `http://127.0.0.1:${appPort}`;
  await Promise.all([
    waitFor200(`${appBase}/healthz`, app),
    waitFor200(`http://127.0.0.1:${barePort}/`, bare),
  ]);

  const cookie = await signIn(appBase);
  const auth = { cookie };
  const usersUrl = '/api/users?page=1&pageSize=25';
  const firstPage = await call(appBase, 'GET', usersUrl, auth);
  const items = field(firstPage.json, 'items');
  if (firstPage.status !== 200 || !Array.isArray(items))
    throw new Error(`GET ${usersUrl}: ${firstPage.status} ${JSON.stringify(firstPage.json)}`);
  log(
    `Signed in as ${ADMIN.email}; ${usersUrl} lists ${items.length} of ${String(field(firstPage.json, 'meta', 'total'))} users.`,
  );
  const regionsUrl = '/api/regions?level=regency&page=3&pageSize=25';
  const regions = await call(appBase, 'GET', regionsUrl, auth);

  const bareBase = `http://127.0.0.1:${barePort}`;
  const targets: Target[] = [
    { key: 'bare', name: 'bare GET /', url: `${bareBase}/`, headers: {}, server: bare },
  ];
  if (target.env.DATABASE_URL)
    targets.push({
      key: 'bare_db',
      name: 'bare GET /db (1 query)',
      url: `${bareBase}/db`,
      headers: {},
      server: bare,
    });
  targets.push(
    { key: 'me', name: 'GET /api/me', url: `${appBase}/api/me`, headers: auth, server: app },
    {
      key: 'users',
      name: `GET ${usersUrl}`,
      url: `${appBase}${usersUrl}`,
      headers: auth,
      server: app,
    },
  );
  if (regions.status === 200)
    targets.push({
      key: 'regions',
      name: `GET ${regionsUrl}`,
      url: `${appBase}${regionsUrl}`,
      headers: auth,
      server: app,
    });
  else log(`${regionsUrl} answers ${regions.status}: not measured.`);

  // --only me,users: measure just those (and the bare baseline the ratio needs), e.g. to profile
  const only = args.only?.split(',').map((k) => k.trim());
  const chosen = targets.filter((t) => !only || t.key === 'bare' || only.includes(t.key));
  const results: Measured[] = [];
  for (const t of chosen) results.push(await measure(t, facts));

  const get = (key: Key) => results.find((r) => r.key === key);
  const bareR = get('bare');
  const meR = get('me');
  const lists = results.filter((r) => r.key === 'users' || r.key === 'regions');
  if (!bareR) throw new Error('missing results');
  const slowest = lists.reduce<Measured | undefined>(
    (a, b) => (a === undefined || b.rps < a.rps ? b : a),
    undefined,
  );
  const appR = slowest ?? meR;
  if (!appR) throw new Error('nothing of the app was measured');
  const ratio = round(appR.rps / bareR.rps, 3);
  const pass = ratio >= TARGET_RATIO;

  printTable(
    [
      'endpoint',
      'req/s',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'server CPU',
      'runq',
      'db CPU',
      'loadgen',
      'other',
      'server µs/req',
      'db µs/req',
    ],
    results.map((r) => [
      r.name,
      r.rps,
      r.p50_ms,
      r.p95_ms,
      r.p99_ms,
      `${r.server_cpu_pct}%`,
      r.server_runq_pct === null ? '-' : `${r.server_runq_pct}%`,
      r.db_cpu_pct === null ? '-' : `${r.db_cpu_pct}%`,
      `${r.loadgen_cpu_pct}%`,
      `${r.other_cpu_pct}%`,
      r.server_cpu_us_per_req,
      r.db_cpu_us_per_req ?? '-',
    ]),
  );
  process.stdout.write(
    `${target.kind}${target.kind === 'postgres' ? ` ${facts.version}` : ''}, fsync=${facts.fsync}; ` +
      `${connections} connections, ${durationS} s per endpoint after ${warmupS} s warm-up; ` +
      `${m.nproc} CPUs (${m.cpu}), node ${m.node}, commit ${m.commit}\n` +
      `ratio (${slowest ? 'slowest list' : '/api/me'} / bare) = ${ratio} (target ≥ ${TARGET_RATIO}): ${pass ? 'PASS' : 'FAIL'}\n` +
      'CPU columns: share of one CPU during the run; runq = time the server waited for a CPU; ' +
      'other = CPU used by processes outside the bench.\n',
  );
  const busiest = Math.max(...results.map((r) => r.other_cpu_pct));
  if (busiest > 15)
    log(
      `WARNING: other processes used up to ${busiest}% of a CPU during the runs; ` +
        'requests/s are lower than on a quiet machine (CPU µs per request are less affected).',
    );

  if (args.profile) {
    await app.stop();
    log(
      `CPU profile of the app written to ${path.relative(root, profileDir)}/ (open in Chrome DevTools).`,
    );
  }
  await cleanUp();

  const figures = {
    bench: 'api',
    db: target.kind,
    fsync: facts.fsync,
    app_endpoint: appR.name.replace(/^GET /, ''),
    app_rps: appR.rps,
    app_p95_ms: appR.p95_ms,
    ...Object.fromEntries(
      results.flatMap((r) => [
        [`${r.key}_rps`, r.rps],
        [`${r.key}_p95_ms`, r.p95_ms],
      ]),
    ),
    ratio,
    target_ratio: TARGET_RATIO,
    pass,
    connections,
    duration_s: durationS,
    other_cpu_max_pct: busiest,
    ...m,
  };
  recordResult('api', { ...figures, runs: results });
  printJsonLine(figures);
  return pass;
}

runBench('api', main);
