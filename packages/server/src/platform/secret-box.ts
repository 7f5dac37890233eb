import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Authenticated encryption (AES-256-GCM) for secrets the application must read back, such as
 * TOTP seeds. The key comes from SIGAP_SECRET_KEY or a key file, never from the database, so a
 * copy of the database alone does not reveal them.
 */
export type SecretBox = { seal(plain: string): string; open(sealed: string): string };

export function loadKey(secretKey: string | undefined, keyFile: string): Buffer {
  if (secretKey) return decodeKey(secretKey, 'SIGAP_SECRET_KEY');
  if (fs.existsSync(keyFile)) return decodeKey(fs.readFileSync(keyFile, 'utf8').trim(), keyFile);
  fs.mkdirSync(path.dirname(keyFile), { recursive: true });
  const key = randomBytes(32);
  fs.writeFileSync(keyFile, key.toString('base64'), { mode: 0o600, flag: 'wx' });
  return key;
}

function decodeKey(text: string, source: string): Buffer {
  const key = Buffer.from(text, 'base64');
  if (key.length !== 32)
    throw new Error(`${source}: the secret key must be 32 bytes, base64-encoded`);
  return key;
}

export function createSecretBox(key: Buffer): SecretBox {
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `v1:${Buffer.concat([iv, cipher.getAuthTag(), ct]).toString('base64')}`;
    },
    open(sealed) {
      if (!sealed.startsWith('v1:')) throw new Error('unknown sealed format');
      const raw = Buffer.from(sealed.slice(3), 'base64');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}
