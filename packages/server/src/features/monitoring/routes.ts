import { ApiError } from '@sigap/domain';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { type App, authOf } from '../../platform/http/types.js';
import { DrillQuery, DrillView } from './drill-schemas.js';
import { exportDashboard } from './export-dashboard-xlsx.js';
import { getDashboard } from './get-dashboard.js';
import { getDrill } from './get-drill.js';
import { listOverdue } from './overdue-items.js';
import { DashboardQuery, DashboardView, OverduePage, OverdueQuery } from './schemas.js';

const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError };
const tags = ['monitoring'];
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Monitoring and evaluation (monev) of a plan's year. Answers are computed on every call from the
 * primary database, never replayed from the read cache or read on a replica: a report approved a
 * moment ago must show at once, the figures depend on today's date (what is due and overdue), and
 * a reporter's figures are its institution's only, so they could not be shared per scope anyway.
 */
export async function monitoringRoutes(app: App, ctx: AppContext) {
  const db = ctx.database.db;

  app.get('/api/monitoring/dashboard', {
    config: { permission: 'monitoring.read' },
    schema: {
      tags,
      summary:
        'Completeness, achievement by strategy, institution and region, budget absorption, trend and overdue reports of a plan and year; every figure names the filter of its records',
      querystring: DashboardQuery,
      response: { 200: DashboardView, ...errors },
    },
    handler: async (req) => getDashboard(db, authOf(req), req.query),
  });

  app.get('/api/monitoring/dashboard.xlsx', {
    config: { permission: 'monitoring.read' },
    schema: {
      tags,
      summary:
        'The same dashboard as an XLSX workbook, one sheet per view (headers in my language)',
      querystring: DashboardQuery,
      produces: [XLSX_TYPE],
      response: { 200: z.any().describe('XLSX workbook (binary)'), ...errors },
    },
    handler: async (req, reply) => {
      const file = await exportDashboard(db, authOf(req), req.query, req.lang);
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.buffer);
    },
  });

  app.get('/api/monitoring/overdue', {
    config: { permission: 'monitoring.read' },
    schema: {
      tags,
      summary: 'Reports due and not filed (absent or still a draft), the most overdue first',
      querystring: OverdueQuery,
      response: { 200: OverduePage, ...errors },
    },
    handler: async (req) => listOverdue(db, authOf(req), req.query),
  });

  app.get('/api/monitoring/drill', {
    config: { permission: 'monitoring.read' },
    schema: {
      tags,
      summary:
        'Drill-down strategy → activity → indicator → reports (state, achievement, evidence count)',
      querystring: DrillQuery,
      response: { 200: DrillView, ...errors },
    },
    handler: async (req) => getDrill(db, authOf(req), req.query),
  });
}
