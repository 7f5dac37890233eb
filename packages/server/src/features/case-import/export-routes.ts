import { Readable } from 'node:stream';
import {
  ApiError,
  HTCDS_CREDIT,
  HTCDS_IDENTIFYING_COLUMNS,
  HtcdsExportQuery,
  HtcdsIdentifyingExport,
  type Scope,
} from '@sigap/domain';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { type App, actorOf, authOf } from '../../platform/http/types.js';
import { type Actor, recordAudit } from '../audit/audit-log.js';
import { aesZipReadable } from '../shared/aes-zip.js';
import { htcdsColumns, htcdsRecords } from './htcds-export.js';

const errors = { 400: ApiError, 401: ApiError, 403: ApiError };
const tags = ['case-exports'];

/** A CSV field: quoted when it holds the separator, a quote, a line break or edge spaces. */
function csvField(v: string): string {
  return /[",\r\n]|^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

async function* csvLines(records: AsyncIterable<Record<string, string>>, columns: string[]) {
  // a BOM so Excel opens the UTF-8 correctly; Sigap's own import reads it either way
  yield `\uFEFF${columns.join(',')}\r\n`;
  for await (const r of records) yield `${columns.map((c) => csvField(r[c] ?? '')).join(',')}\r\n`;
}

async function* jsonLines(records: AsyncIterable<Record<string, string>>) {
  yield `{"credit":${JSON.stringify(HTCDS_CREDIT)},"records":[`;
  let first = true;
  for await (const r of records) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(r)}`;
    first = false;
  }
  yield '\n]}\n';
}

function body(
  ctx: AppContext,
  actor: Actor,
  scope: Scope,
  format: 'csv' | 'json',
  identifying: boolean,
): AsyncGenerator<string> {
  const records = htcdsRecords(ctx.database.readDb, ctx.fields, scope, identifying, (ids) =>
    // every read of identifying data is audited: whose records, which fields
    recordAudit(ctx.database.db, actor, {
      action: 'case.identity.read',
      entityType: 'case_person',
      after: { fields: [...HTCDS_IDENTIFYING_COLUMNS], personIds: ids, via: 'htcds_export' },
    }),
  );
  return format === 'csv' ? csvLines(records, htcdsColumns(identifying)) : jsonLines(records);
}

const fileName = (format: string, ext = format) =>
  `sigap-htcds-${new Date().toISOString().slice(0, 10)}.${ext}`;

async function auditExport(
  ctx: AppContext,
  actor: Actor,
  scope: Scope,
  format: string,
  identifying: boolean,
) {
  await recordAudit(ctx.database.db, actor, {
    action: 'case.export.htcds',
    entityType: 'case_export',
    after: { format, identifying, scope },
  });
}

/**
 * HTCDS 2.0 export of the cases in the user's scope. Without identifying data for anyone with
 * cases.read; with it only for cases.exportIdentifying (administrators), and then only inside
 * an AES-256 password-protected ZIP, the password given in the request body (never in a URL).
 */
export async function caseExportRoutes(app: App, ctx: AppContext) {
  app.get('/api/case-exports/htcds', {
    config: { permission: 'cases.read' },
    schema: {
      tags,
      summary:
        'Cases in my scope as HTCDS 2.0 records, one per victim (identifying fields left out)',
      querystring: HtcdsExportQuery,
      response: { 200: z.any().describe('CSV or JSON'), ...errors },
    },
    handler: async (req, reply) => {
      const auth = authOf(req);
      const { format } = req.query;
      await auditExport(ctx, actorOf(req), auth.scope, format, false);
      return reply
        .header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json')
        .header('content-disposition', `attachment; filename="${fileName(format)}"`)
        .send(Readable.from(body(ctx, actorOf(req), auth.scope, format, false)));
    },
  });

  app.post('/api/case-exports/htcds', {
    config: { permission: 'cases.exportIdentifying' },
    schema: {
      tags,
      summary:
        'HTCDS 2.0 export with identifying fields, in a password-protected ZIP (administrators)',
      body: HtcdsIdentifyingExport,
      response: { 200: z.any().describe('ZIP (AES-256)'), ...errors },
    },
    handler: async (req, reply) => {
      const auth = authOf(req);
      const { format, password } = req.body;
      await auditExport(ctx, actorOf(req), auth.scope, format, true);
      const entries = [
        { name: fileName(format), content: body(ctx, actorOf(req), auth.scope, format, true) },
      ];
      const archive = aesZipReadable(password, entries, (err) =>
        req.log.error({ err }, 'HTCDS export archive failed'),
      );
      return reply
        .header('content-type', 'application/zip')
        .header('content-disposition', `attachment; filename="${fileName(format, 'zip')}"`)
        .send(archive);
    },
  });
}
