import fs from 'node:fs';
import path from 'node:path';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyError, LogController } from 'fastify';
import { jsonSchemaTransform, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ZodType } from 'zod';
import { registerFeatureRoutes } from '../../routes.js';
import { startChangeFeed } from '../cache/change-feed.js';
import type { AppContext } from '../context.js';
import { AppError, errorBody, RequestValidationError, validationBody } from './errors.js';
import { createGuard } from './guard.js';
import { registerResponseCache } from './response-cache.js';
import type { App } from './types.js';

export type BuildOptions = { logger?: boolean };

/** Builds the whole HTTP application; `serve` listens with it, tests inject into it. */
export async function buildApp(ctx: AppContext, opts: BuildOptions = {}): Promise<App> {
  const app = Fastify({
    logger: opts.logger
      ? {
          level: ctx.config.logLevel,
          redact: [
            'req.headers.cookie',
            'req.headers["x-csrf-token"]',
            'req.headers.authorization',
          ],
        }
      : false,
    bodyLimit: ctx.config.bodyLimit,
    trustProxy: ctx.config.trustProxy,
    // One log line per request costs a fifth of the throughput; keep them for debug level.
    logController: new LogController({
      disableRequestLogging: ctx.config.logLevel !== 'debug' && ctx.config.logLevel !== 'trace',
    }),
  }).withTypeProvider<ZodTypeProvider>();

  // Validation runs through zod with the raw input kept, so messages can be worded per request
  // language; a strict object turns unknown fields into errors.
  app.setValidatorCompiler(({ schema }) => (data: unknown) => {
    const result = (schema as ZodType).safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    return { error: new RequestValidationError(result.error.issues as never) };
  });
  // Responses are built by presenters from typed rows; the zod response schemas document them.
  // `<` is escaped so that no JSON answer can ever be read as markup (text stays byte-identical
  // once parsed).
  app.setSerializerCompiler(() => (data) => JSON.stringify(data).replace(/</g, '\\u003c'));
  // Only JSON bodies: a text/plain or form post is what a cross-site form can send.
  app.removeContentTypeParser('text/plain');

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Sigap API',
        version: '0.1.0',
        description:
          'API of Sigap, the information system of the GT PP TPPO. Sign in with POST /api/auth/login; ' +
          'state-changing requests carry the x-csrf-token header returned by /api/me.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sigap_session' } },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  const stopChangeFeed = await startChangeFeed(ctx);
  app.addHook('onClose', async () => stopChangeFeed());
  app.addHook('onRequest', createGuard(ctx));
  registerResponseCache(app, ctx);
  // Many users are on slow connections: answers over 2 KB (a plan matrix is ~70 KB of JSON, the
  // web bundle more) go gzip-compressed to clients that accept it. Registered after the response
  // cache, so the cache keeps the plain JSON and a replayed answer is compressed on the way out.
  await app.register(fastifyCompress, { threshold: 2048, encodings: ['gzip', 'deflate'] });
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
    if (req.url.startsWith('/api/') && !req.url.startsWith('/api/docs'))
      reply.header('cache-control', 'no-store');
    if (!req.url.startsWith('/api/docs'))
      reply.header(
        'content-security-policy',
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
      );
  });

  app.setErrorHandler((err: FastifyError, req, reply) => {
    const lang = req.lang ?? 'id';
    if (err instanceof RequestValidationError)
      return reply.code(400).send(validationBody(err.issues, lang));
    if (err instanceof AppError) {
      const fields = err.fields?.map((f) => ({ path: f.path, message: f.message[lang] }));
      return reply.code(err.statusCode).send(errorBody(err.errorCode, lang, err.text, fields));
    }
    switch (err.code) {
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return reply.code(400).send(errorBody('MALFORMED_JSON', lang));
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return reply.code(413).send(errorBody('BODY_TOO_LARGE', lang));
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return reply.code(415).send(errorBody('UNSUPPORTED_MEDIA_TYPE', lang));
    }
    if (err instanceof SyntaxError && err.statusCode === 400)
      return reply.code(400).send(errorBody('MALFORMED_JSON', lang));
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500)
      return reply.code(err.statusCode).send(errorBody('VALIDATION_FAILED', lang));
    req.log.error({ err }, 'unhandled error');
    return reply.code(500).send(errorBody('INTERNAL', lang));
  });

  // Kept so tests can prove every route is documented in the OpenAPI document.
  const routes: App['registeredRoutes'] = [];
  app.addHook('onRoute', (r) => {
    const methods = Array.isArray(r.method) ? r.method : [r.method];
    const hidden = Boolean((r.schema as { hide?: boolean } | undefined)?.hide);
    for (const m of methods)
      if (m !== 'HEAD')
        routes.push({ method: m, url: r.url, hidden, auth: r.config?.auth ?? 'full' });
  });
  app.decorate('registeredRoutes', routes);
  await registerFeatureRoutes(app, ctx);
  await registerWeb(app, ctx);
  return app;
}

/** The built web app is served by the same process; unknown non-API paths get index.html. */
async function registerWeb(app: App, ctx: AppContext) {
  const dist = ctx.config.webDist;
  const hasWeb = fs.existsSync(path.join(dist, 'index.html'));
  if (hasWeb)
    await app.register(fastifyStatic, { root: dist, wildcard: false, index: false, maxAge: '1h' });
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || req.method !== 'GET' || !hasWeb)
      return reply.code(404).send(errorBody('NOT_FOUND', req.lang ?? 'id'));
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
