import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localStorage } from '../src/platform/storage/local-storage.js';

describe('local file storage', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sigap-storage-'));
  const store = localStorage(dir);

  it('stores, reads, streams and removes a file by key', async () => {
    const body = Buffer.from('bukti dukung ✓');
    await store.put('evidence/ab/abcdef.pdf', body, 'application/pdf');
    expect(await store.exists('evidence/ab/abcdef.pdf')).toBe(true);
    expect((await store.get('evidence/ab/abcdef.pdf'))?.equals(body)).toBe(true);
    const stream = await store.stream('evidence/ab/abcdef.pdf');
    const chunks: Buffer[] = [];
    for await (const c of stream ?? []) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).equals(body)).toBe(true);
    await store.remove('evidence/ab/abcdef.pdf');
    expect(await store.exists('evidence/ab/abcdef.pdf')).toBe(false);
    expect(await store.get('evidence/ab/abcdef.pdf')).toBeNull();
    expect(await store.stream('missing')).toBeNull();
  });

  it('refuses keys that could escape its directory', async () => {
    for (const key of ['../etc/passwd', '/abs/path', 'a/../../b', ''])
      await expect(store.put(key, Buffer.from('x'), 'text/plain')).rejects.toThrow(
        /unsafe storage key/,
      );
  });
});
