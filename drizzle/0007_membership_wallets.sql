CREATE TABLE "member_cards" (
	"id" uuid PRIMARY KEY NOT NULL,
	"number" text NOT NULL,
	"customer_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"store_id" uuid,
	"status" text DEFAULT 'active' NOT NULL,
	"replaced_by_card_id" uuid,
	"issued_at" timestamp with time zone NOT NULL,
	"issued_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "member_cards_kind_ck" CHECK ("member_cards"."kind" in ('physical', 'virtual')),
	CONSTRAINT "member_cards_status_ck" CHECK ("member_cards"."status" in ('active', 'frozen', 'lost', 'replaced'))
);
--> statement-breakpoint
CREATE TABLE "member_packages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"customer_id" uuid NOT NULL,
	"product_id" uuid,
	"name" text NOT NULL,
	"minutes_total" integer NOT NULL,
	"minutes_left" integer NOT NULL,
	"window_start" text,
	"window_end" text,
	"zone_ids" uuid[],
	"valid_until" timestamp with time zone,
	"purchased_at" timestamp with time zone NOT NULL,
	"store_id" uuid,
	CONSTRAINT "member_packages_minutes_ck" CHECK ("member_packages"."minutes_left" >= 0 and "member_packages"."minutes_left" <= "member_packages"."minutes_total")
);
--> statement-breakpoint
CREATE TABLE "time_package_products" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"minutes" integer NOT NULL,
	"price_cents" bigint NOT NULL,
	"window_start" text,
	"window_end" text,
	"zone_ids" uuid[],
	"valid_days" integer,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "time_package_products_minutes_ck" CHECK ("time_package_products"."minutes" > 0 and "time_package_products"."price_cents" >= 0),
	CONSTRAINT "time_package_products_days_ck" CHECK ("time_package_products"."valid_days" is null or "time_package_products"."valid_days" > 0)
);
--> statement-breakpoint
CREATE TABLE "topup_promotions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"min_amount_cents" bigint NOT NULL,
	"bonus_cents" bigint DEFAULT 0 NOT NULL,
	"bonus_percent" integer,
	"store_id" uuid,
	"valid_from" timestamp with time zone,
	"valid_until" timestamp with time zone,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "topup_promotions_amounts_ck" CHECK ("topup_promotions"."min_amount_cents" > 0 and "topup_promotions"."bonus_cents" >= 0),
	CONSTRAINT "topup_promotions_percent_ck" CHECK ("topup_promotions"."bonus_percent" is null or ("topup_promotions"."bonus_percent" between 0 and 1000))
);
--> statement-breakpoint
CREATE TABLE "wallet_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"customer_id" uuid NOT NULL,
	"store_id" uuid,
	"at" timestamp with time zone NOT NULL,
	"kind" text NOT NULL,
	"asset" text NOT NULL,
	"package_id" uuid,
	"amount" bigint NOT NULL,
	"balance_after" bigint NOT NULL,
	"payment_method" text,
	"reference" text,
	"actor" text NOT NULL,
	"note" text,
	"idempotency_key" text,
	CONSTRAINT "wallet_entries_asset_ck" CHECK ("wallet_entries"."asset" in ('cash', 'bonus', 'package')),
	CONSTRAINT "wallet_entries_balance_ck" CHECK ("wallet_entries"."balance_after" >= 0)
);
--> statement-breakpoint
CREATE TABLE "wallets" (
	"customer_id" uuid PRIMARY KEY NOT NULL,
	"cash_cents" bigint DEFAULT 0 NOT NULL,
	"bonus_cents" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "wallets_cash_ck" CHECK ("wallets"."cash_cents" >= 0),
	CONSTRAINT "wallets_bonus_ck" CHECK ("wallets"."bonus_cents" >= 0)
);
--> statement-breakpoint
ALTER TABLE "member_cards" ADD CONSTRAINT "member_cards_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_cards" ADD CONSTRAINT "member_cards_store_id_stores_id_fk" FOREIGN KEY ("store_id") REFERENCES "public"."stores"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_cards" ADD CONSTRAINT "member_cards_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_packages" ADD CONSTRAINT "member_packages_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_packages" ADD CONSTRAINT "member_packages_product_id_time_package_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."time_package_products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_packages" ADD CONSTRAINT "member_packages_store_id_stores_id_fk" FOREIGN KEY ("store_id") REFERENCES "public"."stores"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topup_promotions" ADD CONSTRAINT "topup_promotions_store_id_stores_id_fk" FOREIGN KEY ("store_id") REFERENCES "public"."stores"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallet_entries" ADD CONSTRAINT "wallet_entries_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallet_entries" ADD CONSTRAINT "wallet_entries_store_id_stores_id_fk" FOREIGN KEY ("store_id") REFERENCES "public"."stores"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wallets" ADD CONSTRAINT "wallets_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "member_cards_number_uq" ON "member_cards" USING btree ("number");--> statement-breakpoint
CREATE INDEX "member_cards_customer_idx" ON "member_cards" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "member_packages_customer_idx" ON "member_packages" USING btree ("customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "wallet_entries_idem_uq" ON "wallet_entries" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "wallet_entries_customer_idx" ON "wallet_entries" USING btree ("customer_id","at","id");--> statement-breakpoint
CREATE INDEX "wallet_entries_store_at_idx" ON "wallet_entries" USING btree ("store_id","at","id");--> statement-breakpoint
CREATE INDEX "wallet_entries_at_idx" ON "wallet_entries" USING btree ("at","id");--> statement-breakpoint
CREATE INDEX "wallet_entries_reference_idx" ON "wallet_entries" USING btree ("reference");