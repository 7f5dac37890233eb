import type { Bilingual } from '@sigap/domain';
import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../identity/schema.js';

/**
 * In-app notifications, also sent by e-mail when SMTP is configured. `dedupe_key` makes a
 * reminder idempotent: the deadline sweep may run on every instance, each reminder lands once.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind', {
      enum: [
        'deadline_approaching',
        'report_overdue',
        'report_returned',
        'report_submitted',
        // the case registry (issue 4)
        'case_break_glass',
        'referral_received',
        'referral_answered',
      ],
    }).notNull(),
    title: jsonb('title').$type<Bilingual>().notNull(),
    body: jsonb('body').$type<Bilingual>().notNull(),
    link: text('link'),
    dedupeKey: text('dedupe_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt),
    uniqueIndex('notifications_dedupe').on(t.userId, t.dedupeKey),
  ],
);
