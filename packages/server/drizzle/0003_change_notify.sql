-- Change notifications for the application's read cache (platform/cache). Every committed write
-- to a watched table sends its table name on channel `sigap_changes`, so every app instance drops
-- what it cached from that table — whether the write came from an instance, the CLI or psql.
-- Statement-level triggers, and PostgreSQL folds identical notifications of one transaction into
-- one, so a bulk import sends one message per table, not one per row.
CREATE OR REPLACE FUNCTION sigap_notify_change() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('sigap_changes', TG_TABLE_NAME);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- Later migrations call this for each new table the application reads (a test checks none is
-- forgotten).
CREATE OR REPLACE FUNCTION sigap_watch_table(tbl text) RETURNS void AS $$
BEGIN
  EXECUTE format(
    'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
    'FOR EACH STATEMENT EXECUTE FUNCTION sigap_notify_change()',
    tbl || '_notify_change', tbl);
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
SELECT sigap_watch_table(t) FROM unnest(ARRAY[
  'app_meta', 'countries', 'strategies', 'regions', 'region_lineage', 'region_boundaries',
  'institutions', 'institution_names', 'task_forces', 'sub_task_forces',
  'task_force_memberships', 'service_units', 'users'
]) AS t;
--> statement-breakpoint
-- Sessions are touched (last_seen_at) about once a minute each; only what ends or upgrades a
-- session matters to a cached session, so only those columns notify.
CREATE TRIGGER sessions_notify_change
  AFTER UPDATE OF revoked_at, second_factor_done, expires_at, user_id OR DELETE OR TRUNCATE
  ON sessions FOR EACH STATEMENT EXECUTE FUNCTION sigap_notify_change();
