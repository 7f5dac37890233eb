import { BUDGET_SOURCES, REPORT_STATES, STRATEGY_CODES } from '@sigap/domain';
import {
  type AnyPgColumn,
  bigint,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../identity/schema.js';
import { institutions } from '../institutions/schema.js';
import { planActivities, planIndicators, plans } from '../plans/schema.js';

/**
 * Laporan kemajuan: one per indicator per reporting period, filed by the activity's responsible
 * institution. `region_code` is the plan's (null for the RAN), copied so scope filters need no
 * join. Achievement is computed when the value changes, from the indicator's direction.
 */
export const progressReports = pgTable(
  'progress_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => planActivities.id),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => planIndicators.id),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    regionCode: text('region_code'),
    strategyCode: text('strategy_code', { enum: STRATEGY_CODES }).notNull(),
    periodCode: text('period_code').notNull(),
    year: integer('year').notNull(),
    state: text('state', { enum: REPORT_STATES }).notNull(),
    realisedValue: doublePrecision('realised_value'),
    realisedBudget: bigint('realised_budget', { mode: 'number' }),
    narrative: text('narrative').notNull().default(''),
    kendala: text('kendala').notNull().default(''),
    tindakLanjut: text('tindak_lanjut').notNull().default(''),
    regionCodes: text('region_codes').array().notNull().default([]),
    /** Capped achievement % (null when it cannot be computed; `achievement_note` says why). */
    achievement: doublePrecision('achievement'),
    achievementRaw: doublePrecision('achievement_raw'),
    achievementNote: text('achievement_note'),
    /** Verifier's rubric scores and their 0–100 total. */
    evidenceScores: jsonb('evidence_scores'),
    evidenceScore: doublePrecision('evidence_score'),
    /** Bumped on every change: a stale edit (two people, one report) is refused, not merged. */
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('progress_reports_one_per_period').on(t.indicatorId, t.periodCode),
    index('progress_reports_plan_year_idx').on(t.planId, t.year, t.state),
    index('progress_reports_institution_idx').on(t.institutionId, t.year),
    index('progress_reports_region_idx').on(t.regionCode),
  ],
);

/** The report's timeline: every transition with who, when and the comment or reason. */
export const reportEvents = pgTable(
  'report_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => progressReports.id),
    action: text('action').notNull(),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('report_events_report_idx').on(t.reportId, t.createdAt)],
);

/** Threaded comments on a report (a reply names its parent). */
export const reportComments = pgTable(
  'report_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => progressReports.id),
    parentId: uuid('parent_id').references((): AnyPgColumn => reportComments.id),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('report_comments_report_idx').on(t.reportId, t.createdAt)],
);

/** Bukti dukung: the bytes live in file storage under their SHA-256; this row names them. */
export const evidenceFiles = pgTable(
  'evidence_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => progressReports.id),
    sha256: text('sha256').notNull(),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [index('evidence_files_report_idx').on(t.reportId)],
);

/** Kegiatan non-RAN: work outside the plan, which the report to the President includes. */
export const nonPlanActivities = pgTable(
  'non_plan_activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    strategyCode: text('strategy_code', { enum: STRATEGY_CODES }).notNull(),
    title: text('title').notNull(),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on'),
    year: integer('year').notNull(),
    narrative: text('narrative').notNull(),
    regionCodes: text('region_codes').array().notNull().default([]),
    realisedBudget: bigint('realised_budget', { mode: 'number' }),
    budgetSource: text('budget_source', { enum: BUDGET_SOURCES }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('non_plan_activities_institution_idx').on(t.institutionId, t.year)],
);
