import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { configure, TextReader, ZipWriter } from '@zip.js/zip.js';

// zip.js would start web workers; Node has none for it: compress and encrypt on this thread
configure({ useWebWorkers: false });

/** One file of an archive: a stream of bytes, lines of text as they are produced, or a text. */
export type ZipEntry = {
  name: string;
  content: ReadableStream<Uint8Array> | AsyncIterator<string> | string;
};

function readerOf(content: ZipEntry['content']) {
  if (typeof content === 'string') return new TextReader(content);
  if (content instanceof ReadableStream) return content;
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(out) {
      const next = await content.next();
      if (next.done) out.close();
      else out.enqueue(encoder.encode(next.value));
    },
  });
}

/**
 * Writes the entries one after another, each encrypted with AES-256 (WinZip AE-2, never the
 * breakable ZipCrypto) under the password, and closes the archive. Entries are taken from the
 * iterable only when the one before is written, so a last entry may report on the others (a
 * README with counts). On a failure the archive is left unclosed and the error thrown: the
 * caller discards the sink rather than hand over an archive that looks whole.
 */
export async function writeAesZip(
  sink: WritableStream<Uint8Array>,
  password: string,
  entries: Iterable<ZipEntry>,
): Promise<void> {
  const zip = new ZipWriter(sink, { password, encryptionStrength: 3, zipCrypto: false });
  for (const entry of entries) await zip.add(entry.name, readerOf(entry.content));
  await zip.close();
}

/**
 * The same archive as a stream to answer an HTTP request with while it is written. A failure
 * ends the stream with the error (the download breaks instead of hanging), after `onError`.
 */
export function aesZipReadable(
  password: string,
  entries: Iterable<ZipEntry>,
  onError: (err: unknown) => void,
): Readable {
  let control: TransformStreamDefaultController<Uint8Array> | null = null;
  const zip = new TransformStream<Uint8Array, Uint8Array>({
    start: (c) => {
      control = c;
    },
  });
  writeAesZip(zip.writable, password, entries).catch((err: unknown) => {
    onError(err);
    (control as TransformStreamDefaultController<Uint8Array> | null)?.error(err);
  });
  return Readable.fromWeb(zip.readable as NodeReadableStream);
}
