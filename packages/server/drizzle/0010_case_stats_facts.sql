CREATE TABLE "case_stats_cases" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"reported_on" date NOT NULL,
	"verified" boolean NOT NULL,
	"provinces" text[] NOT NULL,
	"regencies" text[] NOT NULL,
	"exploitation_types" text[] NOT NULL,
	"modus" text[] NOT NULL,
	"legal_stage" integer NOT NULL,
	"restitution_ordered" boolean NOT NULL,
	"restitution_paid" boolean NOT NULL,
	"ordered_amount" double precision,
	"paid_amount" double precision
);
--> statement-breakpoint
CREATE TABLE "case_stats_cells" (
	"region" text NOT NULL,
	"verified_only" boolean NOT NULL,
	"grain" smallint NOT NULL,
	"period" date NOT NULL,
	"dim" text NOT NULL,
	"m" text NOT NULL,
	"key" text,
	"n" integer NOT NULL,
	"amount" double precision NOT NULL,
	"amount_n" integer NOT NULL,
	CONSTRAINT "case_stats_cells_key" UNIQUE NULLS NOT DISTINCT("region","verified_only","grain","period","dim","m","key")
);
--> statement-breakpoint
CREATE TABLE "case_stats_clusters" (
	"cluster_id" uuid PRIMARY KEY NOT NULL,
	"first_on" date NOT NULL,
	"last_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_stats_dirty" (
	"case_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_stats_people" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"cluster_id" uuid NOT NULL,
	"role" text NOT NULL,
	"reported_on" date NOT NULL,
	"verified" boolean NOT NULL,
	"provinces" text[] NOT NULL,
	"regencies" text[] NOT NULL,
	"sex" text,
	"citizenship" text,
	"age" integer,
	"origin" text,
	"dest_region" text,
	"dest_country" text,
	"exploitation_types" text[] NOT NULL,
	"modus" text[] NOT NULL,
	"svc_active" integer NOT NULL,
	"svc_open" integer NOT NULL,
	"svc_types" text[] NOT NULL,
	"svc_done" text[] NOT NULL
);
--> statement-breakpoint
CREATE INDEX "case_stats_cases_reported_idx" ON "case_stats_cases" USING btree ("reported_on");--> statement-breakpoint
CREATE INDEX "case_stats_cases_regencies_idx" ON "case_stats_cases" USING gin ("regencies");--> statement-breakpoint
CREATE INDEX "case_stats_clusters_last_idx" ON "case_stats_clusters" USING btree ("last_on","first_on");--> statement-breakpoint
CREATE INDEX "case_stats_people_case_idx" ON "case_stats_people" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_stats_people_cluster_idx" ON "case_stats_people" USING btree ("cluster_id");--> statement-breakpoint
CREATE INDEX "case_stats_people_reported_idx" ON "case_stats_people" USING btree ("reported_on");--> statement-breakpoint
CREATE INDEX "case_stats_people_regencies_idx" ON "case_stats_people" USING gin ("regencies");--> statement-breakpoint
-- The services of a merged person are those of all their records: their type arrays are
-- concatenated (features/case-stats/facts-contrib.ts).
CREATE AGGREGATE case_stats_array_cat(anycompatiblearray) (
  SFUNC = array_cat, STYPE = anycompatiblearray, INITCOND = '{}'
);
--> statement-breakpoint
-- Case statistics (features/case-stats, docs/ARCHITECTURE.md): every write to a registry table that
-- a statistic reads lists the case in case_stats_dirty, and the next statistics read refreshes the
-- facts and cells of those cases. Statement-level triggers with transition tables, so a bulk import
-- pays one set-based insert per statement, not one per row. Updates list a case only when a
-- column the statistics read changed: re-encrypting names (key rotation) leaves them alone.
CREATE OR REPLACE FUNCTION case_stats_mark_cases() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO case_stats_dirty SELECT id FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO case_stats_dirty SELECT id FROM old_rows;
  ELSE
    INSERT INTO case_stats_dirty SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (n.reported_on, n.region_code, n.verification_state, n.exploitation_types, n.modus)
        IS DISTINCT FROM (o.reported_on, o.region_code, o.verification_state, o.exploitation_types, o.modus);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION case_stats_mark() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO case_stats_dirty SELECT DISTINCT case_id FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO case_stats_dirty SELECT DISTINCT case_id FROM old_rows;
  ELSIF TG_TABLE_NAME = 'case_people' THEN
    INSERT INTO case_stats_dirty SELECT DISTINCT x.case_id FROM new_rows n JOIN old_rows o ON o.id = n.id
      CROSS JOIN LATERAL (VALUES (n.case_id), (o.case_id)) x(case_id)
      WHERE (n.case_id, n.role, n.cluster_id, n.sex, n.citizenship, n.birth_year,
             n.age_at_identification, n.address_region_code, n.trafficking_status, n.verification_state)
        IS DISTINCT FROM (o.case_id, o.role, o.cluster_id, o.sex, o.citizenship, o.birth_year,
             o.age_at_identification, o.address_region_code, o.trafficking_status, o.verification_state);
  ELSIF TG_TABLE_NAME = 'case_events' THEN
    INSERT INTO case_stats_dirty SELECT DISTINCT x.case_id FROM new_rows n JOIN old_rows o ON o.id = n.id
      CROSS JOIN LATERAL (VALUES (n.case_id), (o.case_id)) x(case_id)
      WHERE (n.case_id, n.seq, n.event_type, n.region_code, n.country_code)
        IS DISTINCT FROM (o.case_id, o.seq, o.event_type, o.region_code, o.country_code);
  ELSIF TG_TABLE_NAME = 'legal_steps' THEN
    INSERT INTO case_stats_dirty SELECT DISTINCT x.case_id FROM new_rows n JOIN old_rows o ON o.id = n.id
      CROSS JOIN LATERAL (VALUES (n.case_id), (o.case_id)) x(case_id)
      WHERE (n.case_id, n.step, n.amount) IS DISTINCT FROM (o.case_id, o.step, o.amount);
  ELSE
    INSERT INTO case_stats_dirty SELECT DISTINCT x.case_id FROM new_rows n JOIN old_rows o ON o.id = n.id
      CROSS JOIN LATERAL (VALUES (n.case_id), (o.case_id)) x(case_id)
      WHERE (n.case_id, n.person_id, n.service_type, n.status)
        IS DISTINCT FROM (o.case_id, o.person_id, o.service_type, o.status);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- TRUNCATE has no transition table: start the derived tables over from every remaining case.
CREATE OR REPLACE FUNCTION case_stats_mark_all() RETURNS trigger AS $$
BEGIN
  DELETE FROM case_stats_cells;
  DELETE FROM case_stats_clusters;
  DELETE FROM case_stats_people;
  DELETE FROM case_stats_cases;
  DELETE FROM case_stats_dirty;
  INSERT INTO case_stats_dirty SELECT id FROM cases;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
DO $$
DECLARE
  t text;
  fn text;
BEGIN
  FOREACH t IN ARRAY ARRAY['cases', 'case_people', 'case_events', 'legal_steps', 'victim_services'] LOOP
    fn := CASE WHEN t = 'cases' THEN 'case_stats_mark_cases' ELSE 'case_stats_mark' END;
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION %I()', t || '_stats_ins', t, fn);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows '
      'NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()', t || '_stats_upd', t, fn);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
      'FOR EACH STATEMENT EXECUTE FUNCTION %I()', t || '_stats_del', t, fn);
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I '
      'FOR EACH STATEMENT EXECUTE FUNCTION case_stats_mark_all()', t || '_stats_truncate', t);
  END LOOP;
END;
$$;
--> statement-breakpoint
INSERT INTO case_stats_dirty SELECT id FROM cases;
--> statement-breakpoint
SELECT sigap_watch_table(t) FROM unnest(ARRAY[
  'case_stats_dirty', 'case_stats_cases', 'case_stats_people', 'case_stats_clusters', 'case_stats_cells'
]) AS t;
