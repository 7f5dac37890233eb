import { ApiError, Page, PlanDocument, TrafficLightThresholds } from '@sigap/domain';
import type { FastifyContextConfig } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { type App, actorOf, authOf } from '../../platform/http/types.js';
import { planAlignment } from './alignment.js';
import {
  AlignmentQuery,
  AlignmentView,
  PlanDetail,
  PlanDetailQuery,
  PlanQuery,
  PlanView,
  RevisionBody,
  RevisionDetail,
  RevisionResult,
  RevisionSummary,
} from './api-schemas.js';
import { createPlan } from './create-plan.js';
import { exportPlan, XLSX_TYPE } from './export-plan.js';
import { getPlanDetail } from './get-plan.js';
import { planImportRoutes } from './import-routes.js';
import { listPlans } from './list-plans.js';
import { getRevision, listRevisions } from './list-revisions.js';
import { NO_CHANGES, revisePlan, revisionSaved } from './revise-plan.js';
import { updatePlanSettings } from './update-plan-settings.js';

/** The tables a plan's answers are read from (cached answers: platform/cache, decision 0009). */
const PLAN_TOPICS = [
  'plans',
  'plan_revisions',
  'plan_programs',
  'plan_activities',
  'plan_activity_budgets',
  'plan_indicators',
  'institutions',
  'institution_names',
  'regions',
];

const IdParam = z.object({ id: z.uuid() });
const RevisionParams = z.object({ id: z.uuid(), number: z.coerce.number().int().min(1) });
const CreateBody = PlanDocument.safeExtend({
  note: z.string().trim().max(1000).nullable().default(null),
});
const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError };
const tags = ['plans'];
const cached = {
  permission: 'plans.read',
  cache: { per: 'scope', topics: PLAN_TOPICS },
} as const satisfies FastifyContextConfig;
const manage = { permission: 'plans.manage' } as const;

/**
 * Rencana aksi: the national RAN and the RADs of provinces and kabupaten/kota. Everyone with
 * plans.read sees the RAN and the RADs of their scope (and their own province's); out of sight
 * answers 404. The RAN is managed nationally, a RAD by the secretariat whose scope holds it.
 */
export async function plansRoutes(app: App, ctx: AppContext) {
  app.get('/api/plans', {
    config: cached,
    schema: {
      tags,
      summary: 'Plans in my scope (filters: kind, regionCode, year, q)',
      querystring: PlanQuery,
      response: { 200: Page(PlanView), ...errors },
    },
    handler: async (req) => listPlans(ctx.database.readDb, authOf(req).scope, req.query),
  });

  app.get('/api/plans/alignment', {
    config: cached,
    schema: {
      tags,
      summary: 'Which RAN activities each region’s RAD covers, and which regions have no RAD',
      querystring: AlignmentQuery,
      response: { 200: AlignmentView, ...errors },
    },
    handler: async (req) =>
      planAlignment(ctx.database.readDb, authOf(req).scope, req.query.ranPlanId),
  });

  app.get('/api/plans/:id', {
    config: cached,
    schema: {
      tags,
      summary: 'A plan and its matrix (?revision=N: as that revision had it)',
      params: IdParam,
      querystring: PlanDetailQuery,
      response: { 200: PlanDetail, ...errors },
    },
    handler: async (req) =>
      getPlanDetail(ctx.database.db, authOf(req).scope, req.params.id, req.query.revision),
  });

  app.post('/api/plans', {
    config: manage,
    schema: {
      tags,
      summary: 'Create a plan from its whole matrix (revision 1)',
      body: CreateBody,
      response: { 201: PlanDetail, ...errors },
    },
    handler: async (req, reply) => {
      const auth = authOf(req);
      const { note, ...doc } = req.body;
      const created = await createPlan(ctx, auth, actorOf(req), doc, note);
      return reply.code(201).send(await getPlanDetail(ctx.database.db, auth.scope, created.planId));
    },
  });

  app.put('/api/plans/:id/matrix', {
    config: manage,
    schema: {
      tags,
      summary: 'Revise a plan: the whole matrix as it now stands, matched by codes',
      params: IdParam,
      body: RevisionBody,
      response: { 200: RevisionResult, ...errors },
    },
    handler: async (req) => {
      const { note, baseRevision, ...doc } = req.body;
      const r = await revisePlan(ctx, authOf(req), actorOf(req), req.params.id, doc, {
        note,
        baseRevision,
      });
      return {
        planId: r.planId,
        changed: r.changed,
        revision: r.revision,
        message: (r.changed ? revisionSaved(r.revision) : NO_CHANGES)[req.lang],
        changes: r.changes,
      };
    },
  });

  app.patch('/api/plans/:id/settings', {
    config: manage,
    schema: {
      tags,
      summary: 'Change the traffic-light thresholds of a plan’s dashboard',
      params: IdParam,
      body: z.strictObject({ trafficLight: TrafficLightThresholds }),
      response: { 200: PlanDetail, ...errors },
    },
    handler: async (req) => {
      const auth = authOf(req);
      await updatePlanSettings(ctx, auth, actorOf(req), req.params.id, req.body);
      return getPlanDetail(ctx.database.db, auth.scope, req.params.id);
    },
  });

  app.get('/api/plans/:id/revisions', {
    config: cached,
    schema: {
      tags,
      summary: 'Revision history of a plan',
      params: IdParam,
      response: { 200: z.array(RevisionSummary), ...errors },
    },
    handler: async (req) => listRevisions(ctx.database.db, authOf(req).scope, req.params.id),
  });

  app.get('/api/plans/:id/revisions/:number', {
    config: cached,
    schema: {
      tags,
      summary: 'What one revision changed',
      params: RevisionParams,
      response: { 200: RevisionDetail, ...errors },
    },
    handler: async (req) =>
      getRevision(ctx.database.db, authOf(req).scope, req.params.id, req.params.number),
  });

  app.get('/api/plans/:id/export.xlsx', {
    config: { permission: 'plans.read' },
    schema: {
      tags,
      summary: 'The plan in force as one XLSX sheet (headers in my language)',
      params: IdParam,
      produces: [XLSX_TYPE],
      response: { 200: z.any().describe('the XLSX file'), ...errors },
    },
    handler: async (req, reply) => {
      const file = await exportPlan(ctx.database.db, authOf(req).scope, req.params.id, req.lang);
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.buffer);
    },
  });

  await planImportRoutes(app, ctx);
}
