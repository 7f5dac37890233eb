import {
  ApiError,
  InstitutionCreate,
  InstitutionDetail,
  InstitutionQuery,
  InstitutionRename,
  InstitutionUpdate,
  InstitutionView,
  Page,
} from '@sigap/domain';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { type App, actorOf, authOf } from '../../platform/http/types.js';
import { createInstitution } from './create-institution.js';
import { getInstitution } from './get-institution.js';
import { listInstitutions } from './list-institutions.js';
import { renameInstitution } from './rename-institution.js';
import { updateInstitution } from './update-institution.js';

/** The tables the list is read from (its answers are cached: platform/cache). */
const LIST_TOPICS = ['institutions', 'institution_names', 'regions'];

const IdParam = z.object({ id: z.uuid() });
const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError };
const tags = ['institutions'];

/** K/L and regional bodies (instansi): read by everyone signed in. */
export async function institutionsRoutes(app: App, ctx: AppContext) {
  app.get('/api/institutions', {
    config: { permission: 'institutions.read', cache: { per: 'everyone', topics: LIST_TOPICS } },
    schema: {
      tags,
      summary: 'Institutions by name (also former names), abbreviation, code, kind, status',
      querystring: InstitutionQuery,
      response: { 200: Page(InstitutionView), ...errors },
    },
    handler: async (req) => listInstitutions(ctx.database.readDb, req.query),
  });

  app.get('/api/institutions/:id', {
    config: { permission: 'institutions.read' },
    schema: {
      tags,
      summary: 'One institution with its name history, successor, predecessors and seats',
      params: IdParam,
      response: { 200: InstitutionDetail, ...errors },
    },
    handler: async (req) => getInstitution(ctx.database.db, authOf(req).scope, req.params.id),
  });

  app.post('/api/institutions', {
    config: { permission: 'institutions.manage' },
    schema: {
      tags,
      summary: 'Register an institution (regional users: bodies of their own region)',
      body: InstitutionCreate,
      response: { 201: InstitutionDetail, ...errors },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await createInstitution(ctx, authOf(req), actorOf(req), req.body)),
  });

  app.patch('/api/institutions/:id', {
    config: { permission: 'institutions.manage' },
    schema: {
      tags,
      summary: 'Change kind, active status or successor',
      params: IdParam,
      body: InstitutionUpdate,
      response: { 200: InstitutionDetail, ...errors },
    },
    handler: async (req) =>
      updateInstitution(ctx, authOf(req), actorOf(req), req.params.id, req.body),
  });

  app.post('/api/institutions/:id/names', {
    config: { permission: 'institutions.manage' },
    schema: {
      tags,
      summary: 'Record a new name from a date; the current name ends that day',
      params: IdParam,
      body: InstitutionRename,
      response: { 201: InstitutionDetail, ...errors },
    },
    handler: async (req, reply) =>
      reply
        .code(201)
        .send(await renameInstitution(ctx, authOf(req), actorOf(req), req.params.id, req.body)),
  });
}
