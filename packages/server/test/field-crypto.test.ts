import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createFieldCrypto,
  generateKeyring,
  keyIdOf,
  loadKeyring,
  openFieldCrypto,
  parseKeyring,
  saveKeyring,
  withNewDataKey,
  withNewIndexKey,
  withoutDataKey,
  withoutPreviousIndexKey,
} from '../src/platform/field-crypto.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sigap-field-crypto-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const key = () => randomBytes(32).toString('base64');

/** Flips one bit of the byte at `at` of a sealed value's binary part. */
function flip(sealed: string, at: number): string {
  const colon = sealed.indexOf(':');
  const raw = Buffer.from(sealed.slice(colon + 1), 'base64');
  raw[at] = (raw[at] ?? 0) ^ 1;
  return `${sealed.slice(0, colon + 1)}${raw.toString('base64')}`;
}

describe('sealing', () => {
  const ring = generateKeyring();
  const fields = createFieldCrypto(ring);

  it('opens what it sealed, under the current key id, with a fresh iv each time', () => {
    const name = 'Siti Nurhaliza binti Abdullah — NTT ✓';
    const a = fields.seal(name);
    const b = fields.seal(name);
    expect(a.startsWith('k1:')).toBe(true);
    expect(keyIdOf(a)).toBe('k1');
    expect(a).not.toBe(b);
    expect(a).not.toContain('Siti');
    expect(fields.open(a)).toBe(name);
    expect(fields.open(b)).toBe(name);
    expect(fields.sealOrNull('')).toBeNull();
    expect(fields.sealOrNull(null)).toBeNull();
    expect(fields.openOrNull(null)).toBeNull();
    expect(fields.openOrNull(fields.sealOrNull('x'))).toBe('x');
  });

  it('detects tampering with the ciphertext, the tag or the iv (GCM authentication)', () => {
    const sealed = fields.seal('3171234567890001');
    expect(() => fields.open(flip(sealed, 30))).toThrow(); // ciphertext
    expect(() => fields.open(flip(sealed, 14))).toThrow(); // tag
    expect(() => fields.open(flip(sealed, 2))).toThrow(); // iv
    expect(fields.open(sealed)).toBe('3171234567890001');
  });

  it('refuses a value under a key it does not have, and a value under the wrong key', () => {
    const other = createFieldCrypto({ ...generateKeyring(), current: 'k1' });
    expect(() => fields.open(`k9:${fields.seal('x').slice(3)}`)).toThrow(/unknown key "k9"/);
    expect(() => fields.open('no-key-id')).toThrow(/unknown key/);
    // same id, different key material: authentication fails rather than returning garbage
    expect(() => fields.open(other.seal('x'))).toThrow();
  });
});

describe('blind indexes', () => {
  const ring = generateKeyring();

  it('are stable for a keyring, separated by purpose, and differ under another index key', () => {
    const a = createFieldCrypto(ring);
    const b = createFieldCrypto(JSON.parse(JSON.stringify(ring)));
    expect(a.blindIndex('nik', '3171234567890001')).toBe(b.blindIndex('nik', '3171234567890001'));
    expect(a.blindIndex('nik', '3171234567890001')).toHaveLength(22); // 128 bits, base64url
    expect(a.blindIndex('nik', '3171234567890001')).not.toBe(
      a.blindIndex('passport', '3171234567890001'),
    );
    expect(a.blindIndex('name', 'siti')).not.toBe(a.blindIndex('name-part', 'siti'));
    const other = createFieldCrypto({ ...ring, indexKey: key() });
    expect(other.blindIndex('nik', '3171234567890001')).not.toBe(
      a.blindIndex('nik', '3171234567890001'),
    );
    // the data key plays no part: a data-key rotation leaves the indexes valid
    expect(createFieldCrypto(withNewDataKey(ring)).blindIndex('name', 'siti')).toBe(
      a.blindIndex('name', 'siti'),
    );
  });

  it('during an index-key rotation, offer the new and the previous index for a search', () => {
    const rotated = withNewIndexKey(ring);
    const before = createFieldCrypto(ring).blindIndex('name', 'siti');
    const during = createFieldCrypto(rotated);
    expect(during.blindIndex('name', 'siti')).not.toBe(before);
    expect(during.blindIndexAll('name', 'siti')).toEqual([
      during.blindIndex('name', 'siti'),
      before,
    ]);
    expect(() => withNewIndexKey(rotated)).toThrow(/unfinished/);
    expect(
      createFieldCrypto(withoutPreviousIndexKey(rotated)).blindIndexAll('name', 'siti'),
    ).toEqual([during.blindIndex('name', 'siti')]);
  });
});

