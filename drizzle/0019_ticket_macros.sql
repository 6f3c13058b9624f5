CREATE TABLE "ticket_macros" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name_zh" text NOT NULL,
	"name_en" text NOT NULL,
	"body_zh" text NOT NULL,
	"body_en" text NOT NULL,
	"actions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"owner_id" uuid,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "ticket_macros_name_check" CHECK (length(btrim("ticket_macros"."name_zh")) between 1 and 100 and length(btrim("ticket_macros"."name_en")) between 1 and 100)
);
--> statement-breakpoint
ALTER TABLE "ticket_macros" ADD CONSTRAINT "ticket_macros_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ticket_macros_owner_idx" ON "ticket_macros" USING btree ("owner_id","position");--> statement-breakpoint
-- The console's former built-in canned replies, as shared macros with fixed ids.
INSERT INTO "ticket_macros" ("id", "name_zh", "name_en", "body_zh", "body_en", "actions", "active", "owner_id", "position", "created_at", "updated_at") VALUES
('0196a000-0000-7000-8000-00000000e001', '问候', 'Greeting', E'{{requester.name}}您好，感谢您就工单 #{{ticket.number}} 联系我们，我正在为您处理。\n{{agent.name}}', E'Hello {{requester.name}}, thank you for contacting us about ticket #{{ticket.number}}. I am looking into it now.\n{{agent.name}}', '{}'::jsonb, true, NULL, 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
('0196a000-0000-7000-8000-00000000e002', '仍在核实', 'Still checking', '{{requester.name}}您好，我们仍在与相关团队核实，有进展会第一时间在工单 #{{ticket.number}} 中告知您。', 'Hello {{requester.name}}, we are still checking this with the team and will update ticket #{{ticket.number}} as soon as we know more.', '{}'::jsonb, true, NULL, 2, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
('0196a000-0000-7000-8000-00000000e003', '索取充值信息', 'Ask for recharge details', '{{requester.name}}您好，请提供充值的订单号和充值时间，以便我们核查到账情况。', 'Hello {{requester.name}}, please send us the order number and the time of the recharge so we can trace the payment.', '{}'::jsonb, true, NULL, 3, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'),
('0196a000-0000-7000-8000-00000000e004', '已解决', 'Solved', E'{{requester.name}}您好，工单 #{{ticket.number}} 已处理完毕。如仍有问题，直接回复即可。\n{{agent.name}}', E'Hello {{requester.name}}, ticket #{{ticket.number}} is solved. Reply to this message if anything is still wrong.\n{{agent.name}}', '{}'::jsonb, true, NULL, 4, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
