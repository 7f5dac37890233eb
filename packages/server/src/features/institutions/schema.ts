import {
  type AnyPgColumn,
  boolean,
  date,
  index,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { regions } from '../regions/schema.js';

/**
 * A K/L or other body. The id and code are stable across cabinets; the name lives in
 * `institution_names` with validity dates, and a dissolved body points to its successor.
 */
export const institutions = pgTable('institutions', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  kind: text('kind', {
    enum: [
      'coordinating_ministry',
      'ministry',
      'agency',
      'law_enforcement',
      'judiciary',
      'independent_body',
      'regional_government',
      'civil_society',
      'international',
    ],
  }).notNull(),
  regionCode: text('region_code').references(() => regions.code),
  active: boolean('active').notNull().default(true),
  successorId: uuid('successor_id').references((): AnyPgColumn => institutions.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const institutionNames = pgTable(
  'institution_names',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    name: text('name').notNull(),
    abbreviation: text('abbreviation').notNull(),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    legalBasis: text('legal_basis'),
  },
  (t) => [index('institution_names_inst_idx').on(t.institutionId, t.validFrom)],
);
