import { Readable } from 'node:stream';
import {
  ApiError,
  CaseStatsQuery,
  CaseStatsView,
  CtdcExportQuery,
  PublicCaseStatsQuery,
  PublicCaseStatsView,
} from '@sigap/domain';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { AppError } from '../../platform/http/errors.js';
import { type App, actorOf, authOf } from '../../platform/http/types.js';
import { exportCtdc } from './export-ctdc.js';
import { getCaseStats, STATS_TOPICS } from './get-case-stats.js';
import { publicFileName, publicStatsCsv } from './public-csv.js';
import { pickTables, publicRelease } from './public-stats.js';
import { publicStatsXlsx } from './public-xlsx.js';

const errors = { 400: ApiError, 401: ApiError, 403: ApiError };
const tags = ['case-stats'];
const CSV_TYPE = 'text/csv; charset=utf-8';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const NATIONAL_ONLY = {
  id: 'Ekspor data set CTDC hanya untuk pengguna bercakupan nasional',
  en: 'The CTDC data set export is for users with a national scope only',
};

/**
 * Statistics of the case registry (issue 4): exact counts for signed-in users within their scope,
 * a suppressed public release for everyone, and the k-anonymous CTDC data set. Aggregates only:
 * no answer here ever names or lists a person, so answers are shared per scope through the read
 * cache (decision 0009) and emptied whenever a table they read changes.
 */
export async function caseStatsRoutes(app: App, ctx: AppContext) {
  app.get('/api/case-stats', {
    config: {
      permission: 'caseStats.read',
      cache: { per: 'scope', topics: STATS_TOPICS },
    },
    schema: {
      tags,
      summary:
        'Counts of cases, unique victims and perpetrators in my scope, by year, origin, destination, country of exploitation, sex, age group, form of exploitation, modus, legal outcome and service completion',
      querystring: CaseStatsQuery,
      response: { 200: CaseStatsView, ...errors },
    },
    handler: async (req) =>
      getCaseStats(ctx.database.readDb, authOf(req).scope, req.query, { primary: ctx.database.db }),
  });

  app.get('/api/case-stats/ctdc.csv', {
    config: { permission: 'caseStats.read' },
    schema: {
      tags,
      summary:
        'Anonymised victim-level data set in the IOM CTDC layout, k-anonymous (national scope only; audited)',
      querystring: CtdcExportQuery,
      produces: ['text/csv'],
      response: { 200: z.any().describe('CSV, CTDC column names as header'), ...errors },
    },
    handler: async (req, reply) => {
      const auth = authOf(req);
      if (auth.scope.level !== 'national') throw new AppError('FORBIDDEN', NATIONAL_ONLY);
      const k = req.query.k ?? ctx.config.ctdcK;
      if (k < ctx.config.ctdcK) {
        const text = {
          id: `k paling kecil ${ctx.config.ctdcK} (ketentuan instalasi ini)`,
          en: `k may not be below ${ctx.config.ctdcK} (this installation's rule)`,
        };
        throw new AppError('VALIDATION_FAILED', text, [{ path: 'k', message: text }]);
      }
      const file = await exportCtdc(ctx.database.readDb, ctx.database.db, actorOf(req), {
        k,
        verifiedOnly: req.query.verifiedOnly,
      });
      const r = file.report;
      return reply
        .type(CSV_TYPE)
        .header('content-disposition', `attachment; filename="sigap-ctdc-k${k}.csv"`)
        .header(
          'x-ctdc-report',
          JSON.stringify({ k, rowsIn: r.rowsIn, rowsOut: r.rowsOut, rowsDropped: r.rowsDropped }),
        )
        .send(Readable.from(file.chunks()));
    },
  });

  app.get('/api/public/case-stats', {
    config: { auth: 'public' },
    schema: {
      tags,
      summary:
        'Public statistics of victims (national, verified records, small counts suppressed as "<5" with complementary suppression)',
      querystring: PublicCaseStatsQuery,
      response: { 200: PublicCaseStatsView, 400: ApiError },
    },
    handler: async (req) => pickTables(await publicRelease(ctx), req.query.dimension),
  });

  app.get('/api/public/case-stats.csv', {
    config: { auth: 'public' },
    schema: {
      tags,
      summary: 'The same public statistics as open data (CSV, suppressed the same way)',
      querystring: PublicCaseStatsQuery,
      produces: ['text/csv'],
      response: { 200: z.any().describe('CSV'), 400: ApiError },
    },
    handler: async (req, reply) => {
      const view = pickTables(await publicRelease(ctx), req.query.dimension);
      return reply
        .type(CSV_TYPE)
        .header('content-disposition', `attachment; filename="${publicFileName(view, 'csv')}"`)
        .send(publicStatsCsv(view, req.query.lang ?? req.lang));
    },
  });
  app.get('/api/public/case-stats.xlsx', {
    config: { auth: 'public' },
    schema: {
      tags,
      summary:
        'The same public statistics as a workbook: the figures as in the CSV, and a sheet about their source, suppression and (in a demo installation) that they are synthetic',
      querystring: PublicCaseStatsQuery,
      produces: [XLSX_TYPE],
      response: { 200: z.any().describe('XLSX'), 400: ApiError },
    },
    handler: async (req, reply) => {
      const view = pickTables(await publicRelease(ctx), req.query.dimension);
      const file = await publicStatsXlsx(view, req.query.lang ?? req.lang, { demo: ctx.demo });
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', `attachment; filename="${publicFileName(view, 'xlsx')}"`)
        .send(file);
    },
  });
}
