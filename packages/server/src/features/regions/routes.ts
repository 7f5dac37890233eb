import {
  ApiError,
  Page,
  RegionCode,
  RegionCreate,
  RegionDetail,
  RegionLineageCreate,
  RegionLineageView,
  RegionQuery,
  RegionUpdate,
  RegionView,
} from '@sigap/domain';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { type App, actorOf, authOf } from '../../platform/http/types.js';
import { createRegion } from './create-region.js';
import { getRegion } from './get-region.js';
import { listRegions } from './list-regions.js';
import { recordLineage } from './record-lineage.js';
import { updateRegion } from './update-region.js';

/** The tables the list is read from (its answers are cached: platform/cache). */
const LIST_TOPICS = ['regions', 'region_lineage'];

const CodeParam = z.object({ code: RegionCode });
const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError };
const tags = ['regions'];

/** Kemendagri regions (wilayah): read by everyone signed in, changed by national admins. */
export async function regionsRoutes(app: App, ctx: AppContext) {
  app.get('/api/regions', {
    config: { permission: 'regions.read', cache: { per: 'everyone', topics: LIST_TOPICS } },
    schema: {
      tags,
      summary: 'Regions by level, parent or name/code; in force today unless historic=true',
      querystring: RegionQuery,
      response: { 200: Page(RegionView), ...errors },
    },
    handler: async (req) => listRegions(ctx.database.readDb, req.query),
  });

  app.get('/api/regions/:code', {
    config: { permission: 'regions.read' },
    schema: {
      tags,
      summary: 'One region with its parent, predecessors and successors',
      params: CodeParam,
      response: { 200: RegionDetail, ...errors },
    },
    handler: async (req) => getRegion(ctx.database.db, req.params.code),
  });

  app.post('/api/regions', {
    config: { permission: 'regions.manage' },
    schema: {
      tags,
      summary: 'Add a region (e.g. a new kabupaten after a split); national admins only',
      body: RegionCreate,
      response: { 201: RegionDetail, ...errors },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await createRegion(ctx, authOf(req), actorOf(req), req.body)),
  });

  app.patch('/api/regions/:code', {
    config: { permission: 'regions.manage' },
    schema: {
      tags,
      summary: 'Rename a region or retire it (validTo); national admins only',
      params: CodeParam,
      body: RegionUpdate,
      response: { 200: RegionDetail, ...errors },
    },
    handler: async (req) => updateRegion(ctx, authOf(req), actorOf(req), req.params.code, req.body),
  });

  app.post('/api/regions/lineage', {
    config: { permission: 'regions.manage' },
    schema: {
      tags,
      summary: 'Record a split, merge, rename or recode between two regions; national admins only',
      body: RegionLineageCreate,
      response: { 201: RegionLineageView, ...errors },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await recordLineage(ctx, authOf(req), actorOf(req), req.body)),
  });
}
