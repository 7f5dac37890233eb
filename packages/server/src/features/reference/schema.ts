import { STRATEGY_CODES } from '@sigap/domain';
import { integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** ISO 3166-1 countries, with names in Indonesian and English. */
export const countries = pgTable('countries', {
  code: text('code').primaryKey(), // alpha-2
  alpha3: text('alpha3').notNull().unique(),
  numeric: text('numeric').notNull(),
  nameId: text('name_id').notNull(),
  nameEn: text('name_en').notNull(),
});

/** The six RAN PP TPPO strategies. */
export const strategies = pgTable('strategies', {
  code: text('code', { enum: STRATEGY_CODES }).primaryKey(),
  number: integer('number').notNull().unique(),
  nameId: text('name_id').notNull(),
  nameEn: text('name_en').notNull(),
});

/** Small facts about this installation: demo mode, reference-data version. */
export const appMeta = pgTable('app_meta', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
