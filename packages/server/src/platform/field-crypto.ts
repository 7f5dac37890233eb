import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  createSecretKey,
  randomBytes,
  randomFillSync,
} from 'node:crypto';
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
  /**
   * The index key being replaced while `sigap keys rotate --index-key` recomputes the blind
   * indexes; searches try both until the recompute is done and this is removed.
   */
  previousIndexKey?: string;
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
  /**
   * Every blind index a stored row may carry for this value: the current key's, then, during an
   * index-key rotation, the previous key's. Searches match any of them.
   */
  blindIndexAll(purpose: string, normalised: string): string[];
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
  if (k.previousIndexKey !== undefined && typeof k.previousIndexKey !== 'string')
    throw new Error(`${source}: "previousIndexKey" must be a base64 string`);
  const named: Array<[string, unknown]> = [['indexKey', k.indexKey]];
  if (k.previousIndexKey) named.push(['previousIndexKey', k.previousIndexKey]);
  for (const [id, key] of Object.entries(k.keys)) {
    if (!/^[a-z0-9]+$/.test(id))
      throw new Error(`${source}: key id "${id}" must be lower-case letters and digits`);
    named.push([id, key]);
  }
  for (const [id, key] of named)
    if (typeof key !== 'string' || Buffer.from(key, 'base64').length !== 32)
      throw new Error(`${source}: key "${id}" must be 32 bytes, base64-encoded`);
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

/**
 * Writes the keyring atomically (a crash mid-write must not lose the keys): a temporary file,
 * flushed to disk, renamed over the old one, and the directory flushed so the rename survives.
 */
