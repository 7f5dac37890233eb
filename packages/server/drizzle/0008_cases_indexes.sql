CREATE INDEX "duplicate_candidates_person_b_idx" ON "duplicate_candidates" USING btree ("person_b");--> statement-breakpoint
CREATE INDEX "person_merges_candidate_idx" ON "person_merges" USING btree ("candidate_id");--> statement-breakpoint
CREATE INDEX "referrals_person_idx" ON "referrals" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "referrals_consent_idx" ON "referrals" USING btree ("consent_id");