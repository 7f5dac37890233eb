import {
  ApiError,
  Page,
  ReferralTargetQuery,
  ReferralTargetView,
  ServiceUnitCreate,
  ServiceUnitQuery,
  ServiceUnitUpdate,
  ServiceUnitView,
} from '@sigap/domain';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { type App, actorOf, authOf } from '../../platform/http/types.js';
import { createServiceUnit } from './create-service-unit.js';
import { getServiceUnit } from './get-service-unit.js';
import { listReferralTargets } from './list-referral-targets.js';
import { listServiceUnits } from './list-service-units.js';
import { updateServiceUnit } from './update-service-unit.js';

/** The tables the list is read from (its answers are cached: platform/cache). */
const LIST_TOPICS = ['service_units', 'institutions', 'institution_names', 'regions'];

const IdParam = z.object({ id: z.uuid() });
const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError };
const tags = ['service-units'];

/** Victim-service units (UPTD PPA, P2TP2A, PPT, RPTC, RPSA, rumah aman), strictly by scope. */
export async function serviceUnitsRoutes(app: App, ctx: AppContext) {
  app.get('/api/service-units', {
    config: { permission: 'serviceUnits.read', cache: { per: 'scope', topics: LIST_TOPICS } },
    schema: {
      tags,
      summary: 'Service units inside my scope',
      querystring: ServiceUnitQuery,
      response: { 200: Page(ServiceUnitView), ...errors },
    },
    handler: async (req) => listServiceUnits(ctx.database.readDb, authOf(req).scope, req.query),
  });

  app.get('/api/service-units/referral-targets', {
    config: { permission: 'cases.write', cache: { per: 'everyone', topics: LIST_TOPICS } },
    schema: {
      tags,
      summary: 'Active units anywhere a victim can be referred to (names and regions only)',
      querystring: ReferralTargetQuery,
      response: { 200: Page(ReferralTargetView), ...errors },
    },
    handler: async (req) => listReferralTargets(ctx.database.readDb, req.query),
  });

  app.get('/api/service-units/:id', {
    config: { permission: 'serviceUnits.read' },
    schema: {
      tags,
      summary: 'One service unit inside my scope',
      params: IdParam,
      response: { 200: ServiceUnitView, ...errors },
    },
    handler: async (req) => getServiceUnit(ctx.database.db, authOf(req).scope, req.params.id),
  });

  app.post('/api/service-units', {
    config: { permission: 'serviceUnits.manage' },
    schema: {
      tags,
      summary: 'Register a service unit in a region of my scope',
      body: ServiceUnitCreate,
      response: { 201: ServiceUnitView, ...errors },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await createServiceUnit(ctx, authOf(req), actorOf(req), req.body)),
  });

  app.patch('/api/service-units/:id', {
    config: { permission: 'serviceUnits.manage' },
    schema: {
      tags,
      summary: 'Change a service unit of my scope',
      params: IdParam,
      body: ServiceUnitUpdate,
      response: { 200: ServiceUnitView, ...errors },
    },
    handler: async (req) =>
      updateServiceUnit(ctx, authOf(req), actorOf(req), req.params.id, req.body),
  });
}
