import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TextWriter, Uint8ArrayReader, ZipReader } from '@zip.js/zip.js';
import { afterAll, describe, expect, it } from 'vitest';
import { parseKeyring } from '../src/platform/field-crypto.js';

/** `sigap keys …` and `sigap cases export-identifying` as an operator runs them. */
const BIN = path.resolve(import.meta.dirname, '../bin/sigap.mjs');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sigap-keys-cli-'));
const keyFile = path.join(dir, 'field-keys.json');
const base = { ...process.env, SIGAP_DATA_DIR: dir, LOG_LEVEL: 'warn' } as Record<
  string,
  string | undefined
>;
delete base.DATABASE_URL;
delete base.SIGAP_FIELD_KEYRING;
delete base.SIGAP_FIELD_KEYRING_FILE;

function sigap(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...base, ...env },
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const onPostgres = process.env.SIGAP_TEST_DB === 'postgres';

describe.skipIf(onPostgres)('sigap keys and sigap cases export-identifying', () => {
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses to rotate a keyring given in the environment, and says how to do it', () => {
    const ring = {
      current: 'k1',
      keys: { k1: randomBytes(32).toString('base64') },
      indexKey: randomBytes(32).toString('base64'),
    };
    const r = sigap(['keys', 'rotate'], { SIGAP_FIELD_KEYRING: JSON.stringify(ring) });
    expect(r.code).toBe(1);
    expect(r.err).toContain('cannot rewrite');
    expect(r.err).toContain('SIGAP_FIELD_KEYRING');
    expect(r.err).toContain('SIGAP_FIELD_KEYRING_FILE');
  }, 60_000);

  it('rotates the key file (made on first use) and shows the status', () => {
    const r = sigap(['keys', 'rotate', '--settle-seconds', '0']);
    expect(r.err).not.toMatch(/Error/);
    expect(r.code).toBe(0);
    expect(r.out).toContain('new data key k2');
    expect(r.out).toContain('retired: k1');
    const ring = parseKeyring(fs.readFileSync(keyFile, 'utf8'), keyFile);
    expect(Object.keys(ring.keys)).toEqual(['k2']);
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    const status = sigap(['keys', 'status', '--json']);
    expect(status.code).toBe(0);
    expect(JSON.parse(status.out)).toMatchObject({ current: 'k2', unknownKeys: {} });
  }, 200_000);

  it('writes an encrypted archive from a password file, never over an existing file', async () => {
    const pw = path.join(dir, 'pw.txt');
    fs.writeFileSync(pw, 'sandi-arsip-yang-panjang\n', { mode: 0o600 });
    const out = path.join(dir, 'export.zip');
    const r = sigap(['cases', 'export-identifying', '-o', out, '--password-file', pw]);
    expect(r.err).toBe('');
    expect(r.out).toContain('people.csv 0');
    expect(fs.statSync(out).mode & 0o777).toBe(0o600);
    const reader = new ZipReader(new Uint8ArrayReader(new Uint8Array(fs.readFileSync(out))));
    const entries = await reader.getEntries();
    const readme = entries.find((e) => e.filename === 'README.txt');
    if (!readme || readme.directory) throw new Error('no README.txt');
    await expect(readme.getData(new TextWriter())).rejects.toThrow();
    expect(
      await readme.getData(new TextWriter(), { password: 'sandi-arsip-yang-panjang' }),
    ).toContain('cli:');
    await reader.close();

    const again = sigap(['cases', 'export-identifying', '-o', out, '--password-file', pw]);
    expect(again.code).toBe(1);
    expect(again.err).toContain('already exists');
    fs.writeFileSync(pw, 'pendek\n');
    const short = sigap(['cases', 'export-identifying', '-o', `${out}.2`, '--password-file', pw]);
    expect(short.code).toBe(1);
    expect(short.err).toContain('12 to 200 characters');
    expect(fs.existsSync(`${out}.2`)).toBe(false);
  }, 200_000);
});
