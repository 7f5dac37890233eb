import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.js';
import { UNSAFE_METHODS } from './guard.js';
import type { App } from './types.js';

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * Replays the JSON of GET routes marked `config.cache` from the read cache (platform/cache), so
 * the busiest reads — lists, /api/me — skip validation, the database and serialization while
 * nothing they read has changed. Runs after the guard: who may call a route is decided on every
 * request, and an answer is only shared between users the rule says would get the same one.
 */
export function registerResponseCache(app: App, ctx: AppContext) {
  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    req.cacheFill = null;
    const rule = req.routeOptions.config.cache;
    if (!rule || req.method !== 'GET' || reply.sent) return;
    const auth = req.auth;
    if (rule.per !== 'everyone' && !auth) return;
    const who =
      rule.per === 'everyone'
        ? '*'
        : rule.per === 'scope'
          ? `${auth?.scope.level}:${auth?.scope.regionCode ?? ''}`
          : `${auth?.sessionId}:${auth?.stage}`;
    // the raw URL names the route and its query: the same URL always validates the same way
    const key = `http|${who}|${req.url}`;
    const hit = ctx.cache.peek<string>(key);
    if (hit !== undefined) return reply.type(JSON_TYPE).send(hit);
    req.cacheFill = ctx.cache.begin(key, rule.topics);
  });

  app.addHook('onSend', async (req, reply, payload) => {
    // This instance's own writes must show in the very next read, before their change
    // notification comes back from the database: a write request empties the cache on its way out.
    if (UNSAFE_METHODS.has(req.method)) ctx.cache.invalidateAll();
    else if (req.cacheFill && reply.statusCode === 200 && typeof payload === 'string')
      ctx.cache.commit(req.cacheFill, payload);
    return payload;
  });
}
