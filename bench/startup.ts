// bench: cold start of `npm start` on an existing PGlite data directory, until /healthz answers 200
//
// npm run bench -- startup [--runs 5]
//
// The data directory is created first by one untimed start (PGlite initdb, migrations, reference
// and demo data), which is stopped once /healthz answers. Then `node scripts/start.mjs` (what
// `npm start` runs) is started --runs times on that directory; each time is from spawning the
// process to the first 200 from /healthz (polled every 10 ms on 127.0.0.1), after which the
// process is stopped with SIGTERM and waited for (it holds the data directory's lock).
// scripts/start.mjs builds the web app when packages/web/dist/index.html is missing; the bench
// builds it before timing. If the web app cannot be built, the bench times the very command
// start.mjs runs after that check (`sigap serve --demo-if-empty`) and says so.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  freePort,
  log,
  machine,
  onCleanup,
  printJsonLine,
  printTable,
  recordResult,
  root,
  round,
  runBench,
  startChild,
  waitFor200,
} from './support/harness.js';

const TARGET_MS = 5000;

const { values: args } = parseArgs({
  args: process.argv.slice(2),
  options: { runs: { type: 'string', default: '5' } },
});
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1) {
  process.stderr.write(`--runs must be a whole number ≥ 1 (got "${args.runs}")\n`);
  process.exit(2);
}

type Command = { label: string; args: string[]; env: NodeJS.ProcessEnv };

/** `node scripts/start.mjs` once the web app is built; otherwise what it runs after the build. */
function chooseCommand(): Command {
  const startScript = path.join(root, 'scripts/start.mjs');
  if (!fs.existsSync(startScript)) throw new Error('scripts/start.mjs (npm start) is missing');
  const webIndex = path.join(root, 'packages/web/dist/index.html');
  if (!fs.existsSync(webIndex)) {
    log('The web app is not built yet: building it first (untimed, as the first `npm start`)…');
    const r = spawnSync('npm', ['run', 'build', '-w', '@sigap/web'], {
      cwd: root,
      encoding: 'utf8',
    });
    if (r.status !== 0) {
      const why = `${r.stdout}\n${r.stderr}`
        .split('\n')
        .filter((l) => /error/i.test(l))
        .slice(0, 3)
        .join(' | ');
      log(`WARNING: the web app does not build (${why || `exit ${r.status}`}).`);
    }
  }
  if (fs.existsSync(webIndex))
    return { label: 'node scripts/start.mjs (npm start)', args: ['scripts/start.mjs'], env: {} };
  const web = fs.mkdtempSync(path.join(os.tmpdir(), 'sigap-bench-web-'));
  onCleanup(() => fs.rmSync(web, { recursive: true, force: true }));
  fs.writeFileSync(path.join(web, 'index.html'), '<!doctype html><title>Sigap</title>\n');
  log(
    'WARNING: timing `sigap serve --demo-if-empty` (what npm start runs after its build check) ' +
      'with a placeholder web directory, because the web app is not built.',
  );
  return {
    label: 'sigap serve --demo-if-empty (web app not built)',
    args: ['packages/server/bin/sigap.mjs', 'serve', '--demo-if-empty'],
    env: { SIGAP_WEB_DIST: web },
  };
}

type Run = { ms: number; readyMs: number | null };

/** Starts the product, waits for /healthz, stops it; the time from spawn to the first 200. */
async function startOnce(cmd: Command, dataDir: string, timeoutMs: number): Promise<Run> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...cmd.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    SIGAP_DATA_DIR: dataDir,
  };
  delete env.DATABASE_URL;
  delete env.DATABASE_READ_URL;
  let readyMs: number | null = null;
  const t0 = performance.now();
  const child = startChild(cmd.label, cmd.args, env, {
    onLine: (line) => {
      const m = /ready in (\d+) ms/.exec(line);
      if (m) readyMs = Number(m[1]);
    },
  });
  try {
    const t1 = await waitFor200(`http://127.0.0.1:${port}/healthz`, child, {
      timeoutMs,
      intervalMs: 10,
    });
    return { ms: round(t1 - t0, 0), readyMs };
  } finally {
    await child.stop(15_000);
  }
}

async function main(): Promise<boolean> {
  const m = machine();
  const cmd = chooseCommand();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sigap-bench-startup-'));
  onCleanup(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  log(`Creating the data directory (first start: initdb, migrations, demo data)…`);
  const first = await startOnce(cmd, dataDir, 180_000);
  log(`  first start: ${first.ms} ms`);

  const results: Run[] = [];
  for (let i = 1; i <= runs; i++) {
    const r = await startOnce(cmd, dataDir, 60_000);
    log(`  start ${i}/${runs}: ${r.ms} ms to /healthz 200 (server says ready in ${r.readyMs} ms)`);
    results.push(r);
  }
  const sorted = results.map((r) => r.ms).sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
  const max = sorted[sorted.length - 1] ?? Number.NaN;
  const min = sorted[0] ?? Number.NaN;
  const pass = max < TARGET_MS;

  printTable(
    ['start', 'spawn → /healthz 200 (ms)', 'server "ready in" (ms)'],
    [
      ['first (creates the data dir)', first.ms, first.readyMs ?? '-'],
      ...results.map((r, i) => [`${i + 1}`, r.ms, r.readyMs ?? '-']),
    ],
  );
  process.stdout.write(
    `${cmd.label} on an existing PGlite data directory: median ${median} ms, ` +
      `max ${max} ms (target < ${TARGET_MS} ms): ${pass ? 'PASS' : 'FAIL'}\n` +
      `${m.nproc} CPUs (${m.cpu}), node ${m.node}, commit ${m.commit}\n`,
  );
  const figures = {
    bench: 'startup',
    command: cmd.label,
    median_ms: median,
    max_ms: max,
    min_ms: min,
    runs_ms: results.map((r) => r.ms),
    first_start_ms: first.ms,
    target_ms: TARGET_MS,
    pass,
    ...m,
  };
  recordResult('startup', figures);
  printJsonLine(figures);
  return pass;
}

runBench('startup', main);
