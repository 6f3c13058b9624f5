CREATE TABLE "coupon_templates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"amount_cents" bigint,
	"percent_off" integer,
	"minutes" integer,
	"gift_name" text,
	"valid_from" timestamp with time zone,
	"valid_to" timestamp with time zone,
	"valid_days" integer,
	"per_member_limit" integer,
	"auto_issue" text DEFAULT 'none' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "coupon_templates_kind_check" CHECK ("coupon_templates"."kind" in ('amount_off', 'percent_off', 'free_time', 'gift')),
	CONSTRAINT "coupon_templates_values_check" CHECK (coalesce("coupon_templates"."amount_cents", 0) >= 0 and coalesce("coupon_templates"."percent_off", 1) between 1 and 100 and coalesce("coupon_templates"."minutes", 1) > 0 and coalesce("coupon_templates"."valid_days", 1) > 0 and coalesce("coupon_templates"."per_member_limit", 1) > 0)
);
--> statement-breakpoint
CREATE TABLE "coupons" (
	"id" uuid PRIMARY KEY NOT NULL,
	"template_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"code" text NOT NULL,
	"status" text DEFAULT 'issued' NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_until" timestamp with time zone,
	"issued_by" text NOT NULL,
	"source_key" text,
	"redeemed_at" timestamp with time zone,
	"redeemed_store_id" uuid,
	"redeemed_by" text,
	"closed_reason" text,
	CONSTRAINT "coupons_code_unique" UNIQUE("code"),
	CONSTRAINT "coupons_source_key_unique" UNIQUE("source_key"),
	CONSTRAINT "coupons_status_check" CHECK ("coupons"."status" in ('issued', 'redeemed', 'expired', 'void'))
);
--> statement-breakpoint
CREATE TABLE "loyalty_campaigns" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"factor" numeric(6, 2) NOT NULL,
	"event_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "loyalty_campaigns_values_check" CHECK ("loyalty_campaigns"."factor" >= 0 and "loyalty_campaigns"."ends_at" > "loyalty_campaigns"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "loyalty_cursor" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"last_event_id" uuid,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "loyalty_earning_rules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"event_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"points" integer NOT NULL,
	"unit_cents" integer DEFAULT 100 NOT NULL,
	"custom_name" text,
	"max_per_event" integer,
	"max_per_day" integer,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "loyalty_earning_rules_values_check" CHECK ("loyalty_earning_rules"."points" >= 0 and "loyalty_earning_rules"."unit_cents" > 0 and coalesce("loyalty_earning_rules"."max_per_event", 0) >= 0 and coalesce("loyalty_earning_rules"."max_per_day", 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "loyalty_redemptions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reward_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"store_id" uuid NOT NULL,
	"points" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor" text NOT NULL,
	"coupon_id" uuid,
	"package_id" uuid
);
--> statement-breakpoint
CREATE TABLE "loyalty_rewards" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"points_cost" integer NOT NULL,
	"stock" integer,
	"coupon_template_id" uuid,
	"minutes" integer,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "loyalty_rewards_kind_check" CHECK ("loyalty_rewards"."kind" in ('gift', 'coupon', 'free_time')),
	CONSTRAINT "loyalty_rewards_values_check" CHECK ("loyalty_rewards"."points_cost" > 0 and coalesce("loyalty_rewards"."stock", 0) >= 0 and coalesce("loyalty_rewards"."minutes", 1) > 0)
);
--> statement-breakpoint
CREATE TABLE "loyalty_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"expiry_policy" text DEFAULT 'end_of_next_year' NOT NULL,
	"expiry_months" integer DEFAULT 12 NOT NULL,
	"referrer_points" integer DEFAULT 0 NOT NULL,
	"referee_points" integer DEFAULT 0 NOT NULL,
	"referral_threshold_cents" bigint DEFAULT 0 NOT NULL,
	"referral_window_days" integer DEFAULT 30 NOT NULL,
	"tier_grace_days" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "loyalty_settings_values_check" CHECK ("loyalty_settings"."expiry_months" > 0 and "loyalty_settings"."referrer_points" >= 0 and "loyalty_settings"."referee_points" >= 0 and "loyalty_settings"."referral_threshold_cents" >= 0 and "loyalty_settings"."referral_window_days" >= 0 and "loyalty_settings"."tier_grace_days" >= 0)
);
--> statement-breakpoint
CREATE TABLE "points_balances" (
	"customer_id" uuid PRIMARY KEY NOT NULL,
	"balance" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "points_balances_balance_check" CHECK ("points_balances"."balance" >= 0)
);
--> statement-breakpoint
CREATE TABLE "points_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"customer_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"kind" text NOT NULL,
	"delta" bigint NOT NULL,
	"balance_after" bigint NOT NULL,
	"source_key" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"actor" text DEFAULT 'system' NOT NULL,
	"store_id" uuid,
	"rule_id" uuid,
	"order_ref" text,
	"basis_cents" bigint,
	CONSTRAINT "points_entries_source_key_unique" UNIQUE("source_key"),
	CONSTRAINT "points_entries_balance_check" CHECK ("points_entries"."balance_after" >= 0),
	CONSTRAINT "points_entries_kind_check" CHECK ("points_entries"."kind" in ('earn', 'redeem', 'expire', 'adjust', 'reverse', 'referral'))
);
--> statement-breakpoint
CREATE TABLE "points_lots" (
	"id" uuid PRIMARY KEY NOT NULL,
	"customer_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"earned_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone,
	"points" bigint NOT NULL,
	"remaining" bigint NOT NULL,
	CONSTRAINT "points_lots_remaining_check" CHECK ("points_lots"."remaining" >= 0 and "points_lots"."remaining" <= "points_lots"."points")
);
--> statement-breakpoint
CREATE TABLE "referral_codes" (
	"customer_id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "referral_codes_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"referrer_id" uuid NOT NULL,
	"referee_id" uuid NOT NULL,
	"linked_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"rewarded_at" timestamp with time zone,
	"qualifying_event_id" uuid,
	CONSTRAINT "referrals_referee_id_unique" UNIQUE("referee_id"),
	CONSTRAINT "referrals_status_check" CHECK ("referrals"."status" in ('pending', 'rewarded')),
	CONSTRAINT "referrals_not_self_check" CHECK ("referrals"."referrer_id" <> "referrals"."referee_id")
);
--> statement-breakpoint
ALTER TABLE "coupons" ADD CONSTRAINT "coupons_template_id_coupon_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."coupon_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "coupons" ADD CONSTRAINT "coupons_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loyalty_redemptions" ADD CONSTRAINT "loyalty_redemptions_reward_id_loyalty_rewards_id_fk" FOREIGN KEY ("reward_id") REFERENCES "public"."loyalty_rewards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loyalty_redemptions" ADD CONSTRAINT "loyalty_redemptions_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loyalty_rewards" ADD CONSTRAINT "loyalty_rewards_coupon_template_id_coupon_templates_id_fk" FOREIGN KEY ("coupon_template_id") REFERENCES "public"."coupon_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_balances" ADD CONSTRAINT "points_balances_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_entries" ADD CONSTRAINT "points_entries_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "points_lots" ADD CONSTRAINT "points_lots_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_codes" ADD CONSTRAINT "referral_codes_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_referrer_id_customers_id_fk" FOREIGN KEY ("referrer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_referee_id_customers_id_fk" FOREIGN KEY ("referee_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "coupons_customer_idx" ON "coupons" USING btree ("customer_id","issued_at");--> statement-breakpoint
CREATE INDEX "coupons_open_expiry_idx" ON "coupons" USING btree ("valid_until") WHERE "coupons"."status" = 'issued';--> statement-breakpoint
CREATE INDEX "loyalty_redemptions_customer_idx" ON "loyalty_redemptions" USING btree ("customer_id","at");--> statement-breakpoint
CREATE INDEX "points_entries_customer_idx" ON "points_entries" USING btree ("customer_id","at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "points_entries_rule_day_idx" ON "points_entries" USING btree ("customer_id","rule_id","at");--> statement-breakpoint
CREATE INDEX "points_entries_order_idx" ON "points_entries" USING btree ("customer_id","order_ref");--> statement-breakpoint
CREATE INDEX "points_entries_store_idx" ON "points_entries" USING btree ("store_id","at");--> statement-breakpoint
CREATE INDEX "points_lots_open_idx" ON "points_lots" USING btree ("customer_id","earned_at","id") WHERE "points_lots"."remaining" > 0;--> statement-breakpoint
CREATE INDEX "points_lots_expiry_idx" ON "points_lots" USING btree ("expires_at") WHERE "points_lots"."remaining" > 0;--> statement-breakpoint
CREATE INDEX "referrals_referrer_idx" ON "referrals" USING btree ("referrer_id");