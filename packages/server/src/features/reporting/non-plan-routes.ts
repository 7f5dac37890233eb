import { ApiError, NonPlanActivityInput, Page } from '@sigap/domain';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { type App, actorOf, authOf } from '../../platform/http/types.js';
import { createNonPlanActivity } from './create-non-plan-activity.js';
import { deleteNonPlanActivity } from './delete-non-plan-activity.js';
import { listNonPlanActivities } from './list-non-plan-activities.js';
import { getNonPlanActivityView } from './non-plan-access.js';
import { updateNonPlanActivity } from './update-non-plan-activity.js';
import { IdParam, NonPlanActivityQuery, NonPlanActivityView } from './views.js';

const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError };
const tags = ['non-plan-activities'];
const file = { permission: 'reports.file' } as const;

/** Kegiatan non-RAN: work outside the plan, which the report to the President includes. */
export async function nonPlanRoutes(app: App, ctx: AppContext) {
  app.get('/api/non-plan-activities', {
    config: { permission: 'reports.read' },
    schema: {
      tags,
      summary: 'Activities outside the plan I may read',
      querystring: NonPlanActivityQuery,
      response: { 200: Page(NonPlanActivityView), ...errors },
    },
    handler: async (req) => listNonPlanActivities(ctx.database.readDb, authOf(req), req.query),
  });

  app.get('/api/non-plan-activities/:id', {
    config: { permission: 'reports.read' },
    schema: {
      tags,
      summary: 'One activity outside the plan',
      params: IdParam,
      response: { 200: NonPlanActivityView, ...errors },
    },
    handler: async (req) => getNonPlanActivityView(ctx.database.db, authOf(req), req.params.id),
  });

  app.post('/api/non-plan-activities', {
    config: file,
    schema: {
      tags,
      summary: 'Record an activity outside the plan for my institution',
      body: NonPlanActivityInput,
      response: { 201: NonPlanActivityView, ...errors },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await createNonPlanActivity(ctx, authOf(req), actorOf(req), req.body)),
  });

  app.patch('/api/non-plan-activities/:id', {
    config: file,
    schema: {
      tags,
      summary: 'Change an activity outside the plan (the whole form)',
      params: IdParam,
      body: NonPlanActivityInput,
      response: { 200: NonPlanActivityView, ...errors },
    },
    handler: async (req) =>
      updateNonPlanActivity(ctx, authOf(req), actorOf(req), req.params.id, req.body),
  });

  app.delete('/api/non-plan-activities/:id', {
    config: file,
    schema: {
      tags,
      summary: 'Delete an activity outside the plan entered by mistake',
      params: IdParam,
      response: { 204: z.null().describe('deleted'), ...errors },
    },
    handler: async (req, reply) => {
      await deleteNonPlanActivity(ctx, authOf(req), actorOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  });
}
