CREATE TABLE "call_records" (
	"id" uuid PRIMARY KEY NOT NULL,
	"external_id" text,
	"direction" text NOT NULL,
	"phone" text NOT NULL,
	"customer_id" uuid,
	"agent_id" uuid,
	"started_at" timestamp with time zone NOT NULL,
	"wait_seconds" integer NOT NULL,
	"talk_seconds" integer NOT NULL,
	"answered" boolean NOT NULL,
	"recording_url" text,
	"ticket_id" uuid,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "call_records_external_id_unique" UNIQUE("external_id"),
	CONSTRAINT "call_records_direction_check" CHECK ("call_records"."direction" in ('inbound', 'outbound')),
	CONSTRAINT "call_records_seconds_check" CHECK ("call_records"."wait_seconds" >= 0 and "call_records"."talk_seconds" >= 0)
);
--> statement-breakpoint
ALTER TABLE "call_records" ADD CONSTRAINT "call_records_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "call_records" ADD CONSTRAINT "call_records_agent_id_users_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "call_records" ADD CONSTRAINT "call_records_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "call_records_started_idx" ON "call_records" USING btree ("started_at");
--> statement-breakpoint
CREATE INDEX "call_records_customer_idx" ON "call_records" USING btree ("customer_id","started_at");
