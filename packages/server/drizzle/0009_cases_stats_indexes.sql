-- Case statistics (features/case-stats): region filters are `code = 'PP.KK' or code like 'PP.KK.%'`,
-- which plain btree indexes cannot serve under a non-C collation; text_pattern_ops ones can. The
-- partial index finds the merged records (the only ones whose cluster differs from their id).
-- A custom migration: drizzle-kit's snapshot does not list these indexes, so later
-- `drizzle-kit generate` runs leave them alone.
CREATE INDEX IF NOT EXISTS "case_people_merged_idx" ON "case_people" ("cluster_id") WHERE "id" <> "cluster_id";--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "cases_region_pattern_idx" ON "cases" ("region_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "case_people_victim_address_idx" ON "case_people" ("address_region_code" text_pattern_ops) WHERE "role" = 'victim';--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "case_events_region_pattern_idx" ON "case_events" ("region_code" text_pattern_ops);