export function saveKeyring(keyFile: string, ring: Keyring): void {
  const tmp = `${keyFile}.${process.pid}.tmp`;
  const fd = fs.openSync(tmp, 'w', 0o600);
  try {
    fs.writeSync(fd, `${JSON.stringify(ring, null, 2)}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, keyFile);
  try {
    const dir = fs.openSync(path.dirname(keyFile), 'r');
    try {
      fs.fsyncSync(dir);
    } finally {
      fs.closeSync(dir);
    }
  } catch {
    // some file systems cannot fsync a directory; the rename itself is still atomic
  }
}

/** The key id a sealed value names (`k2` of `k2:…`), or null when it names none. */
export function keyIdOf(sealed: string): string | null {
  const colon = sealed.indexOf(':');
  return colon > 0 ? sealed.slice(0, colon) : null;
}

/**
 * The keyring with a new data key as current. The old keys stay, so what they sealed still opens
 * until every value is re-encrypted and they are retired. Ids only grow (the current key is the
 * newest and is never retired), so a retired id is never given to another key.
 */
export function withNewDataKey(ring: Keyring): Keyring {
  const numbers = Object.keys(ring.keys).map((id) => Number(/^k(\d+)$/.exec(id)?.[1] ?? 0));
  const id = `k${Math.max(0, ...numbers) + 1}`;
  return { ...ring, current: id, keys: { ...ring.keys, [id]: randomBytes(32).toString('base64') } };
}

/** The keyring without a data key that no value uses any more (never the current one). */
export function withoutDataKey(ring: Keyring, id: string): Keyring {
  if (id === ring.current) throw new Error(`key "${id}" is the current key and cannot be retired`);
  if (!ring.keys[id]) throw new Error(`the keyring has no key "${id}"`);
  const { [id]: _retired, ...keys } = ring.keys;
  return { ...ring, keys };
}

/** A new blind-index key; the old one is kept as `previousIndexKey` until the recompute is done. */
export function withNewIndexKey(ring: Keyring): Keyring {
  if (ring.previousIndexKey)
    throw new Error('an index-key rotation is unfinished: finish it before starting another');
  return { ...ring, previousIndexKey: ring.indexKey, indexKey: randomBytes(32).toString('base64') };
}

export function withoutPreviousIndexKey(ring: Keyring): Keyring {
  const { previousIndexKey: _previous, ...rest } = ring;
  return rest;
}

export function createFieldCrypto(ring: Keyring): FieldCrypto {
  const keys = new Map(Object.entries(ring.keys).map(([id, k]) => [id, Buffer.from(k, 'base64')]));
  const current = keys.get(ring.current) as Buffer;
  const indexKey = Buffer.from(ring.indexKey, 'base64');
  const previousIndexKey = ring.previousIndexKey
    ? Buffer.from(ring.previousIndexKey, 'base64')
    : null;
  const prefix = `${ring.current}:`;
  const hmac = (key: Buffer, purpose: string, normalised: string) =>
    createHmac('sha256', key)
      .update(`${purpose}\u0000${normalised}`)
      .digest('base64url')
      .slice(0, 22);

  const currentKey = createSecretKey(current);
  const nextIv = ivSource();
  const seal = (plain: string) => {
    const iv = nextIv();
    const cipher = createCipheriv('aes-256-gcm', currentKey, iv);
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
    blindIndex: (purpose, normalised) => hmac(indexKey, purpose, normalised),
    blindIndexAll: (purpose, normalised) =>
      previousIndexKey
        ? [hmac(indexKey, purpose, normalised), hmac(previousIndexKey, purpose, normalised)]
        : [hmac(indexKey, purpose, normalised)],
  };
}

/**
 * Fresh 12-byte GCM nonces, drawn from the CSPRNG 4,096 at a time: one `randomBytes` call per
 * sealed value cost more than the encryption itself (an import seals millions). Each nonce is
 * still random and used once (the pool is refilled, never reread), so uniqueness per value under a
 * key is as before: 96 random bits.
 */
const IV_BYTES = 12;
const IV_POOL = 4096;
function ivSource(): () => Buffer {
  let pool = Buffer.alloc(0);
  let at = 0;
  return () => {
    if (at + IV_BYTES > pool.length) {
      // a new buffer each time: the IVs handed out before are views of the old one
      pool = randomFillSync(Buffer.allocUnsafeSlow(IV_BYTES * IV_POOL));
      at = 0;
    }
    const iv = pool.subarray(at, at + IV_BYTES);
    at += IV_BYTES;
    return iv;
  };
}

/**
 * The application's FieldCrypto. From the environment the keyring is fixed. From a key file it
 * follows the file, so that a server left running during `sigap keys rotate` (PostgreSQL
 * installations) opens values sealed under the new key and seals under it within seconds: the
 * file is checked at most every `checkEveryMs`, and at once when a value names a key this process
 * does not know. Keys that leave the file (retired) stay known in memory until restart, so a value
 * sealed by this process a moment before the retirement still opens.
 */
export function openFieldCrypto(
  envValue: string | undefined,
  keyFile: string,
  checkEveryMs = 5000,
): FieldCrypto {
  const first = loadKeyring(envValue, keyFile);
  if (envValue) return createFieldCrypto(first);
  let known = first.keys;
  let inner = createFieldCrypto(first);
  let stamp = fileStamp(keyFile);
  let nextCheck = Date.now() + checkEveryMs;
  const follow = (force: boolean) => {
    const now = Date.now();
    if (!force && now < nextCheck) return false;
    nextCheck = now + checkEveryMs;
    const seen = fileStamp(keyFile);
    if (!force && seen === stamp) return false;
    try {
      const ring = parseKeyring(fs.readFileSync(keyFile, 'utf8'), keyFile);
      known = { ...known, ...ring.keys };
      inner = createFieldCrypto({ ...ring, keys: known });
      stamp = seen;
      return true;
    } catch {
      // a file being edited by hand, or gone: keep working with the keys already known
      return false;
    }
  };
  const now = () => {
    follow(false);
    return inner;
  };
  const open = (sealed: string) => {
    const id = keyIdOf(sealed);
    if (id && !Object.hasOwn(known, id)) follow(true);
    return now().open(sealed);
  };
  return {
    get keyId() {
      return now().keyId;
    },
    seal: (plain) => now().seal(plain),
    sealOrNull: (plain) => now().sealOrNull(plain),
    open,
    openOrNull: (sealed) => (sealed ? open(sealed) : null),
    isStale: (sealed) => now().isStale(sealed),
    blindIndex: (purpose, normalised) => now().blindIndex(purpose, normalised),
    blindIndexAll: (purpose, normalised) => now().blindIndexAll(purpose, normalised),
  };
}

function fileStamp(file: string): string {
  try {
    const st = fs.statSync(file);
    return `${st.ino}:${st.mtimeMs}:${st.size}`;
  } catch {
    return 'missing';
  }
}
