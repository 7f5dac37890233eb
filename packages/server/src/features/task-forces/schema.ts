import { STRATEGY_CODES } from '@sigap/domain';
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { institutions } from '../institutions/schema.js';
import { regions } from '../regions/schema.js';

/** Gugus Tugas PP TPPO at national, province or kabupaten/kota level. */
export const taskForces = pgTable(
  'task_forces',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    level: text('level', { enum: ['national', 'province', 'regency'] }).notNull(),
    regionCode: text('region_code').references(() => regions.code),
    name: text('name').notNull(),
    legalBasisNumber: text('legal_basis_number').notNull(),
    legalBasisDate: date('legal_basis_date').notNull(),
    legalBasisTitle: text('legal_basis_title'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('task_forces_region_idx').on(t.regionCode),
    // One active task force per region (and one national one, region null): two secretariats
    // creating the same province's task force at once must not both succeed.
    uniqueIndex('task_forces_one_active_per_region')
      .on(sql`coalesce(${t.regionCode}, '')`)
      .where(sql`${t.active}`),
  ],
);

export const subTaskForces = pgTable(
  'sub_task_forces',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskForceId: uuid('task_force_id')
      .notNull()
      .references(() => taskForces.id),
    name: text('name').notNull(),
    strategyCode: text('strategy_code', { enum: STRATEGY_CODES }),
    coordinatorInstitutionId: uuid('coordinator_institution_id').references(() => institutions.id),
  },
  (t) => [index('sub_task_forces_tf_idx').on(t.taskForceId)],
);

/** A seat held by an institution from `valid_from` until `valid_to` (exclusive, open if null). */
export const taskForceMemberships = pgTable(
  'task_force_memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskForceId: uuid('task_force_id')
      .notNull()
      .references(() => taskForces.id),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => institutions.id),
    role: text('role', {
      enum: [
        'chair',
        'deputy_chair',
        'daily_chair',
        'secretariat',
        'sub_task_force_coordinator',
        'member',
      ],
    }).notNull(),
    position: text('position'),
    subTaskForceId: uuid('sub_task_force_id').references(() => subTaskForces.id),
    legalBasis: text('legal_basis').notNull(),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
  },
  (t) => [
    index('memberships_tf_idx').on(t.taskForceId, t.validFrom),
    index('memberships_inst_idx').on(t.institutionId),
  ],
);
