import fastifyMultipart from '@fastify/multipart';
import {
  ApiError,
  ImportBatchView,
  ImportConfirm,
  ImportInspection,
  ImportOptions,
  ImportPreview,
  ImportTemplateInput,
  ImportTemplateUpdate,
  ImportTemplateView,
  Page,
  PageQuery,
  suggestColumnMap,
} from '@sigap/domain';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { type App, actorOf, authOf } from '../../platform/http/types.js';
import { fieldError } from '../shared/field-error.js';
import { getBatchInScope, listBatches, previewView } from './batch-view.js';
import { confirmImport, resumeImport } from './confirm-import.js';
import { createImport, resolveImportRegion } from './create-import.js';
import { readCaseFileUpload } from './read-upload.js';
import { rollbackImport } from './rollback-import.js';
import { openSourceTable } from './source-rows.js';
import {
  createTemplate,
  deleteTemplate,
  getTemplate,
  listTemplates,
  updateTemplate,
} from './templates.js';

const IdParam = z.object({ id: z.uuid() });
const errors = {
  400: ApiError,
  401: ApiError,
  403: ApiError,
  404: ApiError,
  409: ApiError,
  413: ApiError,
  415: ApiError,
};
const tags = ['case-imports'];

/**
 * Impor data kasus: mapping templates, then upload → preview (every bad row listed, nothing
 * written) → confirm (written in chunks in the background; GET shows progress) → resume after an
 * interruption → roll back as a whole. Multipart is registered in this plugin only.
 */
