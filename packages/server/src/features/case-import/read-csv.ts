import { Readable } from 'node:stream';
import type { ImportOptions } from '@sigap/domain';
import { parse } from 'csv-parse';
import { fieldError } from '../shared/field-error.js';
import { emptyFile, type ImportFile, readHead } from './import-file.js';
import type { SourceRow } from './source-rows.js';

/**
 * CSV as institutions really save it: UTF-8 with or without a byte-order mark, UTF-16 from
 * "Unicode text" exports (by its BOM), or Windows-1252 from older Excel (detected when the bytes
 * are not valid UTF-8); comma, semicolon (Excel in Indonesian locale) or tab separated.
 * Decoding uses the platform's WHATWG TextDecoder, which knows all four encodings, and the rows
 * stream through csv-parse, so a file of a million rows is read in bounded memory.
 */
export type TextEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

function bomEncoding(head: Buffer): TextEncoding | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return null;
}

/** UTF-16 without a BOM shows itself by zero bytes in every other position of ASCII text. */
function nulPattern(head: Buffer): TextEncoding | null {
  let odd = 0;
  let even = 0;
  for (let i = 0; i < Math.min(head.length, 1024); i++)
    if (head[i] === 0) {
      if (i % 2) odd++;
      else even++;
    }
  const n = Math.min(head.length, 1024) / 2;
  if (odd > n * 0.3 && even === 0) return 'utf-16le';
  if (even > n * 0.3 && odd === 0) return 'utf-16be';
  if (odd + even > 0)
    throw fieldError('file', {
      id: 'Berkas bukan teks CSV (berisi byte nol); unggah CSV atau .xlsx',
      en: 'The file is not CSV text (it contains zero bytes); upload a CSV or an .xlsx file',
    });
  return null;
}

/** Whether the whole file is valid UTF-8; stops at the first byte that is not. */
async function isUtf8(file: ImportFile): Promise<boolean> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const stream = await file.open();
  try {
    for await (const chunk of stream) decoder.decode(chunk as Buffer, { stream: true });
    decoder.decode();
    return true;
  } catch {
    return false;
  } finally {
    stream.destroy();
  }
}

export async function detectEncoding(
  file: ImportFile,
  chosen: ImportOptions['encoding'],
): Promise<TextEncoding> {
  if (chosen !== 'auto') return chosen;
  const head = await readHead(file, 4096);
  return bomEncoding(head) ?? nulPattern(head) ?? ((await isUtf8(file)) ? 'utf-8' : 'windows-1252');
}

async function* decode(file: ImportFile, encoding: TextEncoding): AsyncGenerator<string> {
  // fatal for UTF-8 only: a template that says UTF-8 for a Windows-1252 file must not mangle
  // names silently; the single-byte code page maps every byte.
  const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
  try {
    for await (const chunk of await file.open())
      yield decoder.decode(chunk as Buffer, { stream: true });
    yield decoder.decode();
  } catch (err) {
    if (!(err instanceof TypeError)) throw err;
    throw fieldError('file', {
      id: `Berkas "${file.name}" bukan UTF-8 yang sah; pilih pengodean "auto" atau "windows-1252" di templat`,
      en: `The file "${file.name}" is not valid UTF-8; choose encoding "auto" or "windows-1252" in the template`,
    });
  }
}

const DELIMITERS = [',', ';', '\t'] as const;

/** The separator of the header line: the candidate that occurs most often outside quotes. */
export function detectDelimiter(line: string): ',' | ';' | '\t' {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: ',' | ';' | '\t' = ',';
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

/** The header line of the decoded head (1-based `headerRow`), quoted line breaks aside. */
function headerLine(head: string, headerRow: number): string {
  let row = 1;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < head.length; i++) {
    const ch = head[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === '\n' && !quoted) {
      if (row === headerRow) return head.slice(start, i);
      row++;
      start = i + 1;
    }
  }
  return head.slice(start);
}

export type CsvRows = {
  encoding: TextEncoding;
  delimiter: string;
  rows: AsyncIterable<SourceRow>;
};

/** The records of a CSV file, numbered as a spreadsheet numbers its rows. */
export async function readCsv(file: ImportFile, options: ImportOptions): Promise<CsvRows> {
  const encoding = await detectEncoding(file, options.encoding);
  const chunks = decode(file, encoding);
  let head = '';
  let first = await chunks.next();
  while (!first.done && head.length < 65_536) {
    head += first.value;
    if (head.length >= 65_536) break;
    first = await chunks.next();
  }
  if (head.replace(/^\uFEFF/, '').trim() === '') {
    await chunks.return(undefined);
    throw emptyFile(file.name);
  }
  const delimiter =
    options.delimiter === 'auto'
      ? detectDelimiter(headerLine(head, options.headerRow))
      : options.delimiter;
  const ended = first.done === true;
  async function* text() {
    yield head.replace(/^\uFEFF/, '');
    if (ended) return;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
  }
  const parser = parse({
    delimiter,
    relax_column_count: true,
    skip_empty_lines: false,
    bom: false,
  });
  const source = Readable.from(text());
  source.on('error', (err) => parser.destroy(err));
  source.pipe(parser);
  async function* rows(): AsyncGenerator<SourceRow> {
    let n = 0;
    try {
      for await (const record of parser as AsyncIterable<string[]>)
        yield { rowNumber: ++n, cells: record };
    } catch (err) {
      const e = err as { code?: string; lines?: number };
      if (!e.code?.startsWith('CSV_')) throw err;
      const line = e.lines ?? n + 1;
      throw fieldError('file', {
        id: `Baris ${line}: CSV rusak (${quoteProblem(e.code, 'id')}); periksa tanda kutip di baris itu`,
        en: `Row ${line}: broken CSV (${quoteProblem(e.code, 'en')}); check the quotes on that line`,
      });
    } finally {
      source.destroy();
    }
  }
  return { encoding, delimiter, rows: rows() };
}

function quoteProblem(code: string, lang: 'id' | 'en'): string {
  if (code === 'CSV_QUOTE_NOT_CLOSED')
    return lang === 'id' ? 'tanda kutip tidak ditutup' : 'a quote is not closed';
  if (code === 'CSV_INVALID_CLOSING_QUOTE')
    return lang === 'id'
      ? 'ada karakter sesudah tanda kutip penutup'
      : 'characters follow a closing quote';
  return code;
}
