import { CountryView, Health, PublicSettings, StrategyView } from '@sigap/domain';
import { asc } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { appliedMigrationTag } from '../../platform/db/migrate.js';
import type { App } from '../../platform/http/types.js';
import { countries, strategies } from './schema.js';

export async function referenceRoutes(app: App, ctx: AppContext) {
  app.get('/healthz', {
    config: { auth: 'public' },
    schema: {
      tags: ['system'],
      summary: 'Liveness and database status',
      response: { 200: Health, 503: Health },
    },
    handler: async (_req, reply) => {
      const migration = await appliedMigrationTag(ctx.database).catch(() => null);
      const body = {
        status: migration ? ('ok' as const) : ('degraded' as const),
        db: ctx.database.kind,
        migration,
      };
      return reply.code(migration ? 200 : 503).send(body);
    },
  });

  app.get('/api/settings', {
    config: { auth: 'public' },
    schema: {
      tags: ['system'],
      summary: 'Public facts about this installation (demo or not)',
      response: { 200: PublicSettings },
    },
    handler: async () => ({ demo: ctx.demo, evidenceMaxBytes: ctx.config.evidenceMaxBytes }),
  });

  app.get('/api/reference/countries', {
    schema: {
      tags: ['reference'],
      summary: 'ISO 3166 countries (Indonesian and English names)',
      response: { 200: z.array(CountryView) },
    },
    handler: async () =>
      ctx.database.readDb
        .select({
          code: countries.code,
          alpha3: countries.alpha3,
          nameId: countries.nameId,
          nameEn: countries.nameEn,
        })
        .from(countries)
        .orderBy(asc(countries.nameId)),
  });

  app.get('/api/reference/strategies', {
    schema: {
      tags: ['reference'],
      summary: 'The six RAN PP TPPO strategies',
      response: { 200: z.array(StrategyView) },
    },
    handler: async () =>
      ctx.database.readDb.select().from(strategies).orderBy(asc(strategies.number)),
  });

  app.get('/api/openapi.json', {
    config: { auth: 'public' },
    schema: { hide: true },
    handler: async () => app.swagger(),
  });
}
