import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** `sigap reminders run` as an operator (or cron) runs it, on an embedded data directory. */
describe.skipIf(process.env.SIGAP_TEST_DB === 'postgres')('sigap reminders run', () => {
  it('runs the sweep once from the command line', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sigap-reminders-'));
    try {
      const env = { ...process.env, SIGAP_DATA_DIR: dir, LOG_LEVEL: 'warn' };
      delete (env as Record<string, string | undefined>).DATABASE_URL;
      const r = spawnSync(
        process.execPath,
        [
          path.resolve(import.meta.dirname, '../bin/sigap.mjs'),
          'reminders',
          'run',
          '--json',
          '--at',
          '2070-04-10',
        ],
        { env, encoding: 'utf8', timeout: 120_000 },
      );
      expect(r.stderr).toBe('');
      expect(JSON.parse(r.stdout)).toEqual({
        ran: true,
        approaching: 0,
        overdue: 0,
        emailed: 0,
        failedEmails: 0,
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
