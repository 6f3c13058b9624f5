CREATE TABLE "channel_integrations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"channel" text NOT NULL,
	"name" text NOT NULL,
	"secret" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "channel_integrations_channel_check" CHECK ("channel_integrations"."channel" in ('forum', 'social', 'in_game'))
);
--> statement-breakpoint
CREATE TABLE "channel_threads" (
	"integration_id" uuid NOT NULL,
	"thread_id" text NOT NULL,
	"ticket_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "channel_threads_integration_id_thread_id_pk" PRIMARY KEY("integration_id","thread_id")
);
--> statement-breakpoint
ALTER TABLE "channel_threads" ADD CONSTRAINT "channel_threads_integration_id_channel_integrations_id_fk" FOREIGN KEY ("integration_id") REFERENCES "public"."channel_integrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "channel_threads" ADD CONSTRAINT "channel_threads_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "channel_threads_ticket_idx" ON "channel_threads" USING btree ("ticket_id");