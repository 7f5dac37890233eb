import type { FastifyRequest } from 'fastify';
import { AppError } from '../../platform/http/errors.js';
import { fieldError } from '../shared/field-error.js';
import { type ImportFile, spoolToTemp, tooLarge } from './import-file.js';

export type CaseFileUpload = {
  file: ImportFile;
  sha256: string;
  fields: Record<string, string>;
  cleanup(): Promise<void>;
};

const NO_FILE = {
  id: 'Unggah satu berkas CSV atau .xlsx pada kolom "file"',
  en: 'Upload one CSV or .xlsx file in the "file" field',
};

/**
 * Reads a multipart upload: the file part is spooled to a temporary file as it arrives (never
 * held in memory whole) and refused as soon as it passes SIGAP_IMPORT_MAX_BYTES; the other
 * parts are short text fields. The caller removes the spool file with `cleanup`.
 */
export async function readCaseFileUpload(
  req: FastifyRequest,
  maxBytes: number,
): Promise<CaseFileUpload> {
  if (!req.isMultipart())
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
      id: 'Kirim berkas sebagai multipart/form-data',
      en: 'Send the file as multipart/form-data',
    });
  let upload: Awaited<ReturnType<typeof spoolToTemp>> | null = null;
  const fields: Record<string, string> = {};
  let current = 'berkas';
  try {
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        current = part.filename || 'berkas';
        if (upload) throw fieldError('file', NO_FILE);
        upload = await spoolToTemp(part.file, current, maxBytes);
        if (part.file.truncated) throw tooLarge(current, maxBytes);
      } else if (typeof part.value === 'string') fields[part.fieldname] = part.value.trim();
    }
  } catch (err) {
    await upload?.cleanup();
    if (err instanceof AppError) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(current, maxBytes);
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT')
      throw fieldError('file', NO_FILE);
    throw err;
  }
  if (!upload) throw fieldError('file', NO_FILE);
  return { ...upload, fields };
}
