import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { MappedResult } from './row-mapper.js';
import type { SourceRow } from './source-rows.js';
import type { ChunkRows } from './write-chunk.js';

/**
 * The chunks the validation pass of `importCaseFile` has already read, mapped and checked, kept
 * until the writes take them. Without it the writes parsed and mapped the whole file a second
 * time. The rows still hold identifying values in clear (they are sealed field by field while the
 * previous chunk is being written, run-import.ts), so each chunk is encrypted as a whole
 * (AES-256-GCM) under a random key that exists only in this object's memory: the temporary file
 * is unreadable to anyone, also when the process dies and leaves it behind. It lives for the one
 * call (deleted in any case) and is not a staging table: nothing reaches cases before the
 * validation is done.
 */
const HEAD = 4 + 12 + 16; // payload length, IV, tag

export class PreparedSpool {
  private readonly key = randomBytes(32);
  private dir: string | null = null;
  private file: fs.FileHandle | null = null;
  private size = 0;

  /** Appends a validated block's good rows as one chunk (the bad ones count as source rows). */
  async add(rows: readonly SourceRow[], results: readonly MappedResult[]): Promise<void> {
    const chunk: ChunkRows = {
      rows: results.flatMap((r) => (r.row ? [r.row] : [])),
      sourceRows: rows.length,
      firstRow: rows[0]?.rowNumber ?? 0,
      lastRow: rows[rows.length - 1]?.rowNumber ?? 0,
    };
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(JSON.stringify(chunk), 'utf8'), cipher.final()]);
    const head = Buffer.alloc(HEAD);
    head.writeUInt32BE(body.length, 0);
    iv.copy(head, 4);
    cipher.getAuthTag().copy(head, 16);
    const file = await this.open();
    await file.write(head, 0, HEAD, this.size);
    await file.write(body, 0, body.length, this.size + HEAD);
    this.size += HEAD + body.length;
  }

  private async open(): Promise<fs.FileHandle> {
    if (this.file) return this.file;
    this.dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sigap-import-'));
    this.file = await fs.open(path.join(this.dir, 'chunks.bin'), 'w+', 0o600);
    return this.file;
  }

  /** The chunks in the order they were added. */
  async *read(): AsyncGenerator<ChunkRows> {
    const file = this.file;
    if (!file) return;
    const head = Buffer.alloc(HEAD);
    for (let at = 0; at < this.size; ) {
      await file.read(head, 0, HEAD, at);
      const length = head.readUInt32BE(0);
      const body = Buffer.allocUnsafe(length);
      await file.read(body, 0, length, at + HEAD);
      at += HEAD + length;
      const decipher = createDecipheriv('aes-256-gcm', this.key, head.subarray(4, 16));
      decipher.setAuthTag(head.subarray(16, HEAD));
      const text = Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
      yield JSON.parse(text) as ChunkRows;
    }
  }

  async discard(): Promise<void> {
    const { file, dir } = this;
    this.file = null;
    this.dir = null;
    this.size = 0;
    await file?.close();
    if (dir) await fs.rm(dir, { recursive: true, force: true });
  }
}
