import type { Readable } from 'node:stream';

/**
 * One interface for stored files (evidence, boundary files, exports), so the local disk of a
 * laptop and an S3-compatible object store of a national deployment are interchangeable.
 * Keys are content hashes or other opaque names chosen by the caller.
 */
export type FileStorage = {
  kind: 'local' | 's3';
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  stream(key: string): Promise<Readable | null>;
  exists(key: string): Promise<boolean>;
  remove(key: string): Promise<void>;
};

export function assertSafeKey(key: string): void {
  if (!/^[A-Za-z0-9][A-Za-z0-9._/-]{0,300}$/.test(key) || key.includes('..'))
    throw new Error(`unsafe storage key: ${key}`);
}
