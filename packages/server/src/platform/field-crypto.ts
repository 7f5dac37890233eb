import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Field encryption for victims' identifying data (decision 0010). Values are sealed with
 * AES-256-GCM under the keyring's current key and carry that key's id (`k2:<base64>`), so a key
 * rotation can re-encrypt row by row while both keys open what is there. Searchable fields also
 * get a blind index: an HMAC-SHA-256 under a separate index key, truncated, of a normalised value.
 * Keys live in a key file or the environment, never in the database.
 */
export type Keyring = {
  current: string;
  keys: Record<string, string>;
  /** HMAC key of blind indexes (base64, 32 bytes). */
  indexKey: string;
};

export type FieldCrypto = {
  keyId: string;
  seal(plain: string): string;
  sealOrNull(plain: string | null | undefined): string | null;
  open(sealed: string): string;
  openOrNull(sealed: string | null | undefined): string | null;
  /** Sealed under a key other than the current one (a rotation still has work to do). */
  isStale(sealed: string): boolean;
  /** Keyed hash of an already normalised value; `purpose` separates fields (a NIK never equals a name). */
  blindIndex(purpose: string, normalised: string): string;
};

export function generateKeyring(): Keyring {
  return {
    current: 'k1',
    keys: { k1: randomBytes(32).toString('base64') },
    indexKey: randomBytes(32).toString('base64'),
  };
}

export function parseKeyring(text: string, source: string): Keyring {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error(`${source}: the field keyring must be JSON`);
  }
  const k = raw as Partial<Keyring>;
  if (!k || typeof k.current !== 'string' || !k.keys || typeof k.indexKey !== 'string')
    throw new Error(`${source}: the field keyring needs "current", "keys" and "indexKey"`);
  for (const [id, key] of [...Object.entries(k.keys), ['indexKey', k.indexKey] as const]) {
    if (!/^[a-z0-9]+$/.test(id) && id !== 'indexKey')
      throw new Error(`${source}: key id "${id}" must be lower-case letters and digits`);
    if (Buffer.from(String(key), 'base64').length !== 32)
      throw new Error(`${source}: key "${id}" must be 32 bytes, base64-encoded`);
  }
  if (!k.keys[k.current]) throw new Error(`${source}: the current key "${k.current}" is missing`);
  return k as Keyring;
}

/**
 * The keyring from SIGAP_FIELD_KEYRING (JSON) or the key file; a fresh installation without
 * either gets a new key file (mode 0600).
 */
export function loadKeyring(envValue: string | undefined, keyFile: string): Keyring {
  if (envValue) return parseKeyring(envValue, 'SIGAP_FIELD_KEYRING');
  if (fs.existsSync(keyFile)) return parseKeyring(fs.readFileSync(keyFile, 'utf8'), keyFile);
  fs.mkdirSync(path.dirname(keyFile), { recursive: true });
  const ring = generateKeyring();
  fs.writeFileSync(keyFile, `${JSON.stringify(ring, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  return ring;
}

/** Writes the keyring atomically (a crash mid-write must not lose the keys). */
export function saveKeyring(keyFile: string, ring: Keyring): void {
  const tmp = `${keyFile}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify(ring, null, 2)}\n`, { mode: 0o600 });
  fs.renameSync(tmp, keyFile);
}

export function createFieldCrypto(ring: Keyring): FieldCrypto {
  const keys = new Map(Object.entries(ring.keys).map(([id, k]) => [id, Buffer.from(k, 'base64')]));
  const current = keys.get(ring.current) as Buffer;
  const indexKey = Buffer.from(ring.indexKey, 'base64');
  const prefix = `${ring.current}:`;

  const seal = (plain: string) => {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', current, iv);
    const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return prefix + Buffer.concat([iv, cipher.getAuthTag(), ct]).toString('base64');
  };
  const open = (sealed: string) => {
    const colon = sealed.indexOf(':');
    const key = colon > 0 ? keys.get(sealed.slice(0, colon)) : undefined;
    if (!key) throw new Error(`sealed value under unknown key "${sealed.slice(0, colon)}"`);
    const raw = Buffer.from(sealed.slice(colon + 1), 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  };
  return {
    keyId: ring.current,
    seal,
    sealOrNull: (plain) =>
      plain === null || plain === undefined || plain === '' ? null : seal(plain),
    open,
    openOrNull: (sealed) => (sealed ? open(sealed) : null),
    isStale: (sealed) => !sealed.startsWith(prefix),
    blindIndex: (purpose, normalised) =>
      createHmac('sha256', indexKey)
        .update(`${purpose}\u0000${normalised}`)
        .digest('base64url')
        .slice(0, 22),
  };
}
