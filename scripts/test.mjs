#!/usr/bin/env node
// `npm test`: typecheck, lint, then every test: domain rules, server integration tests on PGlite
// and on PostgreSQL, and browser tests in Chromium. When TEST_DATABASE_URL is not set and the
// PostgreSQL server binaries are installed, a throw-away server is started for the run.
import { spawnSync } from 'node:child_process';
import { startThrowawayPostgres } from './throwaway-postgres.mjs';

const root = new URL('..', import.meta.url).pathname;
const run = (cmd, args, env = process.env) => {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`\nFAILED: ${cmd} ${args.join(' ')} (exit ${r.status})`);
    process.exitCode = r.status ?? 1;
    return false;
  }
  return true;
};

let pg = null;
const env = { ...process.env };
if (!env.TEST_DATABASE_URL) {
  pg = startThrowawayPostgres();
  if (pg) env.TEST_DATABASE_URL = pg.url;
  else console.warn('PostgreSQL server binaries not found: server tests run on PGlite only.');
}

try {
  const ok =
    run('npm', ['run', 'typecheck']) &&
    run('npm', ['run', 'lint']) &&
    run('npm', ['run', 'build']) &&
    run('npx', ['vitest', 'run', ...process.argv.slice(2)], env);
  if (!ok) process.exitCode ||= 1;
} finally {
  pg?.stop();
}
