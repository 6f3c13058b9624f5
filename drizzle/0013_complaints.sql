CREATE TABLE "complaints" (
	"ticket_id" uuid PRIMARY KEY NOT NULL,
	"stage" text NOT NULL,
	"severity" text,
	"cause" text,
	"party" text,
	"party_reason" text,
	"plan" text,
	"plan_rejected" boolean DEFAULT false NOT NULL,
	"plan_approved_by" text,
	"plan_approved_at" timestamp with time zone,
	"received_by" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"result_sent_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "complaints_severity_check" CHECK ("complaints"."severity" is null or "complaints"."severity" in ('ordinary', 'major')),
	CONSTRAINT "complaints_party_check" CHECK ("complaints"."party" is null or "complaints"."party" in ('company', 'customer', 'third_party'))
);
--> statement-breakpoint
CREATE TABLE "complaint_steps" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "complaint_steps_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"ticket_id" uuid NOT NULL,
	"action" text NOT NULL,
	"stage_after" text NOT NULL,
	"details" jsonb NOT NULL,
	"actor" text NOT NULL,
	"actor_label" text DEFAULT '' NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "complaints" ADD CONSTRAINT "complaints_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "complaint_steps" ADD CONSTRAINT "complaint_steps_ticket_id_complaints_ticket_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."complaints"("ticket_id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "complaints_received_at_idx" ON "complaints" USING btree ("received_at");
--> statement-breakpoint
CREATE INDEX "complaint_steps_ticket_idx" ON "complaint_steps" USING btree ("ticket_id","seq");
