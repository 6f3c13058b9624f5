-- Ingest: nothing reads events by (type, occurred_at) across customers; the index only cost writes.
DROP INDEX "events_type_time_idx";--> statement-breakpoint
-- Name search: exact and prefix matches as btree range scans on lower(name).
CREATE INDEX "customers_display_name_prefix" ON "customers" USING btree (lower("display_name") text_pattern_ops);--> statement-breakpoint
CREATE INDEX "customers_real_name_prefix" ON "customers" USING btree (lower("real_name") text_pattern_ops);--> statement-breakpoint
-- Trigram indexes without a pending list (a search would read all of it), flushed now.
ALTER INDEX "customers_display_name_trgm" SET (fastupdate = false);--> statement-breakpoint
ALTER INDEX "customers_real_name_trgm" SET (fastupdate = false);--> statement-breakpoint
SELECT gin_clean_pending_list('customers_display_name_trgm'::regclass), gin_clean_pending_list('customers_real_name_trgm'::regclass);
