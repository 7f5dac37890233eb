import { ApiError } from '@sigap/domain';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { type App, authOf } from '../../platform/http/types.js';
import { listNotifications } from './list-notifications.js';
import { markAllRead, markRead } from './mark-read.js';
import { NotificationPage, NotificationQuery, NotificationView, ReadAllResult } from './views.js';

const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError };
const tags = ['notifications'];

/** The bell: every signed-in user's own notifications (no permission beyond signing in). */
export async function notificationsRoutes(app: App, ctx: AppContext) {
  app.get('/api/notifications', {
    schema: {
      tags,
      summary: 'My notifications, newest first, with the unread count',
      querystring: NotificationQuery,
      response: { 200: NotificationPage, ...errors },
    },
    handler: async (req) => listNotifications(ctx.database.db, authOf(req).userId, req.query),
  });

  app.post('/api/notifications/:id/read', {
    schema: {
      tags,
      summary: 'Mark one of my notifications read',
      params: z.object({ id: z.uuid() }),
      response: { 200: NotificationView, ...errors },
    },
    handler: async (req) => markRead(ctx.database.db, authOf(req).userId, req.params.id),
  });

  app.post('/api/notifications/read-all', {
    schema: {
      tags,
      summary: 'Mark all my notifications read',
      response: { 200: ReadAllResult, ...errors },
    },
    handler: async (req) => markAllRead(ctx.database.db, authOf(req).userId),
  });
}
