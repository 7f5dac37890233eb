import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The `sigap` command as a newcomer runs it, on an embedded data directory. */
const BIN = path.resolve(import.meta.dirname, '../bin/sigap.mjs');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sigap-cli-'));
const env = { ...process.env, SIGAP_DATA_DIR: dir, DATABASE_URL: '', LOG_LEVEL: 'warn' };
delete (env as Record<string, string | undefined>).DATABASE_URL;

function sigap(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env,
    input,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const onPostgres = process.env.SIGAP_TEST_DB === 'postgres';

describe.skipIf(onPostgres)('sigap CLI', () => {
  let server: ChildProcess | null = null;
  beforeAll(() => {
    expect(sigap(['db', 'migrate']).code).toBe(0);
  });
  afterAll(() => {
    server?.kill('SIGTERM');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('lists its commands', () => {
    const r = sigap(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['serve', 'db', 'seed', 'user', 'audit', 'regions']) expect(r.out).toContain(c);
  });

  it('migrates idempotently and reports the migration', () => {
    const r = sigap(['db', 'migrate']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/pglite: at migration \d{4}_\w+/);
  });

  it('adds a user with the password from standard input, and validates it', () => {
    const ok = sigap(
      [
        'user',
        'add',
        '--email',
        'pic@kemensos.go.id',
        '--name',
        'PIC Data',
        '--role',
        'secretariat',
        '--institution',
        'KEMENSOS',
        '--scope',
        'province:53',
      ],
      'rahasia-sekali-1\n',
    );
    expect(ok.err).toBe('');
    expect(ok.out).toContain('created pic@kemensos.go.id (secretariat, province 53)');
    const weak = sigap(
      [
        'user',
        'add',
        '--email',
        'x@y.id',
        '--name',
        'X',
        '--role',
        'analyst',
        '--institution',
        'KEMENSOS',
      ],
      'short\n',
    );
    expect(weak.code).toBe(1);
    expect(weak.err).toContain('password: Password must be at least 10 characters');
    const badScope = sigap(
      [
        'user',
        'add',
        '--email',
        'z@y.id',
        '--name',
        'Z',
        '--role',
        'analyst',
        '--institution',
        'KEMENSOS',
        '--scope',
        'regency:33',
      ],
      'abcdefgh1234\n',
    );
    expect(badScope.code).toBe(1);
    expect(badScope.err).toContain('scopeRegionCode');
  });

  it('verifies the audit chain', () => {
    const r = sigap(['audit', 'verify']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/audit log intact: \d+ entries verified/);
  });

  it('imports kecamatan on demand, with progress', () => {
    const r = sigap(['regions', 'import', '--level', 'kecamatan']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('imported 7285 kecamatan');
    expect(sigap(['regions', 'import', '--level', 'dusun']).err).toContain(
      '--level must be kecamatan or desa',
    );
  });

  it('refuses a second process on the same embedded data directory', async () => {
    server = spawn(process.execPath, [BIN, 'serve'], {
      env: { ...env, PORT: '0', HOST: '127.0.0.1' },
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('server did not start')), 60_000);
      server?.stdout?.on('data', (d: Buffer) => {
        if (d.toString().includes('Sigap is running')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    const second = sigap(['db', 'migrate']);
    expect(second.code).toBe(1);
    expect(second.err).toMatch(/is in use by another Sigap process \(pid \d+\)/);
  });
});
