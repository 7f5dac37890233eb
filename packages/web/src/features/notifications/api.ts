import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  NotificationPage,
  NotificationView,
  ReadAllResult,
} from '../../../../server/src/features/notifications/views.js';
import { api } from '../../app/api/client.js';
import { serverView } from '../reporting/types.js';

export type Notification = z.infer<typeof NotificationView>;
type Page = z.infer<typeof NotificationPage>;

export const notificationKeys = {
  all: ['notifications'] as const,
  unread: ['notifications', 'unread'] as const,
  list: (p: object) => ['notifications', 'list', p] as const,
};

/**
 * The bell's count: one row asked for, the total unread comes with it. Refreshed every minute
 * and when the window regains focus, no more: it runs on every page of every open tab.
 */
export const unreadQuery = queryOptions({
  queryKey: notificationKeys.unread,
  queryFn: () => api.get('/api/notifications', serverView<Page>(), { unread: 'true', pageSize: 1 }),
  select: (p) => p.unread,
  refetchInterval: 60_000,
  refetchIntervalInBackground: false,
  refetchOnWindowFocus: true,
  staleTime: 30_000,
});

export function notificationListQuery(search: { page?: number; unread?: 'true' }) {
  return queryOptions({
    queryKey: notificationKeys.list(search),
    queryFn: () => api.get('/api/notifications', serverView<Page>(), { pageSize: 20, ...search }),
    placeholderData: keepPreviousData,
  });
}

export const notificationsApi = {
  markRead: (id: string) =>
    api.post(`/api/notifications/${encodeURIComponent(id)}/read`, serverView<Notification>()),
  markAllRead: () =>
    api.post('/api/notifications/read-all', serverView<z.infer<typeof ReadAllResult>>()),
};
