import fastifyMultipart from '@fastify/multipart';
import { ApiError } from '@sigap/domain';
import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { AppError } from '../../platform/http/errors.js';
import { type App, actorOf, authOf } from '../../platform/http/types.js';
import { addEvidence, evidenceKey, fileTooLarge, type UploadedFile } from './add-evidence.js';
import { attachmentDisposition, getVisibleEvidence } from './evidence-access.js';
import { removeEvidence } from './remove-evidence.js';
import { EvidenceUploaded, IdParam } from './views.js';

/** More files than this in one upload is a mistake or an attack, not a report. */
const MAX_FILES_PER_UPLOAD = 10;

const errors = {
  400: ApiError,
  401: ApiError,
  403: ApiError,
  404: ApiError,
  409: ApiError,
  413: ApiError,
  415: ApiError,
};
const tags = ['reports'];

/** Reads every file part of the upload into memory, turning the parser's limits into our errors. */
async function readUpload(req: FastifyRequest, maxBytes: number): Promise<UploadedFile[]> {
  if (!req.isMultipart())
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', {
      id: 'Unggah berkas sebagai multipart/form-data',
      en: 'Upload files as multipart/form-data',
    });
  const files: UploadedFile[] = [];
  let current = '';
  try {
    for await (const part of req.parts()) {
      if (part.type !== 'file') continue;
      current = part.filename || 'bukti-dukung';
      files.push({ fileName: current, bytes: await part.toBuffer() });
    }
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw fileTooLarge(current, maxBytes);
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT')
      throw new AppError('BODY_TOO_LARGE', {
        id: `Paling banyak ${MAX_FILES_PER_UPLOAD} berkas sekali unggah`,
        en: `At most ${MAX_FILES_PER_UPLOAD} files per upload`,
      });
    throw err;
  }
  return files;
}

/**
 * Bukti dukung: upload (multipart, only here: the rest of the API takes JSON only), download
 * as an attachment, removal. The multipart parser is registered in this encapsulated context
 * so no other route accepts form posts.
 */
export async function evidenceRoutes(app: App, ctx: AppContext) {
  const maxBytes = ctx.config.evidenceMaxBytes;
  await app.register(async (scoped) => {
    const r = scoped.withTypeProvider<ZodTypeProvider>();
    await r.register(fastifyMultipart, {
      limits: {
        fileSize: maxBytes,
        files: MAX_FILES_PER_UPLOAD,
        fields: 10,
        parts: MAX_FILES_PER_UPLOAD + 10,
      },
    });
    r.post('/api/reports/:id/evidence', {
      config: { permission: 'reports.file' },
      schema: {
        tags,
        summary: `Attach evidence files (multipart "file" parts; PDF, images, office documents; at most ${maxBytes} bytes each)`,
        consumes: ['multipart/form-data'],
        params: IdParam,
        response: { 201: EvidenceUploaded, ...errors },
      },
      handler: async (req, reply) =>
        reply
          .code(201)
          .send(
            await addEvidence(ctx, authOf(req), actorOf(req), req.params.id, () =>
              readUpload(req, maxBytes),
            ),
          ),
    });
  });

  app.get('/api/evidence/:id/download', {
    config: { permission: 'reports.read' },
    schema: {
      tags,
      summary: 'Download an evidence file (as an attachment under its original name)',
      params: IdParam,
      response: { 200: z.any().describe('the file'), ...errors },
    },
    handler: async (req, reply) => {
      const { file } = await getVisibleEvidence(ctx.database.db, authOf(req), req.params.id);
      const stream = await ctx.storage.stream(evidenceKey(file.sha256));
      if (!stream) throw new Error(`evidence ${file.id}: bytes ${file.sha256} missing in storage`);
      return reply
        .header('content-type', file.mimeType)
        .header('content-length', String(file.sizeBytes))
        .header('content-disposition', attachmentDisposition(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .send(stream);
    },
  });

  app.delete('/api/evidence/:id', {
    config: { permission: 'reports.file' },
    schema: {
      tags,
      summary: 'Remove an evidence file from a draft or returned report',
      params: IdParam,
      response: { 204: z.null().describe('removed'), ...errors },
    },
    handler: async (req, reply) => {
      await removeEvidence(ctx, authOf(req), actorOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  });
}
