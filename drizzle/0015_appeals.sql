CREATE TABLE "appeals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"ticket_id" uuid NOT NULL,
	"game_account" text NOT NULL,
	"account_customer_id" uuid,
	"requester_id" uuid NOT NULL,
	"contact_email" text NOT NULL,
	"claims" jsonb NOT NULL,
	"checks" jsonb NOT NULL,
	"score" integer NOT NULL,
	"status" text NOT NULL,
	"decision_reason" text,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "appeals_ticket_id_unique" UNIQUE("ticket_id"),
	CONSTRAINT "appeals_status_check" CHECK ("appeals"."status" in ('open', 'more_info', 'approved', 'rejected'))
);
--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_account_customer_id_customers_id_fk" FOREIGN KEY ("account_customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "appeals" ADD CONSTRAINT "appeals_requester_id_customers_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "appeals_account_idx" ON "appeals" USING btree ("game_account","created_at");
