// Shared plumbing for the benches: child processes that always get stopped, free ports, waiting
// for an HTTP answer, the machine description and the one JSON line every bench ends with.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');

// ---------------------------------------------------------------------------------------------
// Clean-up: every resource registers how to release it; released in reverse order on success,
// on failure and on Ctrl-C.

type Cleanup = () => void | Promise<void>;
const cleanups: Cleanup[] = [];

export function onCleanup(fn: Cleanup): void {
  cleanups.push(fn);
}

export async function cleanUp(): Promise<void> {
  while (cleanups.length) {
    const fn = cleanups.pop();
    try {
      await fn?.();
    } catch (err) {
      process.stderr.write(`clean-up: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  }
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  // Ctrl-C may arrive twice (from the terminal and from scripts/bench.mjs): clean up once
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    process.stderr.write(`\n${signal}: stopping\n`);
    void cleanUp().finally(() => process.exit(130));
  });
}

/**
 * Runs a bench's main function (which prints its own JSON line and says whether the target was
 * met): clean-up always; on an error, a JSON line with `pass: false` and exit code 1.
 */
export function runBench(name: string, main: () => Promise<boolean>): void {
  main()
    .then(
      (ok) => {
        process.exitCode = ok ? 0 : 1;
      },
      (err: unknown) => {
        const message = err instanceof Error ? err.message : String(err);
        process.stderr.write(`\nBENCH FAILED: ${err instanceof Error ? err.stack : message}\n`);
        process.exitCode = 1;
        return cleanUp().then(() =>
          printJsonLine({ bench: name, pass: false, error: message.split('\n')[0] }),
        );
      },
    )
    .finally(() => cleanUp());
}

// ---------------------------------------------------------------------------------------------
// Child processes

export type Child = {
  proc: ChildProcess;
  name: string;
  /** The last lines it wrote (stdout and stderr), for diagnostics. */
  tail(): string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when it has exited. */
  stop(graceMs?: number): Promise<void>;
  exited: Promise<number | null>;
};

export function startChild(
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  opts: { onLine?: (line: string) => void } = {},
): Child {
  const proc = spawn(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line) continue;
      lines.push(line);
      if (lines.length > 60) lines.shift();
      opts.onLine?.(line);
    }
  };
  proc.stdout?.on('data', collect);
  proc.stderr?.on('data', collect);
  const exited = new Promise<number | null>((resolve) => {
    if (proc.exitCode !== null) resolve(proc.exitCode);
    else proc.once('exit', (code) => resolve(code));
  });
  const stop = async (graceMs = 10_000) => {
    if (proc.exitCode !== null || proc.signalCode !== null) return;
    proc.kill('SIGTERM');
    const timer = setTimeout(() => proc.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  };
  const child: Child = { proc, name, tail: () => lines.join('\n'), stop, exited };
  onCleanup(() => child.stop(5_000));
  return child;
}

// ---------------------------------------------------------------------------------------------
// Network

/** A free TCP port on loopback (asked from the kernel, then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** One GET on loopback; resolves with the status code, or null when nothing answers. */
export function probe(url: string, timeoutMs = 1_000): Promise<number | null> {
  return new Promise((resolve) => {
    const req = http.get(url, { agent: false, timeout: timeoutMs }, (res) => {
      res.resume();
      res.once('end', () => resolve(res.statusCode ?? null));
    });
    req.once('timeout', () => req.destroy());
    req.once('error', () => resolve(null));
  });
}

/**
 * Polls `url` every `intervalMs` until it answers 200; fails when the child exits first or the
 * time runs out. Resolves with the moment (performance.now()) of the first 200.
 */
export async function waitFor200(
  url: string,
  child: Child,
  opts: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<number> {
  const deadline = performance.now() + (opts.timeoutMs ?? 60_000);
  let exited = false;
  void child.exited.then(() => {
    exited = true;
  });
  while (performance.now() < deadline) {
    if (exited)
      throw new Error(`${child.name} exited before ${url} answered. Its output:\n${child.tail()}`);
    const status = await probe(url);
    if (status === 200) return performance.now();
    await new Promise((r) => setTimeout(r, opts.intervalMs ?? 20));
  }
  throw new Error(`${url} did not answer 200 in time. ${child.name} output:\n${child.tail()}`);
}

// ---------------------------------------------------------------------------------------------
// Reporting

export type Machine = {
  date: string;
  commit: string;
  nproc: number;
  memory_gib: number;
  cpu: string;
  node: string;
};

export function machine(): Machine {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root }).toString().trim();
  } catch {
    // not a git checkout
  }
  return {
    date: new Date().toISOString().slice(0, 10),
    commit,
    nproc: os.availableParallelism(),
    memory_gib: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
  };
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Nearest-rank percentile of unsorted samples (copied, not changed). */
export function percentile(samples: ArrayLike<number>, p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = Float64Array.from(samples).sort();
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

/** Prints rows as an aligned text table. */
export function printTable(header: string[], rows: (string | number)[][]): void {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  process.stdout.write(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const r of cells.slice(1)) process.stdout.write(`${line(r)}\n`);
  process.stdout.write('\n');
}

/**
 * Appends a run's full figures as one line to bench/results/<name>.jsonl (a history of runs on
 * this checkout; the folder is not versioned).
 */
export function recordResult(name: string, figures: Record<string, unknown>): void {
  const dir = path.join(root, 'bench/results');
  fs.mkdirSync(dir, { recursive: true });
  fs.appendFileSync(path.join(dir, `${name}.jsonl`), `${JSON.stringify(figures)}\n`);
}

/** The one JSON line every bench ends with (scripts and CI read the last line). */
export function printJsonLine(figures: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

export function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

// ---------------------------------------------------------------------------------------------
// CPU time of processes (Linux /proc), to see which process saturates a core during a run.

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** User + system CPU milliseconds a process has used, or null when it cannot be read. */
export function cpuMs(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // fields after the parenthesised command name; utime and stime are fields 14 and 15
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return null;
  }
}

/** The process and its direct children (PostgreSQL's postmaster forks one backend a client). */
export function processFamily(pid: number): number[] {
  const pids = [pid];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

/** CPU ms of a process and its children, by pid. */
export function familyCpu(pid: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const p of processFamily(pid)) {
    const ms = cpuMs(p);
    if (ms !== null) out.set(p, ms);
  }
  return out;
}

/**
 * CPU ms the family used since `before`: processes that have exited meanwhile (an idle pool
 * connection closing) count nothing, ones that started meanwhile count in full.
 */
export function familyCpuSince(pid: number, before: Map<number, number>): number {
  let total = 0;
  for (const [p, ms] of familyCpu(pid)) total += ms - (before.get(p) ?? 0);
  return total;
}

/**
 * The main thread's time on a CPU and waiting in the run queue (ready to run but no CPU free),
 * in ms, from /proc/<pid>/schedstat. On a small machine the second says how much of a server's
 * latency is a queue for the CPU rather than its own work.
 */
export function schedMs(pid: number): { run: number; wait: number } | null {
  try {
    const [run, wait] = fs.readFileSync(`/proc/${pid}/schedstat`, 'utf8').trim().split(' ');
    return { run: Number(run) / 1e6, wait: Number(wait) / 1e6 };
  } catch {
    return null;
  }
}

/**
 * CPU ms used by processes on the whole machine (user and system time of all CPUs). Interrupt
 * time is left out: loopback networking under load shows up there and belongs to no process.
 */
export function machineBusyMs(): number {
  const fields = (fs.readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '')
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  const [user = 0, nice = 0, system = 0] = fields;
  return (user + nice + system) * TICK_MS;
}
