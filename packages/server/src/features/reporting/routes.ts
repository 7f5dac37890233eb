import {
  ApiError,
  EvidenceScoreInput,
  Page,
  ProgressReportCreate,
  ReportTransition,
} from '@sigap/domain';
import type { AppContext } from '../../platform/context.js';
import { type App, actorOf, authOf } from '../../platform/http/types.js';
import { addComment } from './add-comment.js';
import { createReport } from './create-report.js';
import { evidenceRoutes } from './evidence-routes.js';
import { getReport } from './get-report.js';
import { listPeriods } from './list-periods.js';
import { listReports } from './list-reports.js';
import { nonPlanRoutes } from './non-plan-routes.js';
import { scoreEvidence } from './score-evidence.js';
import { transitionReport } from './transition-report.js';
import { updateReport } from './update-report.js';
import {
  CommentCreate,
  CommentView,
  IdParam,
  PeriodCalendar,
  PeriodsQuery,
  ProgressReportPatch,
  ReportDetail,
  ReportQuery,
  ReportSummary,
} from './views.js';

const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError };
const tags = ['reports'];
const read = { permission: 'reports.read' } as const;

/**
 * Laporan kemajuan: the period calendar, progress reports and their workflow, comments, the
 * evidence rubric; evidence files and kegiatan non-RAN in their own route files. Who may read a
 * report is in every query's WHERE (report-access.ts); who acts as reporter or verifier is
 * decided per report by the server, so most writes only need reports.read at the door.
 */
export async function reportingRoutes(app: App, ctx: AppContext) {
  app.get('/api/reporting/periods', {
    config: { permission: 'plans.read' },
    schema: {
      tags,
      summary: "A plan's reporting periods with their deadlines and status today",
      querystring: PeriodsQuery,
      response: { 200: PeriodCalendar, ...errors },
    },
    handler: async (req) => listPeriods(ctx.database.readDb, authOf(req), req.query.planId),
  });

  app.get('/api/reports', {
    config: read,
    schema: {
      tags,
      summary: 'Progress reports I may read (own institution, or the plans in my scope)',
      querystring: ReportQuery,
      response: { 200: Page(ReportSummary), ...errors },
    },
    // A dashboard link (activeIndicators) reads the primary like the dashboard itself, so a
    // replica's lag never makes a figure and its records disagree.
    handler: async (req) =>
      listReports(
        req.query.activeIndicators === 'true' ? ctx.database.db : ctx.database.readDb,
        authOf(req),
        req.query,
      ),
  });

  app.get('/api/reports/:id', {
    config: read,
    schema: {
      tags,
      summary: 'A report with its timeline, comments, evidence and the actions I may take',
      params: IdParam,
      response: { 200: ReportDetail, ...errors },
    },
    handler: async (req) => getReport(ctx.database.db, authOf(req), req.params.id),
  });

  app.post('/api/reports', {
    config: { permission: 'reports.file' },
    schema: {
      tags,
      summary: 'File a draft report on an indicator for a period (responsible institution only)',
      body: ProgressReportCreate,
      response: { 201: ReportDetail, ...errors },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await createReport(ctx, authOf(req), actorOf(req), req.body)),
  });

  app.patch('/api/reports/:id', {
    config: { permission: 'reports.file' },
    schema: {
      tags,
      summary: 'Change a draft or returned report (send the version you loaded)',
      params: IdParam,
      body: ProgressReportPatch,
      response: { 200: ReportDetail, ...errors },
    },
    handler: async (req) => updateReport(ctx, authOf(req), actorOf(req), req.params.id, req.body),
  });

  app.post('/api/reports/:id/transitions', {
    config: read,
    schema: {
      tags,
      summary: 'Submit, return, resubmit, verify, approve or reopen (as reporter or verifier)',
      params: IdParam,
      body: ReportTransition,
      response: { 200: ReportDetail, ...errors },
    },
    handler: async (req) =>
      transitionReport(ctx, authOf(req), actorOf(req), req.params.id, req.body),
  });

  app.post('/api/reports/:id/comments', {
    config: read,
    schema: {
      tags,
      summary: 'Comment on a report or reply to a comment (its reporters and verifiers)',
      params: IdParam,
      body: CommentCreate,
      response: { 201: CommentView, ...errors },
    },
    handler: async (req, reply) =>
      reply
        .code(201)
        .send(await addComment(ctx, authOf(req), actorOf(req), req.params.id, req.body)),
  });

  app.put('/api/reports/:id/evidence-score', {
    config: read,
    schema: {
      tags,
      summary: "Score the report's evidence with the rubric (verifier, while judging it)",
      params: IdParam,
      body: EvidenceScoreInput,
      response: { 200: ReportDetail, ...errors },
    },
    handler: async (req) => scoreEvidence(ctx, authOf(req), actorOf(req), req.params.id, req.body),
  });

  await evidenceRoutes(app, ctx);
  await nonPlanRoutes(app, ctx);
}
