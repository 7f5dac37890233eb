import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const BIN = path.join(ROOT, 'packages/server/bin/sigap.mjs');

export type Launched = { url: string; stop(): Promise<void> };

/** Starts `sigap <args>` on a data directory and waits until it says where it is running. */
export async function launchSigap(
  dataDir: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<Launched> {
  const child: ChildProcess = spawn(process.execPath, [BIN, ...args], {
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
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 400_000);
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
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (child.exitCode === null) {
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
}
