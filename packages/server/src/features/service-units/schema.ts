import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { institutions } from '../institutions/schema.js';
import { regions } from '../regions/schema.js';

/** UPTD PPA, P2TP2A, PPT, RPTC, RPSA, rumah aman: where victims are served. */
export const serviceUnits = pgTable(
  'service_units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind', {
      enum: ['uptd_ppa', 'p2tp2a', 'ppt', 'rptc', 'rpsa', 'rumah_aman', 'other'],
    }).notNull(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    institutionId: uuid('institution_id').references(() => institutions.id),
    address: text('address'),
    phone: text('phone'),
    capacity: integer('capacity'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('service_units_region_idx').on(t.regionCode)],
);
