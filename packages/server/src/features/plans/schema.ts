import {
  BUDGET_SOURCES,
  INDICATOR_DIRECTIONS,
  PLAN_KINDS,
  type ReportingSettings,
  STRATEGY_CODES,
  type TrafficLightThresholds,
} from '@sigap/domain';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../identity/schema.js';
import { institutions } from '../institutions/schema.js';
import { regions } from '../regions/schema.js';

/**
 * Rencana aksi (action plans): the national RAN or the RAD of one province or kabupaten/kota.
 * Rows of the matrix are never deleted by a revision: they are retired (`retired_in_revision`),
 * so reports filed on them stay attached to what they were filed on.
 */
export const plans = pgTable(
  'plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: PLAN_KINDS }).notNull(),
    regionCode: text('region_code').references(() => regions.code),
    title: text('title').notNull(),
    startYear: integer('start_year').notNull(),
    endYear: integer('end_year').notNull(),
    legalBasis: text('legal_basis'),
    reporting: jsonb('reporting').$type<ReportingSettings>().notNull(),
    trafficLight: jsonb('traffic_light').$type<TrafficLightThresholds>().notNull(),
    /** Number of the revision in force; revision 1 is the plan as first entered. */
    revision: integer('revision').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('plans_region_idx').on(t.regionCode)],
);

/** Each revision keeps the whole matrix as it stood, and what changed from the one before. */
export const planRevisions = pgTable(
  'plan_revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    number: integer('number').notNull(),
    note: text('note'),
    document: jsonb('document').notNull(),
    changes: jsonb('changes').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('plan_revisions_number').on(t.planId, t.number)],
);

/** Program or focus (fokus) under one of the six strategies. */
export const planPrograms = pgTable(
  'plan_programs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    strategyCode: text('strategy_code', { enum: STRATEGY_CODES }).notNull(),
    code: text('code').notNull(),
    title: text('title').notNull(),
    position: integer('position').notNull(),
    retiredInRevision: integer('retired_in_revision'),
  },
  (t) => [uniqueIndex('plan_programs_code').on(t.planId, t.code)],
);

/** Aksi: one activity with its responsible institution (penanggung jawab). */
export const planActivities = pgTable(
  'plan_activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    programId: uuid('program_id')
      .notNull()
      .references(() => planPrograms.id),
    code: text('code').notNull(),
    title: text('title').notNull(),
    responsibleInstitutionId: uuid('responsible_institution_id')
      .notNull()
      .references(() => institutions.id),
    relatedInstitutionIds: uuid('related_institution_ids').array().notNull().default([]),
    /** For a RAD activity: the RAN activity it implements. */
    ranActivityId: uuid('ran_activity_id').references((): AnyPgColumn => planActivities.id),
    position: integer('position').notNull(),
    retiredInRevision: integer('retired_in_revision'),
  },
  (t) => [
    uniqueIndex('plan_activities_code').on(t.planId, t.code),
    index('plan_activities_responsible_idx').on(t.responsibleInstitutionId),
    index('plan_activities_ran_idx').on(t.ranActivityId),
  ],
);

/** Planned budget (pagu) per year; melekat = from the institution's own allocation. */
export const planActivityBudgets = pgTable(
  'plan_activity_budgets',
  {
    activityId: uuid('activity_id')
      .notNull()
      .references(() => planActivities.id),
    year: integer('year').notNull(),
    amount: bigint('amount', { mode: 'number' }),
    source: text('source', { enum: BUDGET_SOURCES }).notNull(),
    attached: boolean('attached').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.year] })],
);

export const planIndicators = pgTable(
  'plan_indicators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => planActivities.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    unit: text('unit').notNull(),
    direction: text('direction', { enum: INDICATOR_DIRECTIONS }).notNull(),
    baseline: doublePrecision('baseline'),
    baselineYear: integer('baseline_year'),
    /** Target per year: {"2021": 120}. */
    targets: jsonb('targets').$type<Record<string, number>>().notNull(),
    position: integer('position').notNull(),
    retiredInRevision: integer('retired_in_revision'),
  },
  (t) => [
    uniqueIndex('plan_indicators_code').on(t.activityId, t.code),
    index('plan_indicators_plan_idx').on(t.planId),
  ],
);

/**
 * A previewed XLSX import waiting for confirmation. The parsed document is kept here, not in the
 * memory of one instance, so the confirm may reach any instance; only the token's SHA-256 is
 * stored, and a row is good for one confirm by the user who previewed it, until it expires.
 */
export const planImports = pgTable(
  'plan_imports',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** The plan being revised; null when the import creates a plan. */
    planId: uuid('plan_id').references(() => plans.id),
    /** The plan's revision the preview was computed against: a later one voids the preview. */
    baseRevision: integer('base_revision'),
    document: jsonb('document').notNull(),
    changes: jsonb('changes').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('plan_imports_expires_idx').on(t.expiresAt)],
);
