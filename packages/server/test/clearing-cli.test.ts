import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** `sigap clearing run` on an embedded data directory, as an operator runs it. */
const BIN = path.resolve(import.meta.dirname, '../bin/sigap.mjs');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sigap-clearing-cli-'));
const env: Record<string, string | undefined> = {
  ...process.env,
  SIGAP_DATA_DIR: dir,
  LOG_LEVEL: 'warn',
};
delete env.DATABASE_URL;

const sigap = (args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env,
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe.skipIf(process.env.SIGAP_TEST_DB === 'postgres')('sigap clearing run', () => {
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('searches the registry, reports progress on stderr and the result on stdout', () => {
    const r = sigap(['clearing', 'run', '--json']);
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ records: 0, proposed: 0, threshold: 80 });
    expect(r.err).toContain('clearing: reading 0 / 0');
    // the first command on a fresh data directory also migrates it and loads the reference data
  }, 180_000);

  it('refuses a threshold outside 50–100', () => {
    const r = sigap(['clearing', 'run', '--threshold', '20']);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('--threshold');
  });
});
