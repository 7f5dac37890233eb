import {
  CaseDetail,
  Page,
  ReferralCreate,
  ReferralDecline,
  ReferralQuery,
  ReferralView,
} from '@sigap/domain';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { type App, actorOf, authOf } from '../../platform/http/types.js';
import { answerReferral } from './answer-referral.js';
import { errors, IdParam, tags } from './case-routes.js';
import { getCase } from './get-case.js';
import { listReferrals } from './list-referrals.js';
import { sendReferral } from './send-referral.js';

const referralTags = [...tags, 'referrals'];

/**
 * Rujukan between units and regions: sent by the case's owner (identity shared only with the
 * victim's consent), answered by the receiving region (accept gives it the case; decline needs a
 * reason), completed when the services are done.
 */
export async function referralRoutes(app: App, ctx: AppContext) {
  app.post('/api/cases/:id/referrals', {
    config: { permission: 'cases.write' },
    schema: {
      tags: referralTags,
      summary: 'Refer a victim of a case of my scope to a service unit',
      params: IdParam,
      body: ReferralCreate,
      response: { 201: z.object({ id: z.uuid(), case: CaseDetail }), ...errors },
    },
    handler: async (req, reply) => {
      const id = await sendReferral(ctx, authOf(req), actorOf(req), req.params.id, req.body);
      const detail = await getCase(ctx, authOf(req), actorOf(req), req.params.id, 'masked');
      return reply.code(201).send({ id, case: detail });
    },
  });

  app.get('/api/referrals', {
    config: { permission: 'cases.read' },
    schema: {
      tags: referralTags,
      summary: 'Referrals to units of my region (incoming) or of my cases (outgoing)',
      querystring: ReferralQuery,
      response: { 200: Page(ReferralView), ...errors },
    },
    handler: async (req) => listReferrals(ctx.database.readDb, authOf(req), req.query),
  });

  for (const answer of ['accept', 'complete'] as const)
    app.post(`/api/referrals/:id/${answer}`, {
      config: { permission: 'cases.write' },
      schema: {
        tags: referralTags,
        summary:
          answer === 'accept'
            ? 'Accept a referral to my region (my region then reaches the case)'
            : 'Mark an accepted referral as completed',
        params: IdParam,
        response: { 200: ReferralView, ...errors },
      },
      handler: async (req) => answerReferral(ctx, authOf(req), actorOf(req), req.params.id, answer),
    });

  app.post('/api/referrals/:id/decline', {
    config: { permission: 'cases.write' },
    schema: {
      tags: referralTags,
      summary: 'Decline a referral to my region, with a reason',
      params: IdParam,
      body: ReferralDecline,
      response: { 200: ReferralView, ...errors },
    },
    handler: async (req) =>
      answerReferral(ctx, authOf(req), actorOf(req), req.params.id, 'decline', req.body.reason),
  });
}
