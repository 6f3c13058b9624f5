CREATE TABLE "known_issues" (
	"id" uuid PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"fixed_in_version" text,
	"fixed_at" timestamp with time zone,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "known_issues_status_check" CHECK ("known_issues"."status" in ('open', 'fixed'))
);
--> statement-breakpoint
CREATE TABLE "bug_reports" (
	"ticket_id" uuid PRIMARY KEY NOT NULL,
	"device" text NOT NULL,
	"os" text NOT NULL,
	"game_version" text NOT NULL,
	"server" text DEFAULT '' NOT NULL,
	"steps" text NOT NULL,
	"media" jsonb NOT NULL,
	"known_issue_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "bug_reports" ADD CONSTRAINT "bug_reports_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "bug_reports" ADD CONSTRAINT "bug_reports_known_issue_id_known_issues_id_fk" FOREIGN KEY ("known_issue_id") REFERENCES "public"."known_issues"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "bug_reports_known_issue_idx" ON "bug_reports" USING btree ("known_issue_id");
