import { PageMeta, PageQuery } from '@sigap/domain';
import { z } from 'zod';
import { notifications } from './schema.js';

const Bilingual = z.object({ id: z.string(), en: z.string() });

export const NotificationView = z.object({
  id: z.uuid(),
  kind: z.enum(notifications.kind.enumValues),
  title: Bilingual,
  body: Bilingual,
  /** Where in the web app it leads. */
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationView = z.infer<typeof NotificationView>;

export const NotificationQuery = PageQuery.omit({ q: true }).extend({
  unread: z.enum(['true', 'false']).optional(),
});
export type NotificationQuery = z.infer<typeof NotificationQuery>;

export const NotificationPage = z.object({
  items: z.array(NotificationView),
  meta: PageMeta,
  /** Unread notifications in all, for the bell's badge. */
  unread: z.number().int(),
});

export const ReadAllResult = z.object({ marked: z.number().int() });
