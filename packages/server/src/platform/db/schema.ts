/** Every table, for drizzle-kit and for typed queries. Each lives in its feature folder. */
export * from '../../features/audit/schema.js';
export * from '../../features/case-stats/schema.js';
export * from '../../features/cases/schema.js';
export * from '../../features/identity/schema.js';
export * from '../../features/institutions/schema.js';
export * from '../../features/notifications/schema.js';
export * from '../../features/plans/schema.js';
export * from '../../features/reference/schema.js';
export * from '../../features/regions/schema.js';
export * from '../../features/reporting/schema.js';
export * from '../../features/service-units/schema.js';
export * from '../../features/task-forces/schema.js';
