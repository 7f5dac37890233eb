import {
  ApiError,
  CandidateDetail,
  CandidateQuery,
  CandidateSummary,
  ClearingRunRequest,
  ClearingRunResult,
  MergeQuery,
  MergeRequest,
  MergeView,
  Page,
} from '@sigap/domain';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { AppError } from '../../platform/http/errors.js';
import { type App, actorOf, authOf } from '../../platform/http/types.js';
import { markNotSame, mergeCandidate, undoMerge } from './decide-candidate.js';
import { generateCandidates } from './generate-candidates.js';
import { getCandidate } from './get-candidate.js';
import { listCandidates } from './list-candidates.js';
import { getMerge, listMerges } from './list-merges.js';

const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError };
const tags = ['clearing'];
const verify = { permission: 'cases.verify' } as const;
const IdParam = z.object({ id: z.uuid() });

/**
 * Verifikasi dan clearing: the duplicate search, the PIC data's review queue, merges and their
 * undoing. Everything needs cases.verify; the scope is in every query (a pair is the PIC's when
 * one of its records belongs to a case in their scope).
 */
export async function clearingRoutes(app: App, ctx: AppContext) {
  app.post('/api/clearing/run', {
    config: verify,
    schema: {
      tags,
      summary:
        'Search the victims for duplicates and refresh the review queue of my scope (synchronous: sized for a scope, the CLI runs the whole registry)',
      body: ClearingRunRequest,
      response: { 200: ClearingRunResult, ...errors },
    },
    handler: async (req) => {
      const auth = authOf(req);
      const result = await generateCandidates(ctx, {
        scope: auth.scope,
        ...(req.body.threshold !== undefined ? { threshold: req.body.threshold } : {}),
        actor: actorOf(req),
      });
      if (!result)
        throw new AppError('CONFLICT', {
          id: 'Pencarian duplikat sedang berjalan; coba lagi sebentar lagi',
          en: 'A duplicate search is running; try again shortly',
        });
      return result;
    },
  });

  app.get('/api/clearing/candidates', {
    config: verify,
    schema: {
      tags,
      summary: 'Duplicate candidates to review in my scope, best score first (no identifying data)',
      querystring: CandidateQuery,
      response: { 200: Page(CandidateSummary), ...errors },
    },
    handler: async (req) => listCandidates(ctx.database.db, authOf(req), req.query),
  });

  app.get('/api/clearing/candidates/:id', {
    config: verify,
    schema: {
      tags,
      summary: 'Both records side by side with the evidence (an audited identity read)',
      params: IdParam,
      response: { 200: CandidateDetail, ...errors },
    },
    handler: async (req) => getCandidate(ctx, authOf(req), actorOf(req), req.params.id),
  });

  app.post('/api/clearing/candidates/:id/merge', {
    config: verify,
    schema: {
      tags,
      summary: "Merge: the other record's whole cluster joins the survivor's (undoable, audited)",
      params: IdParam,
      body: MergeRequest,
      response: { 200: MergeView, ...errors },
    },
    handler: async (req) =>
      mergeCandidate(ctx, authOf(req), actorOf(req), req.params.id, req.body ?? { survivor: 'a' }),
  });

  app.post('/api/clearing/candidates/:id/not-same', {
    config: verify,
    schema: {
      tags,
      summary: 'Not the same person: close the pair for good (audited)',
      params: IdParam,
      response: { 200: CandidateSummary, ...errors },
    },
    handler: async (req) => markNotSame(ctx, authOf(req), actorOf(req), req.params.id),
  });

  app.get('/api/clearing/merges', {
    config: verify,
    schema: {
      tags,
      summary: 'Merge history in my scope, newest first',
      querystring: MergeQuery,
      response: { 200: Page(MergeView), ...errors },
    },
    handler: async (req) => listMerges(ctx.database.db, authOf(req), req.query),
  });

  app.get('/api/clearing/merges/:id', {
    config: verify,
    schema: {
      tags,
      summary: 'One merge',
      params: IdParam,
      response: { 200: MergeView, ...errors },
    },
    handler: async (req) => getMerge(ctx.database.db, authOf(req), req.params.id),
  });

  app.post('/api/clearing/merges/:id/undo', {
    config: verify,
    schema: {
      tags,
      summary: 'Undo a merge exactly and reopen its pair (audited)',
      params: IdParam,
      response: { 200: MergeView, ...errors },
    },
    handler: async (req) => undoMerge(ctx, authOf(req), actorOf(req), req.params.id),
  });
}
