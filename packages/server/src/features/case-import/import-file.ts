import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../platform/http/errors.js';
import type { FileStorage } from '../../platform/storage/storage.js';
import { fieldError } from '../shared/field-error.js';

/**
 * A case file on its way in. Imports read it twice (the validation pass, then the writes) and
 * again on a resume, so a file is something that can be opened again, never a one-shot stream:
 * a local path (CLI, benchmark, the upload's spool file) or the stored copy.
 */
export type ImportFile = {
  name: string;
  size: number;
  open(): Promise<Readable>;
  /** Local files only: the path, for checks that need random access (the end of a ZIP). */
  path?: string;
};

export type ImportFormat = 'csv' | 'xlsx';

/** Stored case files live under their SHA-256, like evidence files. */
export const importFileKey = (sha256: string) => `case-imports/${sha256.slice(0, 2)}/${sha256}`;

export function localImportFile(filePath: string, size: number, name = path.basename(filePath)) {
  return { name, size, path: filePath, open: async () => createReadStream(filePath) };
}

export function storedImportFile(
  storage: FileStorage,
  sha256: string,
  name: string,
  size: number,
): ImportFile {
  return {
    name,
    size,
    async open() {
      const s = await storage.stream(importFileKey(sha256));
      if (!s) throw new Error(`case import file ${sha256} is missing from storage`);
      return s;
    },
  };
}

const mb = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;

export function tooLarge(name: string, maxBytes: number, size?: number) {
  const has = size === undefined ? '' : ` (${mb(size)})`;
  const message = {
    id: `Berkas "${name}"${has} terlalu besar; paling besar ${mb(maxBytes)} (SIGAP_IMPORT_MAX_BYTES)`,
    en: `The file "${name}"${has} is too large; at most ${mb(maxBytes)} (SIGAP_IMPORT_MAX_BYTES)`,
  };
  return new AppError('BODY_TOO_LARGE', message, [{ path: 'file', message }]);
}

export const emptyFile = (name: string) =>
  fieldError('file', {
    id: `Berkas "${name}" kosong: tidak ada baris untuk diimpor`,
    en: `The file "${name}" is empty: there are no rows to import`,
  });

/** Refuses a file over the limit before a byte of it is parsed. */
export function assertImportSize(file: { name: string; size: number }, maxBytes: number) {
  if (file.size > maxBytes) throw tooLarge(file.name, maxBytes, file.size);
  if (file.size === 0) throw emptyFile(file.name);
}

/**
 * Copies a stream to a private temporary file while hashing it, stopping as soon as the limit
 * is passed: an upload never sits in memory whole, and an oversize one is never kept.
 */
export async function spoolToTemp(
  input: Readable,
  name: string,
  maxBytes: number,
): Promise<{ file: ImportFile; sha256: string; cleanup(): Promise<void> }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sigap-import-'));
  const target = path.join(dir, 'upload');
  const cleanup = () => fs.rm(dir, { recursive: true, force: true });
  const hash = createHash('sha256');
  let size = 0;
  try {
    await pipeline(
      input,
      async function* (source: AsyncIterable<Buffer>) {
        for await (const chunk of source) {
          size += chunk.length;
          if (size > maxBytes) throw tooLarge(name, maxBytes);
          hash.update(chunk);
          yield chunk;
        }
      },
      createWriteStream(target, { mode: 0o600 }),
    );
  } catch (err) {
    await cleanup();
    throw err;
  }
  return { file: localImportFile(target, size, name), sha256: hash.digest('hex'), cleanup };
}

/** SHA-256 of a local file, streamed. */
export async function sha256Of(file: ImportFile): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of await file.open()) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The format by content, not by name: a renamed file is still read for what it is. */
export async function sniffFormat(file: ImportFile): Promise<ImportFormat> {
  const head = await readHead(file, 8);
  if (head.length >= 4 && head.readUInt32LE(0) === 0x04034b50) return 'xlsx';
  if (head.length >= 8 && head.readUInt32BE(0) === 0xd0cf11e0)
    throw fieldError('file', {
      id: `"${file.name}" berformat Excel lama (.xls); simpan sebagai .xlsx atau CSV`,
      en: `"${file.name}" is an old Excel file (.xls); save it as .xlsx or CSV`,
    });
  return 'csv';
}

export async function readHead(file: ImportFile, bytes: number): Promise<Buffer> {
  const stream = await file.open();
  const parts: Buffer[] = [];
  let got = 0;
  for await (const chunk of stream) {
    parts.push(chunk as Buffer);
    got += (chunk as Buffer).length;
    if (got >= bytes) break;
  }
  stream.destroy();
  return Buffer.concat(parts).subarray(0, bytes);
}

export const damagedWorkbook = (name: string) =>
  fieldError('file', {
    id: `Buku kerja "${name}" rusak atau terpotong (bagian akhirnya hilang); simpan ulang dari Excel atau ekspor sebagai CSV`,
    en: `The workbook "${name}" is damaged or cut off (its end is missing); save it again from Excel or export it as CSV`,
  });

/**
 * A ZIP (XLSX) ends with its central directory; a cut-off upload lacks it. Checked on the local
 * copy before parsing, so a truncated workbook is refused with a clear reason, not half read.
 */
export async function assertZipComplete(file: ImportFile): Promise<void> {
  if (!file.path) return;
  const handle = await fs.open(file.path, 'r');
  try {
    const len = Math.min(file.size, 65_557);
    const tail = Buffer.alloc(len);
    await handle.read(tail, 0, len, file.size - len);
    for (let i = len - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) !== 0x06054b50) continue;
      const cdSize = tail.readUInt32LE(i + 12);
      const cdOffset = tail.readUInt32LE(i + 16);
      if (cdOffset + cdSize <= file.size - (len - i)) return;
      break;
    }
  } finally {
    await handle.close();
  }
  throw damagedWorkbook(file.name);
}
