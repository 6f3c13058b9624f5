CREATE TABLE "business_calendars" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"time_zone" text NOT NULL,
	"weekly_hours" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"holidays" date[] DEFAULT '{}'::date[] NOT NULL,
	"is_24x7" boolean DEFAULT false NOT NULL,
	"store_id" uuid,
	"is_default" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sla_policies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"channel" text,
	"priority" text,
	"tier_code" text,
	"first_response_s" integer,
	"next_response_s" integer,
	"resolution_s" integer,
	"warn_at_pct" integer DEFAULT 80 NOT NULL,
	"calendar_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sla_policies_base_check" CHECK ("sla_policies"."tier_code" is not null or ("sla_policies"."channel" is not null and "sla_policies"."priority" is not null)),
	CONSTRAINT "sla_policies_warn_check" CHECK ("sla_policies"."warn_at_pct" between 1 and 99)
);
--> statement-breakpoint
CREATE TABLE "ticket_sla" (
	"ticket_id" uuid PRIMARY KEY NOT NULL,
	"policy" jsonb NOT NULL,
	"first_response_start_at" timestamp with time zone,
	"first_response_due_at" timestamp with time zone,
	"first_response_warn_at" timestamp with time zone,
	"first_response_met_at" timestamp with time zone,
	"first_response_warned_at" timestamp with time zone,
	"first_response_breached_at" timestamp with time zone,
	"first_response_escalated_at" timestamp with time zone,
	"next_response_start_at" timestamp with time zone,
	"next_response_due_at" timestamp with time zone,
	"next_response_warn_at" timestamp with time zone,
	"next_response_met_at" timestamp with time zone,
	"next_response_warned_at" timestamp with time zone,
	"next_response_breached_at" timestamp with time zone,
	"next_response_escalated_at" timestamp with time zone,
	"resolution_start_at" timestamp with time zone,
	"resolution_due_at" timestamp with time zone,
	"resolution_warn_at" timestamp with time zone,
	"resolution_met_at" timestamp with time zone,
	"resolution_warned_at" timestamp with time zone,
	"resolution_breached_at" timestamp with time zone,
	"resolution_escalated_at" timestamp with time zone,
	"paused_since" timestamp with time zone,
	"paused_business_ms" bigint DEFAULT 0 NOT NULL,
	"stopped_at" timestamp with time zone,
	"escalation_level" integer DEFAULT 0 NOT NULL,
	"reopen_count" integer DEFAULT 0 NOT NULL,
	"first_response_ms" bigint,
	"resolution_ms" bigint,
	"resolution_business_ms" bigint,
	"next_check_at" timestamp with time zone,
	"ticket_updated_at" timestamp with time zone,
	"version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"ticket_id" uuid,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"dedupe_key" text NOT NULL,
	"email_status" text DEFAULT 'pending' NOT NULL,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "business_calendars" ADD CONSTRAINT "business_calendars_store_id_stores_id_fk" FOREIGN KEY ("store_id") REFERENCES "public"."stores"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sla_policies" ADD CONSTRAINT "sla_policies_calendar_id_business_calendars_id_fk" FOREIGN KEY ("calendar_id") REFERENCES "public"."business_calendars"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_sla" ADD CONSTRAINT "ticket_sla_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "business_calendars_one_default_idx" ON "business_calendars" USING btree ("is_default") WHERE "business_calendars"."is_default";--> statement-breakpoint
CREATE UNIQUE INDEX "sla_policies_key_idx" ON "sla_policies" USING btree (coalesce("channel", '*'),coalesce("priority", '*'),coalesce("tier_code", ''));--> statement-breakpoint
CREATE INDEX "ticket_sla_next_check_idx" ON "ticket_sla" USING btree ("next_check_at");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_dedupe_idx" ON "notifications" USING btree ("user_id","dedupe_key");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "notifications_email_pending_idx" ON "notifications" USING btree ("created_at") WHERE "notifications"."email_status" = 'pending';--> statement-breakpoint
-- Seed 003 §3.3: email 24 h, forum 48 h, official accounts (social) 12 h on office hours;
-- chat first response 30 s and phone answered within 60 s around the clock. Web forms, in-game
-- and API tickets follow email. high halves, urgent quarters the targets (chat and phone keep
-- their first response, already immediate). Admins change all of it through the API.
INSERT INTO "business_calendars" ("id", "name", "time_zone", "weekly_hours", "holidays", "is_24x7", "store_id", "is_default", "created_at", "updated_at") VALUES
	('01930000-0000-7000-8000-0000000005a1', '工作日 09:00–18:00 (Asia/Shanghai)', 'Asia/Shanghai', '[{"day":1,"open":"09:00","close":"18:00"},{"day":2,"open":"09:00","close":"18:00"},{"day":3,"open":"09:00","close":"18:00"},{"day":4,"open":"09:00","close":"18:00"},{"day":5,"open":"09:00","close":"18:00"}]'::jsonb, '{}'::date[], false, NULL, true, now(), now()),
	('01930000-0000-7000-8000-0000000005a2', '7×24', 'Asia/Shanghai', '[]'::jsonb, '{}'::date[], true, NULL, false, now(), now());
--> statement-breakpoint
INSERT INTO "sla_policies" ("id", "channel", "priority", "first_response_s", "next_response_s", "resolution_s", "calendar_id", "created_at", "updated_at") VALUES
	('01930000-0000-7000-8000-000000005b01', 'email', 'low', 86400, 86400, 259200, '01930000-0000-7000-8000-0000000005a1', now(), now()),
	('01930000-0000-7000-8000-000000005b02', 'email', 'normal', 86400, 86400, 259200, '01930000-0000-7000-8000-0000000005a1', now(), now()),
	('01930000-0000-7000-8000-000000005b03', 'email', 'high', 43200, 43200, 129600, '01930000-0000-7000-8000-0000000005a1', now(), now()),
	('01930000-0000-7000-8000-000000005b04', 'email', 'urgent', 21600, 21600, 64800, '01930000-0000-7000-8000-0000000005a1', now(), now()),
	('01930000-0000-7000-8000-000000005b05', 'web', 'low', 86400, 86400, 259200, '01930000-0000-7000-8000-0000000005a1', now(), now()),
	('01930000-0000-7000-8000-000000005b06', 'web', 'normal', 86400, 86400, 259200, '01930000-0000-7000-8000-0000000005a1', now(), now()),
	('01930000-0000-7000-8000-000000005b07', 'web', 'high', 43200, 43200, 129600, '01930000-0000-7000-8000-0000000005a1', now(), now()),
	('01930000-0000-7000-8000-000000005b08', 'web', 'urgent', 21600, 21600, 64800, '01930000-0000-7000-8000-0000000005a1', now(), now()),
	('01930000-0000-7000-8000-000000005b09', 'in_game', 'low', 86400, 86400, 259200, '01930000-0000-7000-8000-0000000005a1', now(), now()),
	('01930000-0000-7000-8000-000000005b0a', 'in_game', 'normal', 86400, 86400, 259200, '01930000-0000-7000-8000-0000000005a1', now(), now()),
	('01930000-0000-7000-8000-000000005b0b', 'in_game', 'high', 43200, 43200, 129600, '01930000-0000-7000-8000-0000000005a1', now(), now()),
	('01930000-0000-7000-8000-000000005b0c', 'in_game', 'urgent', 21600, 21600, 64800, '01930000-0000-7000-8000-0000000005a1', now(), now()),
	('01930000-0000-7000-8000-000000005b0d', 'api', 'low', 86400, 86400, 259200, '01930000-0000-7000-8000-0000000005a1', now(), now()),
	('01930000-0000-7000-8000-000000005b0e', 'api', 'normal', 86400, 86400, 259200, '01930000-0000-7000-8000-0000000005a1', now(), now()),
	('01930000-0000-7000-8000-000000005b0f', 'api', 'high', 43200, 43200, 129600, '01930000-0000-7000-8000-0000000005a1', now(), now()),
	('01930000-0000-7000-8000-000000005b10', 'api', 'urgent', 21600, 21600, 64800, '01930000-0000-7000-8000-0000000005a1', now(), now()),
	('01930000-0000-7000-8000-000000005b11', 'forum', 'low', 172800, 172800, 345600, '01930000-0000-7000-8000-0000000005a1', now(), now()),
	('01930000-0000-7000-8000-000000005b12', 'forum', 'normal', 172800, 172800, 345600, '01930000-0000-7000-8000-0000000005a1', now(), now()),
	('01930000-0000-7000-8000-000000005b13', 'forum', 'high', 86400, 86400, 172800, '01930000-0000-7000-8000-0000000005a1', now(), now()),
	('01930000-0000-7000-8000-000000005b14', 'forum', 'urgent', 43200, 43200, 86400, '01930000-0000-7000-8000-0000000005a1', now(), now()),
	('01930000-0000-7000-8000-000000005b15', 'social', 'low', 43200, 43200, 172800, '01930000-0000-7000-8000-0000000005a1', now(), now()),
	('01930000-0000-7000-8000-000000005b16', 'social', 'normal', 43200, 43200, 172800, '01930000-0000-7000-8000-0000000005a1', now(), now()),
	('01930000-0000-7000-8000-000000005b17', 'social', 'high', 21600, 21600, 86400, '01930000-0000-7000-8000-0000000005a1', now(), now()),
	('01930000-0000-7000-8000-000000005b18', 'social', 'urgent', 10800, 10800, 43200, '01930000-0000-7000-8000-0000000005a1', now(), now()),
	('01930000-0000-7000-8000-000000005b19', 'chat', 'low', 30, 120, 86400, '01930000-0000-7000-8000-0000000005a2', now(), now()),
	('01930000-0000-7000-8000-000000005b1a', 'chat', 'normal', 30, 120, 86400, '01930000-0000-7000-8000-0000000005a2', now(), now()),
	('01930000-0000-7000-8000-000000005b1b', 'chat', 'high', 30, 60, 43200, '01930000-0000-7000-8000-0000000005a2', now(), now()),
	('01930000-0000-7000-8000-000000005b1c', 'chat', 'urgent', 30, 30, 21600, '01930000-0000-7000-8000-0000000005a2', now(), now()),
	('01930000-0000-7000-8000-000000005b1d', 'phone', 'low', 60, 3600, 86400, '01930000-0000-7000-8000-0000000005a2', now(), now()),
	('01930000-0000-7000-8000-000000005b1e', 'phone', 'normal', 60, 3600, 86400, '01930000-0000-7000-8000-0000000005a2', now(), now()),
	('01930000-0000-7000-8000-000000005b1f', 'phone', 'high', 60, 1800, 43200, '01930000-0000-7000-8000-0000000005a2', now(), now()),
	('01930000-0000-7000-8000-000000005b20', 'phone', 'urgent', 60, 900, 21600, '01930000-0000-7000-8000-0000000005a2', now(), now());
