import fs from 'node:fs';
import { ApiError, IdentifyingExportRequest } from '@sigap/domain';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { type App, actorOf, authOf } from '../../platform/http/types.js';
import { exportIdentifyingToFile, temporaryArchivePath } from './export-identifying.js';

const errors = { 400: ApiError, 401: ApiError, 403: ApiError };

/**
 * Export of identifying data (issue 4, "Privacy and access"): administrators only, a
 * password-protected archive, audited. The password travels in the body of a POST (never in a
 * URL or a log line) and is forgotten once the archive is encrypted.
 */
export async function casePrivacyRoutes(app: App, ctx: AppContext) {
  app.post('/api/case-exports/identifying', {
    config: { permission: 'cases.exportIdentifying' },
    schema: {
      tags: ['cases'],
      summary:
        'Export the cases in my scope (filtered by region, year, status) with the identifying data of the people, as a ZIP archive encrypted with AES-256 under the given password; audited',
      body: IdentifyingExportRequest,
      produces: ['application/zip'],
      response: { 200: z.any().describe('ZIP archive, AES-256 encrypted (binary)'), ...errors },
    },
    handler: async (req, reply) => {
      const auth = authOf(req);
      const file = temporaryArchivePath();
      await exportIdentifyingToFile(
        ctx.database.db,
        ctx.fields,
        { actor: actorOf(req), scope: auth.scope },
        req.body,
        file,
      );
      // the encrypted archive waits in a private temporary file and goes once it is sent
      const stream = fs.createReadStream(file);
      stream.on('close', () => fs.rm(file, { force: true }, () => {}));
      const day = new Date().toISOString().slice(0, 10);
      return reply
        .type('application/zip')
        .header('content-disposition', `attachment; filename="sigap-identifying-${day}.zip"`)
        .send(stream);
    },
  });
}
