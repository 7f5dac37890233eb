import {
  ApiError,
  Page,
  PasswordReset,
  UserCreate,
  UserQuery,
  UserUpdate,
  UserView,
} from '@sigap/domain';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { AppError } from '../../platform/http/errors.js';
import { type App, actorOf, authOf } from '../../platform/http/types.js';
import { listUsers } from './list-users.js';
import { findUserView } from './presenters.js';
import {
  resetPassword,
  resetTwoFactor,
  revokeUserSessions,
  unlockUser,
} from './user-admin-actions.js';
import { createUser, getManagedUser, updateUser } from './users-service.js';

/** The tables a user list is read from (its answers are cached: platform/cache). */
const USER_LIST_TOPICS = ['users', 'institutions', 'institution_names', 'regions'];

const IdParam = z.object({ id: z.uuid() });
const Ok = z.object({ ok: z.literal(true) });
const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError };
const tags = ['users'];

export async function usersRoutes(app: App, ctx: AppContext) {
  app.get('/api/users', {
    config: { permission: 'users.read', cache: { per: 'scope', topics: USER_LIST_TOPICS } },
    schema: {
      tags,
      summary: 'Users within my scope',
      querystring: UserQuery,
      response: { 200: Page(UserView), ...errors },
    },
    handler: async (req) => listUsers(ctx, authOf(req), req.query),
  });

  app.get('/api/users/:id', {
    config: { permission: 'users.read' },
    schema: { tags, summary: 'One user', params: IdParam, response: { 200: UserView, ...errors } },
    handler: async (req) => {
      await getManagedUser(ctx, authOf(req), req.params.id);
      const user = await findUserView(ctx.database.db, req.params.id);
      if (!user) throw new AppError('NOT_FOUND');
      return user;
    },
  });

  app.post('/api/users', {
    config: { permission: 'users.manage' },
    schema: {
      tags,
      summary: 'Create a user',
      body: UserCreate,
      response: { 201: UserView, ...errors },
    },
    handler: async (req, reply) => {
      const user = await createUser(ctx, authOf(req), actorOf(req), req.body);
      return reply.code(201).send(user);
    },
  });

  app.patch('/api/users/:id', {
    config: { permission: 'users.manage' },
    schema: {
      tags,
      summary: 'Change a user',
      params: IdParam,
      body: UserUpdate,
      response: { 200: UserView, ...errors },
    },
    handler: async (req) => updateUser(ctx, authOf(req), actorOf(req), req.params.id, req.body),
  });

  app.post('/api/users/:id/reset-password', {
    config: { permission: 'users.manage' },
    schema: {
      tags,
      summary: 'Set a new password; the user must change it at next sign-in',
      params: IdParam,
      body: PasswordReset,
      response: { 200: Ok, ...errors },
    },
    handler: async (req) => {
      await resetPassword(ctx, authOf(req), actorOf(req), req.params.id, req.body.newPassword);
      return { ok: true as const };
    },
  });

  app.post('/api/users/:id/unlock', {
    config: { permission: 'users.manage' },
    schema: {
      tags,
      summary: 'Lift a sign-in lock-out',
      params: IdParam,
      response: { 200: Ok, ...errors },
    },
    handler: async (req) => {
      await unlockUser(ctx, authOf(req), actorOf(req), req.params.id);
      return { ok: true as const };
    },
  });

  app.post('/api/users/:id/revoke-sessions', {
    config: { permission: 'users.manage' },
    schema: {
      tags,
      summary: "End all of the user's sessions",
      params: IdParam,
      response: { 200: z.object({ revoked: z.number() }), ...errors },
    },
    handler: async (req) => ({
      revoked: await revokeUserSessions(ctx, authOf(req), actorOf(req), req.params.id),
    }),
  });

  app.post('/api/users/:id/reset-2fa', {
    config: { permission: 'users.manage' },
    schema: {
      tags,
      summary: 'Clear a lost authenticator; the user enrols again',
      params: IdParam,
      response: { 200: Ok, ...errors },
    },
    handler: async (req) => {
      await resetTwoFactor(ctx, authOf(req), actorOf(req), req.params.id);
      return { ok: true as const };
    },
  });
}
