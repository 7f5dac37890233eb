import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  smallint,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * Derived tables of the case statistics (docs/ARCHITECTURE.md, "Case statistics"): facts flatten
 * what the reference statement (stats-sql.ts) derives per case and per person record, and cells
 * hold their counts per month and year, so an answer at national volume sums a few thousand cells
 * instead of joining a million victims. Nothing here is a source of truth: triggers on the registry
 * tables list the changed cases in `case_stats_dirty` and the next statistics read brings facts
 * and cells up to date (facts-refresh.ts).
 */

/** Cases changed since the last refresh (duplicates allowed: no conflict handling on insert). */
export const caseStatsDirty = pgTable('case_stats_dirty', {
  caseId: uuid('case_id').notNull(),
});

/** One row per case that counts (not rejected). */
export const caseStatsCases = pgTable(
  'case_stats_cases',
  {
    caseId: uuid('case_id').primaryKey(),
    reportedOn: date('reported_on').notNull(),
    verified: boolean('verified').notNull(),
    /** Provinces and kabupaten/kota the case touches (unit, victims' homes, events). */
    provinces: text('provinces').array().notNull(),
    regencies: text('regencies').array().notNull(),
    exploitationTypes: text('exploitation_types').array().notNull(),
    modus: text('modus').array().notNull(),
    /** Highest legal stage reached (1 police report … 4 verdict or sentence; 0 none). */
    legalStage: integer('legal_stage').notNull(),
    restitutionOrdered: boolean('restitution_ordered').notNull(),
    restitutionPaid: boolean('restitution_paid').notNull(),
    orderedAmount: doublePrecision('ordered_amount'),
    paidAmount: doublePrecision('paid_amount'),
  },
  (t) => [
    index('case_stats_cases_reported_idx').on(t.reportedOn),
    index('case_stats_cases_regencies_idx').using('gin', t.regencies),
  ],
);

/** One row per victim or perpetrator record that counts, with its case's facts. */
export const caseStatsPeople = pgTable(
  'case_stats_people',
  {
    personId: uuid('person_id').primaryKey(),
    caseId: uuid('case_id').notNull(),
    clusterId: uuid('cluster_id').notNull(),
    role: text('role').notNull(),
    reportedOn: date('reported_on').notNull(),
    /** Case and record both verified. */
    verified: boolean('verified').notNull(),
    provinces: text('provinces').array().notNull(),
    regencies: text('regencies').array().notNull(),
    sex: text('sex'),
    citizenship: text('citizenship'),
    age: integer('age'),
    origin: text('origin'),
    destRegion: text('dest_region'),
    destCountry: text('dest_country'),
    exploitationTypes: text('exploitation_types').array().notNull(),
    modus: text('modus').array().notNull(),
    /** Services not cancelled, still open; the types not cancelled and the completed ones. */
    svcActive: integer('svc_active').notNull(),
    svcOpen: integer('svc_open').notNull(),
    svcTypes: text('svc_types').array().notNull(),
    svcDone: text('svc_done').array().notNull(),
  },
  (t) => [
    index('case_stats_people_case_idx').on(t.caseId),
    index('case_stats_people_cluster_idx').on(t.clusterId),
    index('case_stats_people_reported_idx').on(t.reportedOn),
    index('case_stats_people_regencies_idx').using('gin', t.regencies),
  ],
);

/** Clusters of more than one record: first and last registration day over all their records. */
export const caseStatsClusters = pgTable(
  'case_stats_clusters',
  {
    clusterId: uuid('cluster_id').primaryKey(),
    firstOn: date('first_on').notNull(),
    lastOn: date('last_on').notNull(),
  },
  (t) => [index('case_stats_clusters_last_idx').on(t.lastOn, t.firstOn)],
);

/**
 * Counts per region ('' the country, or a province), mode (verified only or not), period (grain
 * 1: a month, 12: a year, `period` its first day) and breakdown key. A person cluster counts in
 * the period of its most recent record in that region and mode.
 */
export const caseStatsCells = pgTable(
  'case_stats_cells',
  {
    region: text('region').notNull(),
    verifiedOnly: boolean('verified_only').notNull(),
    grain: smallint('grain').notNull(),
    period: date('period').notNull(),
    dim: text('dim').notNull(),
    m: text('m').notNull(),
    key: text('key'),
    n: integer('n').notNull(),
    amount: doublePrecision('amount').notNull(),
    amountN: integer('amount_n').notNull(),
  },
  (t) => [
    unique('case_stats_cells_key')
      .on(t.region, t.verifiedOnly, t.grain, t.period, t.dim, t.m, t.key)
      .nullsNotDistinct(),
  ],
);
