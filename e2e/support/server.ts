import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { BIN, launchSigap } from './launch.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WEB_DIST = path.join(ROOT, 'packages/web/dist');

export type RunningServer = { url: string; dataDir: string; stop(): Promise<void> };

/**
 * The product as a newcomer starts it: `sigap serve --demo-if-empty` on a fresh embedded data
 * directory, serving the built web app, on a free port. The demo installation is a copy of the
 * one global setup seeded (global-setup.ts): seeding its thousands of cases takes minutes on a
 * busy 2-core machine, copying the directory a second.
 */
export async function startServer(
  env: Record<string, string> = {},
  opts: { demo?: boolean; dataDir?: string } = {},
): Promise<RunningServer> {
  if (!fs.existsSync(path.join(WEB_DIST, 'index.html')))
    throw new Error('The web app is not built: run `npm run build` first (npm test does).');
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'sigap-e2e-'));
  if (!opts.dataDir && opts.demo !== false)
    fs.cpSync(inject('e2eDemoDataDir'), dataDir, { recursive: true });
  const args = opts.demo === false ? ['serve'] : ['serve', '--demo-if-empty'];
  const launched = await launchSigap(dataDir, args, env);
  return {
    url: launched.url,
    dataDir,
    async stop() {
      await launched.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs a `sigap` command on a data directory (before the server is started on it). */
export function sigapCommand(dataDir: string, args: string[], input?: string): string {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...process.env, DATABASE_URL: '', SIGAP_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    input,
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (r.status !== 0) throw new Error(`sigap ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}
