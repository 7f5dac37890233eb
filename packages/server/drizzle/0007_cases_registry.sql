CREATE TABLE "case_access_grants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"event_type" text NOT NULL,
	"occurred_on" date,
	"region_code" text,
	"country_code" text,
	"place_note" text
);
--> statement-breakpoint
CREATE TABLE "case_people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"role" text NOT NULL,
	"cluster_id" uuid NOT NULL,
	"name_enc" text,
	"nik_enc" text,
	"passport_enc" text,
	"contact_enc" text,
	"address_enc" text,
	"birth_date_enc" text,
	"name_bidx" text,
	"name_token_bidx" text[] DEFAULT '{}' NOT NULL,
	"nik_bidx" text,
	"passport_bidx" text,
	"birth_date_bidx" text,
	"birth_year" integer,
	"age_at_identification" integer,
	"is_minor" boolean,
	"sex" text,
	"citizenship" text,
	"disability" text,
	"address_region_code" text,
	"trafficking_status" text,
	"status_decided_by" text,
	"recruiter_relation" text,
	"perpetrator_roles" text[] DEFAULT '{}' NOT NULL,
	"perpetrator_kind" text,
	"verification_state" text DEFAULT 'unverified' NOT NULL,
	"verification_reason" text,
	"verified_by" uuid,
	"verified_at" timestamp with time zone,
	"source_record_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_number" text NOT NULL,
	"institution_id" uuid NOT NULL,
	"service_unit_id" uuid,
	"region_code" text,
	"reported_on" date NOT NULL,
	"source" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"closure_reason" text,
	"exploitation_types" text[] DEFAULT '{}' NOT NULL,
	"modus" text[] DEFAULT '{}' NOT NULL,
	"means_of_control" text[] DEFAULT '{}' NOT NULL,
	"summary_enc" text,
	"verification_state" text DEFAULT 'unverified' NOT NULL,
	"verification_reason" text,
	"verified_by" uuid,
	"verified_at" timestamp with time zone,
	"source_system" text,
	"source_record_id" text,
	"import_batch_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_case_number_unique" UNIQUE("case_number")
);
--> statement-breakpoint
CREATE TABLE "consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"given" boolean NOT NULL,
	"recorded_on" date NOT NULL,
	"note" text,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "duplicate_candidates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_a" uuid NOT NULL,
	"person_b" uuid NOT NULL,
	"score" integer NOT NULL,
	"evidence" jsonb NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_import_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"template_id" uuid,
	"source_system" text NOT NULL,
	"format" text NOT NULL,
	"file_name" text NOT NULL,
	"file_sha256" text NOT NULL,
	"institution_id" uuid NOT NULL,
	"region_code" text,
	"state" text NOT NULL,
	"total_rows" integer DEFAULT 0 NOT NULL,
	"valid_rows" integer DEFAULT 0 NOT NULL,
	"processed_rows" integer DEFAULT 0 NOT NULL,
	"created_cases" integer DEFAULT 0 NOT NULL,
	"updated_cases" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "case_import_rows" (
	"batch_id" uuid NOT NULL,
	"row_number" integer NOT NULL,
	"mapped" jsonb NOT NULL,
	"done" boolean DEFAULT false NOT NULL,
	"case_id" uuid,
	CONSTRAINT "case_import_rows_batch_id_row_number_pk" PRIMARY KEY("batch_id","row_number")
);
--> statement-breakpoint
CREATE TABLE "case_import_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"source_system" text NOT NULL,
	"institution_id" uuid,
	"column_map" jsonb NOT NULL,
	"code_map" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"options" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "legal_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"step" text NOT NULL,
	"occurred_on" date NOT NULL,
	"institution_id" uuid,
	"reference_number" text,
	"details" text,
	"sentence_months" integer,
	"amount" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_merges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"candidate_id" uuid,
	"survivor_cluster_id" uuid NOT NULL,
	"merged_cluster_id" uuid NOT NULL,
	"moved_person_ids" uuid[] NOT NULL,
	"merged_by" uuid,
	"merged_at" timestamp with time zone DEFAULT now() NOT NULL,
	"undone_by" uuid,
	"undone_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "picklist_values" (
	"list" text NOT NULL,
	"code" text NOT NULL,
	"label_id" text NOT NULL,
	"label_en" text NOT NULL,
	"htcds" text,
	"sort" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "picklist_values_list_code_pk" PRIMARY KEY("list","code")
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"from_unit_id" uuid,
	"to_unit_id" uuid NOT NULL,
	"from_region_code" text,
	"to_region_code" text NOT NULL,
	"service_types" text[] DEFAULT '{}' NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'sent' NOT NULL,
	"decline_reason" text,
	"consent_id" uuid,
	"sent_by" uuid,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"responded_by" uuid,
	"responded_at" timestamp with time zone,
	"completed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "victim_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"service_type" text NOT NULL,
	"provider_unit_id" uuid,
	"region_code" text,
	"status" text DEFAULT 'planned' NOT NULL,
	"started_on" date,
	"ended_on" date,
	"notes" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_access_grants" ADD CONSTRAINT "case_access_grants_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_access_grants" ADD CONSTRAINT "case_access_grants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_people" ADD CONSTRAINT "case_people_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_people" ADD CONSTRAINT "case_people_verified_by_users_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_service_unit_id_service_units_id_fk" FOREIGN KEY ("service_unit_id") REFERENCES "public"."service_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_verified_by_users_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_person_id_case_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."case_people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duplicate_candidates" ADD CONSTRAINT "duplicate_candidates_person_a_case_people_id_fk" FOREIGN KEY ("person_a") REFERENCES "public"."case_people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duplicate_candidates" ADD CONSTRAINT "duplicate_candidates_person_b_case_people_id_fk" FOREIGN KEY ("person_b") REFERENCES "public"."case_people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duplicate_candidates" ADD CONSTRAINT "duplicate_candidates_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_import_batches" ADD CONSTRAINT "case_import_batches_template_id_case_import_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."case_import_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_import_batches" ADD CONSTRAINT "case_import_batches_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_import_batches" ADD CONSTRAINT "case_import_batches_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_import_rows" ADD CONSTRAINT "case_import_rows_batch_id_case_import_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."case_import_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_import_templates" ADD CONSTRAINT "case_import_templates_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_import_templates" ADD CONSTRAINT "case_import_templates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_steps" ADD CONSTRAINT "legal_steps_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legal_steps" ADD CONSTRAINT "legal_steps_institution_id_institutions_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_merges" ADD CONSTRAINT "person_merges_candidate_id_duplicate_candidates_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."duplicate_candidates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_merges" ADD CONSTRAINT "person_merges_merged_by_users_id_fk" FOREIGN KEY ("merged_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_merges" ADD CONSTRAINT "person_merges_undone_by_users_id_fk" FOREIGN KEY ("undone_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_person_id_case_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."case_people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_from_unit_id_service_units_id_fk" FOREIGN KEY ("from_unit_id") REFERENCES "public"."service_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_to_unit_id_service_units_id_fk" FOREIGN KEY ("to_unit_id") REFERENCES "public"."service_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_consent_id_consents_id_fk" FOREIGN KEY ("consent_id") REFERENCES "public"."consents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_responded_by_users_id_fk" FOREIGN KEY ("responded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "victim_services" ADD CONSTRAINT "victim_services_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "victim_services" ADD CONSTRAINT "victim_services_person_id_case_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."case_people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "victim_services" ADD CONSTRAINT "victim_services_provider_unit_id_service_units_id_fk" FOREIGN KEY ("provider_unit_id") REFERENCES "public"."service_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "victim_services" ADD CONSTRAINT "victim_services_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_access_grants_user_idx" ON "case_access_grants" USING btree ("user_id","case_id");--> statement-breakpoint
CREATE INDEX "case_events_case_idx" ON "case_events" USING btree ("case_id","seq");--> statement-breakpoint
CREATE INDEX "case_events_region_idx" ON "case_events" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "case_people_case_idx" ON "case_people" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_people_cluster_idx" ON "case_people" USING btree ("cluster_id");--> statement-breakpoint
CREATE INDEX "case_people_name_bidx" ON "case_people" USING btree ("name_bidx");--> statement-breakpoint
CREATE INDEX "case_people_nik_bidx" ON "case_people" USING btree ("nik_bidx");--> statement-breakpoint
CREATE INDEX "case_people_passport_bidx" ON "case_people" USING btree ("passport_bidx");--> statement-breakpoint
CREATE INDEX "case_people_tokens_idx" ON "case_people" USING gin ("name_token_bidx");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_source_record_key" ON "cases" USING btree ("source_system","source_record_id");--> statement-breakpoint
CREATE INDEX "cases_region_idx" ON "cases" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "cases_institution_idx" ON "cases" USING btree ("institution_id");--> statement-breakpoint
CREATE INDEX "cases_reported_idx" ON "cases" USING btree ("reported_on");--> statement-breakpoint
CREATE INDEX "cases_import_batch_idx" ON "cases" USING btree ("import_batch_id");--> statement-breakpoint
CREATE INDEX "consents_person_idx" ON "consents" USING btree ("person_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "duplicate_candidates_pair_key" ON "duplicate_candidates" USING btree ("person_a","person_b");--> statement-breakpoint
CREATE INDEX "duplicate_candidates_state_idx" ON "duplicate_candidates" USING btree ("state","score");--> statement-breakpoint
CREATE UNIQUE INDEX "case_import_templates_name_key" ON "case_import_templates" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "legal_steps_case_idx" ON "legal_steps" USING btree ("case_id","occurred_on");--> statement-breakpoint
CREATE INDEX "referrals_case_idx" ON "referrals" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "referrals_to_region_idx" ON "referrals" USING btree ("to_region_code","status");--> statement-breakpoint
CREATE INDEX "victim_services_person_idx" ON "victim_services" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "victim_services_case_idx" ON "victim_services" USING btree ("case_id");--> statement-breakpoint
SELECT sigap_watch_table(t) FROM unnest(ARRAY[
  'picklist_values', 'cases', 'case_events', 'case_people', 'consents', 'legal_steps',
  'victim_services', 'referrals', 'case_access_grants', 'case_import_templates',
  'case_import_batches', 'case_import_rows', 'duplicate_candidates', 'person_merges'
]) AS t;
