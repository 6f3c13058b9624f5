import { Type, type Static } from 'typebox';
import { DateTime, Id, Nullable } from '../../platform/http/schemas';

const Text = (max: number) => Type.String({ minLength: 1, maxLength: max, pattern: '\\S' });

export const bugFields = {
  subject: Text(200),
  device: Text(100),
  os: Text(100),
  gameVersion: Text(50),
  server: Type.Optional(Type.String({ maxLength: 100 })),
  steps: Text(10_000),
  media: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 2000 }), { maxItems: 10, description: 'Links to screenshots or videos' })),
};

export const BugReportBody = Type.Object({ ...bugFields, requesterId: Id, channel: Type.Optional(Type.Enum(['in_game', 'web', 'forum', 'social', 'api', 'email'] as const)) }, { additionalProperties: false });
export type BugReportBody = Static<typeof BugReportBody>;

export const PublicBugBody = Type.Object({ ...bugFields, email: Type.String({ format: 'email', maxLength: 254 }), gameAccount: Type.Optional(Text(128)) }, { additionalProperties: false });
export type PublicBugBody = Static<typeof PublicBugBody>;

export const BugReport = Type.Object({
  ticketId: Id,
  ticketNumber: Type.Integer(),
  device: Type.String(),
  os: Type.String(),
  gameVersion: Type.String(),
  server: Type.String(),
  steps: Type.String(),
  media: Type.Array(Type.String()),
  knownIssueId: Nullable(Id),
  createdAt: DateTime,
});
export type BugReport = Static<typeof BugReport>;

export const KnownIssue = Type.Object({
  id: Id,
  title: Type.String(),
  description: Type.String(),
  status: Type.Enum(['open', 'fixed'] as const),
  fixedInVersion: Nullable(Type.String()),
  fixedAt: Nullable(DateTime),
  linkedReports: Type.Integer(),
  createdAt: DateTime,
});
export type KnownIssue = Static<typeof KnownIssue>;

export const KnownIssueBody = Type.Object({ title: Text(200), description: Type.Optional(Type.String({ maxLength: 10_000 })) }, { additionalProperties: false });
export const FixBody = Type.Object({ version: Text(50), message: Type.Optional(Text(5000)) }, { additionalProperties: false });
export const LinkIssueBody = Type.Object({ knownIssueId: Id }, { additionalProperties: false });

export const Duplicates = Type.Object({
  tickets: Type.Array(Type.Object({ id: Id, number: Type.Integer(), subject: Type.String(), status: Type.String(), rank: Type.Number() })),
  knownIssues: Type.Array(Type.Object({ id: Id, title: Type.String(), status: Type.String(), shared: Type.Integer({ description: 'Words shared with the report' }) })),
});