describe('keyring', () => {
  const good = { current: 'k1', keys: { k1: key() }, indexKey: key() };

  it('rejects bad JSON, short keys, a missing current key, bad ids and missing fields', () => {
    expect(() => parseKeyring('{not json', 'f.json')).toThrow(
      /f.json: the field keyring must be JSON/,
    );
    expect(() => parseKeyring(JSON.stringify({ ...good, keys: { k1: 'c2hvcnQ=' } }), 'f')).toThrow(
      /key "k1" must be 32 bytes/,
    );
    expect(() => parseKeyring(JSON.stringify({ ...good, indexKey: 'c2hvcnQ=' }), 'f')).toThrow(
      /key "indexKey" must be 32 bytes/,
    );
    expect(() => parseKeyring(JSON.stringify({ ...good, current: 'k2' }), 'f')).toThrow(
      /current key "k2" is missing/,
    );
    expect(() => parseKeyring(JSON.stringify({ ...good, keys: { K1: key() } }), 'f')).toThrow(
      /lower-case/,
    );
    expect(() => parseKeyring(JSON.stringify({ current: 'k1', keys: good.keys }), 'f')).toThrow(
      /needs "current", "keys" and "indexKey"/,
    );
    expect(() =>
      parseKeyring(JSON.stringify({ ...good, previousIndexKey: 'c2hvcnQ=' }), 'f'),
    ).toThrow(/previousIndexKey" must be 32 bytes/);
    expect(parseKeyring(JSON.stringify(good), 'f')).toEqual(good);
  });

  it('creates a key file readable only by its owner when there is none, and reuses it', () => {
    const file = path.join(dir, 'new', 'field-keys.json');
    const ring = loadKeyring(undefined, file);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(loadKeyring(undefined, file)).toEqual(ring);
    expect(Object.keys(ring.keys)).toEqual(['k1']);
  });

  it('takes SIGAP_FIELD_KEYRING over the key file, and then writes no file', () => {
    const file = path.join(dir, 'env', 'field-keys.json');
    expect(loadKeyring(JSON.stringify(good), file)).toEqual(good);
    expect(fs.existsSync(file)).toBe(false);
    const onDisk = loadKeyring(undefined, file);
    expect(loadKeyring(JSON.stringify(good), file)).toEqual(good);
    expect(onDisk).not.toEqual(good);
  });

  it('saves atomically with mode 0600 and leaves no temporary file', () => {
    const file = path.join(dir, 'save.json');
    fs.writeFileSync(file, 'old', { mode: 0o644 });
    saveKeyring(file, good);
    expect(parseKeyring(fs.readFileSync(file, 'utf8'), file)).toEqual(good);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('adds data keys with growing ids and never retires the current one', () => {
    const r2 = withNewDataKey(good);
    expect(r2.current).toBe('k2');
    expect(Object.keys(r2.keys).sort()).toEqual(['k1', 'k2']);
    const old = createFieldCrypto(good).seal('Budi');
    const now = createFieldCrypto(r2);
    expect(now.isStale(old)).toBe(true);
    expect(now.isStale(now.seal('Budi'))).toBe(false);
    expect(now.open(old)).toBe('Budi');
    const r3 = withNewDataKey(withoutDataKey(r2, 'k1'));
    expect(r3.current).toBe('k3');
    expect(() => withoutDataKey(r3, 'k3')).toThrow(/current key/);
    expect(() => withoutDataKey(r3, 'k1')).toThrow(/no key "k1"/);
  });
});

describe('the application keyring follows the key file', () => {
  it('opens values under a key added to the file, seals under it, and keeps retired keys', () => {
    const file = path.join(dir, 'follow.json');
    const ring = generateKeyring();
    saveKeyring(file, ring);
    const app = openFieldCrypto(undefined, file, 60_000);
    const underK1 = app.seal('Ani');
    const rotated = withNewDataKey(ring);
    saveKeyring(file, rotated);
    // a value naming a key the app does not know makes it read the file at once
    const underK2 = createFieldCrypto(rotated).seal('Wati');
    expect(app.open(underK2)).toBe('Wati');
    expect(app.keyId).toBe('k2');
    expect(keyIdOf(app.seal('x'))).toBe('k2');
    // k1 retired and k3 added: the app re-reads the file for k3 and still knows k1
    const later = withNewDataKey(withoutDataKey(rotated, 'k1'));
    saveKeyring(file, later);
    expect(app.open(createFieldCrypto(later).seal('Rina'))).toBe('Rina');
    expect(keyIdOf(app.seal('x'))).toBe('k3');
    expect(app.open(underK1)).toBe('Ani');
  });

  it('notices a changed file on its own after the check interval', async () => {
    const file = path.join(dir, 'follow-interval.json');
    const ring = generateKeyring();
    saveKeyring(file, ring);
    const app = openFieldCrypto(undefined, file, 20);
    saveKeyring(file, withNewIndexKey(withNewDataKey(ring)));
    await new Promise((r) => setTimeout(r, 40));
    expect(keyIdOf(app.seal('x'))).toBe('k2');
    expect(app.blindIndexAll('name', 'siti')).toHaveLength(2);
  });

  it('stays fixed when the keyring comes from the environment', () => {
    const file = path.join(dir, 'unused.json');
    const ring = generateKeyring();
    const app = openFieldCrypto(JSON.stringify(ring), file, 0);
    saveKeyring(file, withNewDataKey(ring));
    expect(keyIdOf(app.seal('x'))).toBe('k1');
  });
});
