import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'packages/server/bin/sigap.mjs');
const WEB_DIST = path.join(ROOT, 'packages/web/dist');

export type RunningServer = { url: string; dataDir: string; stop(): Promise<void> };

/**
 * The product as a newcomer starts it: `sigap serve --demo-if-empty` on a fresh embedded data
 * directory, serving the built web app, on a free port.
 */
export async function startServer(
  env: Record<string, string> = {},
  opts: { demo?: boolean; dataDir?: string } = {},
): Promise<RunningServer> {
  if (!fs.existsSync(path.join(WEB_DIST, 'index.html')))
    throw new Error('The web app is not built: run `npm run build` first (npm test does).');
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'sigap-e2e-'));
  const args = opts.demo === false ? [BIN, 'serve'] : [BIN, 'serve', '--demo-if-empty'];
  const child: ChildProcess = spawn(process.execPath, args, {
    env: {
      ...process.env,
      DATABASE_URL: '',
      SIGAP_DATA_DIR: dataDir,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    // seeding the demo (with its thousands of cases) takes minutes on a busy 2-core machine
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 240_000);
    const onData = (d: Buffer) => {
      output += d.toString();
      const m = output.match(/Sigap is running at (http:\/\/[\d.]+:\d+)/);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}):\n${output}`));
    });
  });
  return {
    url,
    dataDir,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
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
