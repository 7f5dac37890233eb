import {
  ApiError,
  MembershipCreate,
  MembershipEnd,
  MembershipQuery,
  MembershipView,
  Page,
  SubTaskForceCreate,
  SubTaskForceView,
  TaskForceCreate,
  TaskForceDetail,
  TaskForceQuery,
  TaskForceUpdate,
  TaskForceView,
} from '@sigap/domain';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { type App, actorOf, authOf } from '../../platform/http/types.js';
import { addMembership } from './add-membership.js';
import { addSubTaskForce } from './add-sub-task-force.js';
import { createTaskForce } from './create-task-force.js';
import { endMembership } from './end-membership.js';
import { getTaskForce } from './get-task-force.js';
import { listTaskForces } from './list-task-forces.js';
import { updateTaskForce } from './update-task-force.js';

/** The tables the list is read from (its answers are cached: platform/cache). */
const LIST_TOPICS = [
  'task_forces',
  'sub_task_forces',
  'task_force_memberships',
  'institutions',
  'institution_names',
  'regions',
];

const IdParam = z.object({ id: z.uuid() });
const MembershipParams = z.object({ id: z.uuid(), membershipId: z.uuid() });
const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError };
const tags = ['task-forces'];
const manage = { permission: 'taskForces.manage' } as const;

/**
 * Gugus Tugas PP TPPO. Everyone sees the task forces of their scope and those above it; a
 * secretariat manages those at or below its own region. Out of sight answers 404.
 */
export async function taskForcesRoutes(app: App, ctx: AppContext) {
  app.get('/api/task-forces', {
    config: { permission: 'taskForces.read', cache: { per: 'scope', topics: LIST_TOPICS } },
    schema: {
      tags,
      summary: 'Task forces in my scope and above it',
      querystring: TaskForceQuery,
      response: { 200: Page(TaskForceView), ...errors },
    },
    handler: async (req) => listTaskForces(ctx.database.readDb, authOf(req).scope, req.query),
  });

  app.get('/api/task-forces/:id', {
    config: { permission: 'taskForces.read' },
    schema: {
      tags,
      summary: 'One task force with sub-task-forces and seats (asOf: composition on a date)',
      params: IdParam,
      querystring: MembershipQuery,
      response: { 200: TaskForceDetail, ...errors },
    },
    handler: async (req) =>
      getTaskForce(ctx.database.db, authOf(req).scope, req.params.id, req.query.asOf),
  });

  app.post('/api/task-forces', {
    config: manage,
    schema: {
      tags,
      summary: 'Form a task force for a region in my scope',
      body: TaskForceCreate,
      response: { 201: TaskForceDetail, ...errors },
    },
    handler: async (req, reply) =>
      reply.code(201).send(await createTaskForce(ctx, authOf(req), actorOf(req), req.body)),
  });

  app.patch('/api/task-forces/:id', {
    config: manage,
    schema: {
      tags,
      summary: 'Change name, legal basis or active status',
      params: IdParam,
      body: TaskForceUpdate,
      response: { 200: TaskForceDetail, ...errors },
    },
    handler: async (req) =>
      updateTaskForce(ctx, authOf(req), actorOf(req), req.params.id, req.body),
  });

  app.post('/api/task-forces/:id/sub-task-forces', {
    config: manage,
    schema: {
      tags,
      summary: 'Add a sub-task-force',
      params: IdParam,
      body: SubTaskForceCreate,
      response: { 201: SubTaskForceView, ...errors },
    },
    handler: async (req, reply) =>
      reply
        .code(201)
        .send(await addSubTaskForce(ctx, authOf(req), actorOf(req), req.params.id, req.body)),
  });

  app.post('/api/task-forces/:id/memberships', {
    config: manage,
    schema: {
      tags,
      summary: 'Give an institution a seat from a date',
      params: IdParam,
      body: MembershipCreate,
      response: { 201: MembershipView, ...errors },
    },
    handler: async (req, reply) =>
      reply
        .code(201)
        .send(await addMembership(ctx, authOf(req), actorOf(req), req.params.id, req.body)),
  });

  app.post('/api/task-forces/:id/memberships/:membershipId/end', {
    config: manage,
    schema: {
      tags,
      summary: 'End a seat on a date (kept in the history)',
      params: MembershipParams,
      body: MembershipEnd,
      response: { 200: MembershipView, ...errors },
    },
    handler: async (req) =>
      endMembership(
        ctx,
        authOf(req),
        actorOf(req),
        req.params.id,
        req.params.membershipId,
        req.body,
      ),
  });
}
