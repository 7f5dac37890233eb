import fastifyMultipart from '@fastify/multipart';
import { ApiError } from '@sigap/domain';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { AppError } from '../../platform/http/errors.js';
import { type App, actorOf, authOf } from '../../platform/http/types.js';
import { ImportConfirm, ImportPreview, ImportResult } from './api-schemas.js';
import { confirmImport, previewImport } from './plan-import.js';

/** A plan sheet is tens of kilobytes; ten megabytes leaves room for any real one. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
const MAX_MB = MAX_IMPORT_BYTES / 1024 / 1024;

const errors = {
  400: ApiError,
  401: ApiError,
  403: ApiError,
  404: ApiError,
  409: ApiError,
  413: ApiError,
  415: ApiError,
};
const tags = ['plans'];

/**
 * The XLSX import: upload → preview (errors or changes, and a token) → confirm. Multipart is
 * registered in this plugin only, so every other route still takes JSON bodies alone.
 */
export async function planImportRoutes(app: App, ctx: AppContext) {
  await app.register(async (scoped: App) => {
    await scoped.register(fastifyMultipart, {
      limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 4, fieldSize: 200, parts: 5 },
    });

    scoped.post('/api/plans/import/preview', {
      config: { permission: 'plans.manage' },
      schema: {
        tags,
        summary: `Check an XLSX plan sheet (multipart: file, optional planId; at most ${MAX_MB} MB)`,
        consumes: ['multipart/form-data'],
        response: { 200: ImportPreview, ...errors },
      },
      handler: async (req) => {
        const upload = await readUpload(req);
        return previewImport(ctx, authOf(req), upload.file, upload.planId, req.lang);
      },
    });

    scoped.post('/api/plans/import/confirm', {
      config: { permission: 'plans.manage' },
      schema: {
        tags,
        summary: 'Apply exactly what a preview showed',
        body: ImportConfirm,
        response: { 200: ImportResult, ...errors },
      },
      handler: async (req) =>
        confirmImport(
          ctx,
          authOf(req),
          actorOf(req),
          req.body.importToken,
          req.body.note,
          req.lang,
        ),
    });
  });
}

const TOO_LARGE = {
  id: `Berkas terlalu besar; paling besar ${MAX_MB} MB`,
  en: `The file is too large; at most ${MAX_MB} MB`,
};
const NO_FILE = {
  id: 'Unggah satu berkas .xlsx pada kolom "file"',
  en: 'Upload one .xlsx file in the "file" field',
};

async function readUpload(req: FastifyRequest): Promise<{ file: Buffer; planId: string | null }> {
  if (!req.isMultipart())
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
      id: 'Kirim berkas sebagai multipart/form-data',
      en: 'Send the file as multipart/form-data',
    });
  let file: Buffer | null = null;
  let planId: string | null = null;
  try {
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        if (file !== null)
          throw new AppError('VALIDATION_FAILED', NO_FILE, [{ path: 'file', message: NO_FILE }]);
        file = await part.toBuffer();
      } else if (part.fieldname === 'planId' && typeof part.value === 'string' && part.value !== '')
        planId = part.value;
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    const code = (err as { code?: string }).code;
    if (
      code === 'FST_REQ_FILE_TOO_LARGE' ||
      code === 'FST_PARTS_LIMIT' ||
      code === 'FST_FILES_LIMIT'
    )
      throw new AppError(
        code === 'FST_REQ_FILE_TOO_LARGE' ? 'BODY_TOO_LARGE' : 'VALIDATION_FAILED',
        code === 'FST_REQ_FILE_TOO_LARGE' ? TOO_LARGE : NO_FILE,
      );
    throw err;
  }
  if (file === null || file.length === 0)
    throw new AppError('VALIDATION_FAILED', NO_FILE, [{ path: 'file', message: NO_FILE }]);
  if (planId !== null && !z.uuid().safeParse(planId).success) {
    const message = { id: 'planId harus berupa UUID', en: 'planId must be a UUID' };
    throw new AppError('VALIDATION_FAILED', message, [{ path: 'planId', message }]);
  }
  return { file, planId };
}
