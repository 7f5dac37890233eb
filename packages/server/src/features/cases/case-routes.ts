import {
  ApiError,
  BreakGlassGrant,
  BreakGlassRequest,
  CaseCreate,
  CaseDetail,
  CaseDetailQuery,
  CaseQuery,
  CaseSummary,
  CaseUpdate,
  Page,
  TimelineView,
  VerificationRequest,
  VerificationView,
} from '@sigap/domain';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { type App, actorOf, authOf } from '../../platform/http/types.js';
import { breakGlass } from './break-glass.js';
import { createCase } from './create-case.js';
import { getCase } from './get-case.js';
import { listCases } from './list-cases.js';
import { victimTimeline } from './timeline.js';
import { updateCase } from './update-case.js';
import { verifyCase, verifyPerson } from './verify-records.js';

export const IdParam = z.object({ id: z.uuid() });
export const errors = {
  400: ApiError,
  401: ApiError,
  403: ApiError,
  404: ApiError,
  409: ApiError,
};
export const tags = ['cases'];

/**
 * Kasus: the list (never a name), the case with its records (identifying fields opened and the
 * read audited, or masked), writes with an optimistic version, break-the-glass, verification
 * and a victim's service timeline. Who reaches a case is in every query (case-access.ts).
 */
export async function caseRoutes(app: App, ctx: AppContext) {
  app.get('/api/cases', {
    config: { permission: 'cases.read' },
    schema: {
      tags,
      summary: 'Cases I reach (scope, accepted referral, break-the-glass); search by name or NIK',
      querystring: CaseQuery,
      response: { 200: Page(CaseSummary), ...errors },
    },
    handler: async (req) => listCases(ctx.database.readDb, ctx, authOf(req), req.query),
  });

  app.post('/api/cases', {
    config: { permission: 'cases.write' },
    schema: {
      tags,
      summary: 'Record a case (with its events and people) in my scope',
      body: CaseCreate,
      response: { 201: CaseDetail, ...errors },
    },
    handler: async (req, reply) => {
      const id = await createCase(ctx, authOf(req), actorOf(req), req.body);
      return reply.code(201).send(await getCase(ctx, authOf(req), actorOf(req), id, 'masked'));
    },
  });

  app.get('/api/cases/:id', {
    config: { permission: 'cases.read' },
    schema: {
      tags,
      summary:
        'A case with its records; identifying fields opened (read audited) or ?identity=masked. Out of scope: 403 BREAK_GLASS_REQUIRED',
      params: IdParam,
      querystring: CaseDetailQuery,
      response: { 200: CaseDetail, ...errors },
    },
    handler: async (req) =>
      getCase(ctx, authOf(req), actorOf(req), req.params.id, req.query.identity),
  });

  app.patch('/api/cases/:id', {
    config: { permission: 'cases.write' },
    schema: {
      tags,
      summary: 'Change a case of my scope (409 when its version moved on)',
      params: IdParam,
      body: CaseUpdate,
      response: { 200: CaseDetail, ...errors },
    },
    handler: async (req) => {
      await updateCase(ctx, authOf(req), actorOf(req), req.params.id, req.body);
      return getCase(ctx, authOf(req), actorOf(req), req.params.id, 'masked');
    },
  });

  app.post('/api/cases/:id/break-glass', {
    config: { permission: 'cases.read' },
    schema: {
      tags,
      summary:
        'Open a case outside my scope with a written reason (time-limited, audited, owners told)',
      params: IdParam,
      body: BreakGlassRequest,
      response: { 201: BreakGlassGrant, ...errors },
    },
    handler: async (req, reply) =>
      reply
        .code(201)
        .send(await breakGlass(ctx, authOf(req), actorOf(req), req.params.id, req.body)),
  });

  app.post('/api/cases/:id/verification', {
    config: { permission: 'cases.verify' },
    schema: {
      tags,
      summary: 'Verify or reject a case of my scope (PIC data)',
      params: IdParam,
      body: VerificationRequest,
      response: { 200: VerificationView, ...errors },
    },
    handler: async (req) => verifyCase(ctx, authOf(req), actorOf(req), req.params.id, req.body),
  });

  app.post('/api/case-people/:id/verification', {
    config: { permission: 'cases.verify' },
    schema: {
      tags,
      summary: 'Verify or reject one person record of a case of my scope (PIC data)',
      params: IdParam,
      body: VerificationRequest,
      response: { 200: VerificationView, ...errors },
    },
    handler: async (req) => verifyPerson(ctx, authOf(req), actorOf(req), req.params.id, req.body),
  });

  app.get('/api/cases/:id/people/:personId/timeline', {
    config: { permission: 'cases.read' },
    schema: {
      tags,
      summary: "A victim's services in paripurna order (done / open), referrals and legal steps",
      params: z.object({ id: z.uuid(), personId: z.uuid() }),
      response: { 200: TimelineView, ...errors },
    },
    handler: async (req) => victimTimeline(ctx, authOf(req), req.params.id, req.params.personId),
  });
}
