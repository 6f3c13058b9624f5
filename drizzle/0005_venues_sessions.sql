CREATE TABLE "seat_reservations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"store_id" uuid NOT NULL,
	"seat_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'booked' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "seat_reservations_status_ck" CHECK ("seat_reservations"."status" in ('booked', 'checked_in', 'cancelled', 'no_show')),
	CONSTRAINT "seat_reservations_window_ck" CHECK ("seat_reservations"."ends_at" > "seat_reservations"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "seat_sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"store_id" uuid NOT NULL,
	"seat_id" uuid NOT NULL,
	"zone_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"status" text DEFAULT 'active' NOT NULL,
	"charged_through" timestamp with time zone NOT NULL,
	"charged_minutes" integer DEFAULT 0 NOT NULL,
	"cents_charged" bigint DEFAULT 0 NOT NULL,
	"package_minutes_used" integer DEFAULT 0 NOT NULL,
	"accrual_remainder" integer DEFAULT 0 NOT NULL,
	"discount_pct" integer DEFAULT 0 NOT NULL,
	"reminders_sent" integer[] DEFAULT '{}'::int[] NOT NULL,
	"minutes_left" integer,
	"exhausted_at" timestamp with time zone,
	"end_reason" text,
	"started_by" uuid,
	"ended_by" uuid,
	"reservation_id" uuid,
	CONSTRAINT "seat_sessions_status_ck" CHECK ("seat_sessions"."status" in ('active', 'ended'))
);
--> statement-breakpoint
CREATE TABLE "seats" (
	"id" uuid PRIMARY KEY NOT NULL,
	"store_id" uuid NOT NULL,
	"zone_id" uuid NOT NULL,
	"label" text NOT NULL,
	"x" integer DEFAULT 0 NOT NULL,
	"y" integer DEFAULT 0 NOT NULL,
	"maintenance" boolean DEFAULT false NOT NULL,
	"client_token_hash" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "venue_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"funding_order" text[] DEFAULT '{package,bonus,cash}'::text[] NOT NULL,
	"reminder_minutes" integer[] DEFAULT '{10,5}'::int[] NOT NULL,
	"grace_minutes" integer DEFAULT 2 NOT NULL,
	"no_show_minutes" integer DEFAULT 15 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "zone_rates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"zone_id" uuid NOT NULL,
	"days" integer[] NOT NULL,
	"start_time" text NOT NULL,
	"end_time" text NOT NULL,
	"cents_per_hour" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "zone_rates_cents_ck" CHECK ("zone_rates"."cents_per_hour" >= 0)
);
--> statement-breakpoint
CREATE TABLE "zones" (
	"id" uuid PRIMARY KEY NOT NULL,
	"store_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL,
	"base_cents_per_hour" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "zones_rate_ck" CHECK ("zones"."base_cents_per_hour" >= 0)
);
--> statement-breakpoint
ALTER TABLE "seat_reservations" ADD CONSTRAINT "seat_reservations_store_id_stores_id_fk" FOREIGN KEY ("store_id") REFERENCES "public"."stores"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seat_reservations" ADD CONSTRAINT "seat_reservations_seat_id_seats_id_fk" FOREIGN KEY ("seat_id") REFERENCES "public"."seats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seat_reservations" ADD CONSTRAINT "seat_reservations_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seat_reservations" ADD CONSTRAINT "seat_reservations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seat_sessions" ADD CONSTRAINT "seat_sessions_store_id_stores_id_fk" FOREIGN KEY ("store_id") REFERENCES "public"."stores"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seat_sessions" ADD CONSTRAINT "seat_sessions_seat_id_seats_id_fk" FOREIGN KEY ("seat_id") REFERENCES "public"."seats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seat_sessions" ADD CONSTRAINT "seat_sessions_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seat_sessions" ADD CONSTRAINT "seat_sessions_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seat_sessions" ADD CONSTRAINT "seat_sessions_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seat_sessions" ADD CONSTRAINT "seat_sessions_ended_by_users_id_fk" FOREIGN KEY ("ended_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seats" ADD CONSTRAINT "seats_store_id_stores_id_fk" FOREIGN KEY ("store_id") REFERENCES "public"."stores"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seats" ADD CONSTRAINT "seats_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zone_rates" ADD CONSTRAINT "zone_rates_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "zones" ADD CONSTRAINT "zones_store_id_stores_id_fk" FOREIGN KEY ("store_id") REFERENCES "public"."stores"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "seat_reservations_seat_idx" ON "seat_reservations" USING btree ("seat_id","starts_at");--> statement-breakpoint
CREATE INDEX "seat_reservations_store_status_idx" ON "seat_reservations" USING btree ("store_id","status","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "seat_sessions_active_seat_uq" ON "seat_sessions" USING btree ("seat_id") WHERE "seat_sessions"."status" = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "seat_sessions_active_customer_uq" ON "seat_sessions" USING btree ("customer_id") WHERE "seat_sessions"."status" = 'active';--> statement-breakpoint
CREATE INDEX "seat_sessions_store_status_idx" ON "seat_sessions" USING btree ("store_id","status");--> statement-breakpoint
CREATE INDEX "seat_sessions_customer_idx" ON "seat_sessions" USING btree ("customer_id","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "seats_store_label_uq" ON "seats" USING btree ("store_id","label");--> statement-breakpoint
CREATE UNIQUE INDEX "seats_token_uq" ON "seats" USING btree ("client_token_hash");--> statement-breakpoint
CREATE INDEX "seats_zone_idx" ON "seats" USING btree ("zone_id");--> statement-breakpoint
CREATE INDEX "zone_rates_zone_idx" ON "zone_rates" USING btree ("zone_id");--> statement-breakpoint
CREATE UNIQUE INDEX "zones_store_code_uq" ON "zones" USING btree ("store_id","code");