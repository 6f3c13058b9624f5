import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tickets } from '../tickets/tickets.schema';

/** Known issues (已知问题): a bug the studio tracks; when it is fixed every linked reporter hears. */
export const knownIssues = pgTable(
  'known_issues',
  {
    id: uuid('id').primaryKey(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    status: text('status').notNull(),
    fixedInVersion: text('fixed_in_version'),
    fixedAt: timestamp('fixed_at', { withTimezone: true }),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [check('known_issues_status_check', sql`${t.status} in ('open', 'fixed')`)],
);

/** The technical details of a bug-report ticket (000 FAQ 2) and the known issue it is linked to. */
export const bugReports = pgTable(
  'bug_reports',
  {
    ticketId: uuid('ticket_id').primaryKey().references(() => tickets.id),
    device: text('device').notNull(),
    os: text('os').notNull(),
    gameVersion: text('game_version').notNull(),
    server: text('server').notNull().default(''),
    steps: text('steps').notNull(),
    media: jsonb('media').notNull().$type<string[]>(),
    knownIssueId: uuid('known_issue_id').references(() => knownIssues.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('bug_reports_known_issue_idx').on(t.knownIssueId)],
);
