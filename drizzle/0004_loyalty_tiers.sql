CREATE TABLE "loyalty_member_tiers" (
	"customer_id" uuid PRIMARY KEY NOT NULL,
	"tier_id" uuid NOT NULL,
	"since" timestamp with time zone NOT NULL,
	"held_until" timestamp with time zone NOT NULL,
	"evaluated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "loyalty_tiers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"rank" integer NOT NULL,
	"min_spend_cents" bigint DEFAULT 0 NOT NULL,
	"min_visits" integer DEFAULT 0 NOT NULL,
	"qualify" text DEFAULT 'any' NOT NULL,
	"rate_discount_pct" integer DEFAULT 0 NOT NULL,
	"points_multiplier" numeric(6, 2) DEFAULT 1 NOT NULL,
	"priority_service" boolean DEFAULT false NOT NULL,
	"birthday_points" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "loyalty_tiers_code_unique" UNIQUE("code"),
	CONSTRAINT "loyalty_tiers_rank_unique" UNIQUE("rank"),
	CONSTRAINT "loyalty_tiers_thresholds_check" CHECK ("loyalty_tiers"."min_spend_cents" >= 0 and "loyalty_tiers"."min_visits" >= 0 and "loyalty_tiers"."rank" >= 0),
	CONSTRAINT "loyalty_tiers_discount_check" CHECK ("loyalty_tiers"."rate_discount_pct" between 0 and 100),
	CONSTRAINT "loyalty_tiers_multiplier_check" CHECK ("loyalty_tiers"."points_multiplier" >= 0),
	CONSTRAINT "loyalty_tiers_qualify_check" CHECK ("loyalty_tiers"."qualify" in ('any', 'all'))
);
--> statement-breakpoint
ALTER TABLE "loyalty_member_tiers" ADD CONSTRAINT "loyalty_member_tiers_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loyalty_member_tiers" ADD CONSTRAINT "loyalty_member_tiers_tier_id_loyalty_tiers_id_fk" FOREIGN KEY ("tier_id") REFERENCES "public"."loyalty_tiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "loyalty_member_tiers_tier_idx" ON "loyalty_member_tiers" USING btree ("tier_id");