import { sql } from 'drizzle-orm';
import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Kemendagri regions at four levels. Rows are never deleted: a region that was split or merged
 * gets a `valid_to`, and `region_lineage` records where it went, so old data keeps its meaning.
 */
export const regions = pgTable(
  'regions',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    level: text('level', { enum: ['province', 'regency', 'district', 'village'] }).notNull(),
    parentCode: text('parent_code'),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('regions_parent_idx').on(t.parentCode),
    index('regions_level_idx').on(t.level, t.code),
    index('regions_name_idx').on(sql`lower(${t.name})`),
  ],
);

export const regionLineage = pgTable('region_lineage', {
  id: uuid('id').primaryKey().defaultRandom(),
  predecessorCode: text('predecessor_code')
    .notNull()
    .references(() => regions.code),
  successorCode: text('successor_code')
    .notNull()
    .references(() => regions.code),
  event: text('event', { enum: ['split', 'merge', 'rename', 'recode'] }).notNull(),
  effectiveDate: date('effective_date').notNull(),
  legalBasis: text('legal_basis').notNull(),
});

/** Map boundaries an administrator loaded (GeoJSON/TopoJSON), one file per level. */
export const regionBoundaries = pgTable('region_boundaries', {
  level: text('level', { enum: ['province', 'regency'] }).primaryKey(),
  storageKey: text('storage_key').notNull(),
  format: text('format', { enum: ['geojson', 'topojson'] }).notNull(),
  featureCount: text('feature_count').notNull(),
  loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull().defaultNow(),
});