export async function caseImportRoutes(app: App, ctx: AppContext) {
  const maxBytes = ctx.config.importMaxBytes;

  app.get('/api/case-import-templates', {
    config: { permission: 'cases.import' },
    schema: {
      tags,
      summary: 'Mapping templates (the built-in HTCDS 2.0 one included)',
      response: { 200: z.object({ items: z.array(ImportTemplateView) }), ...errors },
    },
    handler: async () => ({ items: await listTemplates(ctx) }),
  });

  app.get('/api/case-import-templates/:id', {
    config: { permission: 'cases.import' },
    schema: {
      tags,
      summary: 'One mapping template',
      params: IdParam,
      response: { 200: ImportTemplateView, ...errors },
    },
    handler: async (req) => getTemplate(ctx.database.db, req.params.id),
  });

  app.post('/api/case-import-templates', {
    config: { permission: 'cases.import' },
    schema: {
      tags,
      summary: 'Save a mapping template for a source system',
      body: ImportTemplateInput,
      response: { 201: ImportTemplateView, ...errors },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await createTemplate(ctx, authOf(req), actorOf(req), req.body)),
  });

  app.patch('/api/case-import-templates/:id', {
    config: { permission: 'cases.import' },
    schema: {
      tags,
      summary: 'Change a mapping template',
      params: IdParam,
      body: ImportTemplateUpdate,
      response: { 200: ImportTemplateView, ...errors },
    },
    handler: async (req) => updateTemplate(ctx, authOf(req), actorOf(req), req.params.id, req.body),
  });

  app.delete('/api/case-import-templates/:id', {
    config: { permission: 'cases.import' },
    schema: {
      tags,
      summary: 'Delete an unused mapping template',
      params: IdParam,
      response: { 204: z.null(), ...errors },
    },
    handler: async (req, reply) => {
      await deleteTemplate(ctx, authOf(req), actorOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  });

  app.post('/api/case-import-templates/suggest', {
    config: { permission: 'cases.import' },
    schema: {
      tags,
      summary: "Suggest a column mapping from a file's headers",
      body: z.strictObject({ headers: z.array(z.string().max(200)).max(500) }),
      response: { 200: z.object({ columnMap: z.record(z.string(), z.string()) }), ...errors },
    },
    handler: async (req) => ({ columnMap: suggestColumnMap(req.body.headers) }),
  });

  app.get('/api/case-imports', {
    config: { permission: 'cases.import' },
    schema: {
      tags,
      summary: 'Imports in my scope, newest first',
      querystring: PageQuery,
      response: { 200: Page(ImportBatchView), ...errors },
    },
    handler: async (req) =>
      listBatches(ctx.database.db, authOf(req).scope, req.query.page, req.query.pageSize),
  });

  app.get('/api/case-imports/:id', {
    config: { permission: 'cases.import' },
    schema: {
      tags,
      summary: 'One import: preview, errors and progress',
      params: IdParam,
      response: { 200: ImportPreview, ...errors },
    },
    handler: async (req) =>
      previewView(await getBatchInScope(ctx.database.db, authOf(req).scope, req.params.id)),
  });

  app.post('/api/case-imports/:id/confirm', {
    config: { permission: 'cases.import' },
    schema: {
      tags,
      summary: 'Import what the preview showed (validOnly: leave the bad rows out, explicitly)',
      params: IdParam,
      body: ImportConfirm,
      response: { 202: ImportBatchView, ...errors },
    },
    handler: async (req, reply) =>
      reply
        .code(202)
        .send(await confirmImport(ctx, authOf(req).scope, actorOf(req), req.params.id, req.body)),
  });

  app.post('/api/case-imports/:id/resume', {
    config: { permission: 'cases.import' },
    schema: {
      tags,
      summary: 'Continue an interrupted import after its last committed chunk',
      params: IdParam,
      response: { 202: ImportBatchView, ...errors },
    },
    handler: async (req, reply) =>
      reply.code(202).send(await resumeImport(ctx, authOf(req).scope, actorOf(req), req.params.id)),
  });

  app.post('/api/case-imports/:id/rollback', {
    config: { permission: 'cases.import' },
    schema: {
      tags,
      summary: 'Undo an import as a whole',
      params: IdParam,
      response: { 200: ImportBatchView, ...errors },
    },
    handler: async (req) => rollbackImport(ctx, authOf(req).scope, actorOf(req), req.params.id),
  });

  await app.register(async (scoped: App) => {
    await scoped.register(fastifyMultipart, {
      limits: { fileSize: maxBytes, files: 1, fields: 6, fieldSize: 200, parts: 8 },
    });

    scoped.post('/api/case-imports', {
      config: { permission: 'cases.import' },
      schema: {
        tags,
        summary: `Upload a CSV or XLSX file and preview its import (multipart: file, templateId, optional regionCode and sourceSystem; at most ${maxBytes} bytes)`,
        consumes: ['multipart/form-data'],
        response: { 201: ImportPreview, ...errors },
      },
      handler: async (req, reply) => {
        const auth = authOf(req);
        const upload = await readCaseFileUpload(req, maxBytes);
        try {
          const f = upload.fields;
          const templateId = IdParam.shape.id.safeParse(f.templateId);
          if (!templateId.success)
            throw fieldError('templateId', {
              id: 'Pilih templat impor (templateId)',
              en: 'Choose an import template (templateId)',
            });
          if (f.sourceSystem && !/^[A-Za-z0-9_.-]{1,60}$/.test(f.sourceSystem))
            throw fieldError('sourceSystem', {
              id: 'Sistem sumber hanya huruf, angka, titik, - dan _ (paling banyak 60)',
              en: 'The source system takes letters, digits, dots, - and _ only (at most 60)',
            });
          const template = await getTemplate(ctx.database.db, templateId.data);
          const regionCode = await resolveImportRegion(ctx.database.db, auth.scope, f.regionCode);
          const preview = await createImport(ctx, actorOf(req), {
            file: upload.file,
            sha256: upload.sha256,
            templateId: template.id,
            sourceSystem: f.sourceSystem || template.sourceSystem,
            rules: {
              columnMap: template.columnMap,
              codeMap: template.codeMap,
              options: template.options,
            },
            institutionId: auth.institutionId,
            regionCode,
            userId: auth.userId,
          });
          return reply.code(201).send(preview);
        } finally {
          await upload.cleanup();
        }
      },
    });

    scoped.post('/api/case-imports/inspect', {
      config: { permission: 'cases.import' },
      schema: {
        tags,
        summary:
          'Read the headers of a file and suggest a mapping (multipart: file, optional headerRow, sheet)',
        consumes: ['multipart/form-data'],
        response: { 200: ImportInspection, ...errors },
      },
      handler: async (req) => {
        const upload = await readCaseFileUpload(req, maxBytes);
        try {
          const options = ImportOptions.safeParse({
            headerRow: upload.fields.headerRow ? Number(upload.fields.headerRow) : 1,
            ...(upload.fields.sheet ? { sheet: upload.fields.sheet } : {}),
          });
          if (!options.success)
            throw fieldError('headerRow', {
              id: 'Baris judul harus bilangan 1–100',
              en: 'The header row must be a number from 1 to 100',
            });
          const table = await openSourceTable(upload.file, options.data);
          await table.close();
          return {
            format: table.format,
            encoding: table.encoding,
            delimiter: table.delimiter,
            headers: table.headers,
            suggestedColumnMap: suggestColumnMap(table.headers),
          };
        } finally {
          await upload.cleanup();
        }
      },
    });
  });
}
