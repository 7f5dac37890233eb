import { ApiError, PicklistsQuery, PicklistsView } from '@sigap/domain';
import type { AppContext } from '../../platform/context.js';
import type { App } from '../../platform/http/types.js';
import { caseRoutes } from './case-routes.js';
import { listPicklists } from './list-picklists.js';
import { recordRoutes } from './record-routes.js';
import { referralRoutes } from './referral-routes.js';

/**
 * The integrated victim and case registry (issue 4): picklists, cases and their records,
 * referrals. Import, duplicate review and statistics register their own routes.
 */
export async function casesRoutes(app: App, ctx: AppContext) {
  app.get('/api/picklists', {
    config: { cache: { per: 'everyone', topics: ['picklist_values'] } },
    schema: {
      tags: ['reference'],
      summary: 'Picklists of the case registry (id/en labels, HTCDS names, active)',
      querystring: PicklistsQuery,
      response: { 200: PicklistsView, 401: ApiError },
    },
    handler: async (req) => listPicklists(ctx.database.readDb, req.query.lists),
  });
  await caseRoutes(app, ctx);
  await recordRoutes(app, ctx);
  await referralRoutes(app, ctx);
}
