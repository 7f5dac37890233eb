// A throw-away PostgreSQL server in a temporary directory on a private port, for tests and
// benchmarks (see shared machine notes). The server refuses to run as root, so it runs as the
// `postgres` user when we are root.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function findBin() {
  const base = '/usr/lib/postgresql';
  if (!fs.existsSync(base)) return null;
  const versions = fs.readdirSync(base).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) {
    const bin = path.join(base, v, 'bin');
    if (fs.existsSync(path.join(bin, 'initdb'))) return bin;
  }
  return null;
}

export function startThrowawayPostgres({ port = 55433, fsync = false } = {}) {
  const bin = findBin();
  if (!bin) return null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sigap-pg-'));
  const asRoot = process.getuid?.() === 0;
  const exec = (cmd, args) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', path.join(bin, cmd), ...args], {
          stdio: 'pipe',
        })
      : execFileSync(path.join(bin, cmd), args, { stdio: 'pipe' });
  if (asRoot) execFileSync('chown', ['postgres', dir]);
  exec('initdb', ['-D', `${dir}/data`, '-A', 'trust', '-U', 'postgres']);
  // a port in use (another run, a forgotten server) moves us to the next one
  let bound = 0;
  for (let p = port; p < port + 20 && !bound; p++) {
    const opts = `-p ${p} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=300${fsync ? '' : ' -c fsync=off'}`;
    try {
      exec('pg_ctl', ['-D', `${dir}/data`, '-l', `${dir}/log`, '-o', opts, '-w', 'start']);
      bound = p;
    } catch {
      // try the next port
    }
  }
  if (!bound) throw new Error(`could not start PostgreSQL (see ${dir}/log)`);
  const stop = () => {
    try {
      exec('pg_ctl', ['-D', `${dir}/data`, '-m', 'immediate', 'stop']);
    } catch {
      // already stopped
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stop);
  return { url: `postgres://postgres@127.0.0.1:${bound}/postgres`, stop };
}
