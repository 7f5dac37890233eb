-- Monitoring dashboard (features/monitoring/region-sql.ts): the by-region view reads every
-- report of a year across all plans (~90 000 at national volume). This covering index hands
-- them over per plan, indicator and period (latest first) with their state and achievement, so
-- the aggregate need not read the table (index-only scans once the table is vacuumed).
-- A custom migration: the table is declared in features/reporting/schema.ts, and drizzle-kit's
-- snapshot does not list this index, so later `drizzle-kit generate` runs leave it alone.
CREATE INDEX IF NOT EXISTS "progress_reports_monitoring_idx" ON "progress_reports" USING btree ("year","plan_id","indicator_id","period_code" DESC) INCLUDE ("state","achievement");
