CREATE TABLE "recharge_claims" (
	"id" uuid PRIMARY KEY NOT NULL,
	"order_id" text NOT NULL,
	"ticket_id" uuid,
	"customer_id" uuid NOT NULL,
	"contact_email" text NOT NULL,
	"amount" numeric(14, 2) NOT NULL,
	"payment_channel" text NOT NULL,
	"paid_at" timestamp with time zone NOT NULL,
	"outcome" text NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portal_tickets" (
	"ticket_id" uuid PRIMARY KEY NOT NULL,
	"contact_email" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ticket_csat" (
	"id" uuid PRIMARY KEY NOT NULL,
	"ticket_id" uuid NOT NULL,
	"resolved_at" timestamp with time zone NOT NULL,
	"agent_id" uuid,
	"rating" smallint NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "ticket_csat_rating_check" CHECK ("ticket_csat"."rating" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "portal_survey_invites" (
	"ticket_id" uuid NOT NULL,
	"resolved_at" timestamp with time zone NOT NULL,
	"assignee_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "portal_survey_invites_ticket_id_resolved_at_pk" PRIMARY KEY("ticket_id","resolved_at")
);
--> statement-breakpoint
CREATE TABLE "portal_secrets" (
	"name" text PRIMARY KEY NOT NULL,
	"secret" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "recharge_claims" ADD CONSTRAINT "recharge_claims_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recharge_claims" ADD CONSTRAINT "recharge_claims_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_tickets" ADD CONSTRAINT "portal_tickets_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_csat" ADD CONSTRAINT "ticket_csat_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_csat" ADD CONSTRAINT "ticket_csat_agent_id_users_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_survey_invites" ADD CONSTRAINT "portal_survey_invites_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_survey_invites" ADD CONSTRAINT "portal_survey_invites_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "recharge_claims_order_idx" ON "recharge_claims" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "recharge_claims_ticket_idx" ON "recharge_claims" USING btree ("ticket_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ticket_csat_resolution_idx" ON "ticket_csat" USING btree ("ticket_id","resolved_at");--> statement-breakpoint
CREATE INDEX "ticket_csat_agent_idx" ON "ticket_csat" USING btree ("agent_id","created_at");
