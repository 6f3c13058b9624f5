import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { IdParams } from '../../platform/http/schemas';
import { ticketContext } from '../tickets/ticket-context';
import { BugReport, BugReportBody, Duplicates, FixBody, KnownIssue, KnownIssueBody, LinkIssueBody, PublicBugBody } from './bugs.contracts';
import { createKnownIssue, duplicates, fixKnownIssue, getBugReport, linkKnownIssue, listKnownIssues, reportBug, reportBugPublic } from './bugs.service';

const tags = ['bugs'];
const read = { access: 'tickets:read' } as const;
const write = { access: 'tickets:write' } as const;

/** Bug reports, likely duplicates and known issues (docs/bug-reports.md). */
export async function bugsRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;
  const open = { access: 'public', rateLimit: { max: deps.config.portal.rateLimitPerMinute, timeWindow: 60_000 } } as const;
  const receipt = Type.Object({ number: Type.Integer(), token: Type.String(), statusUrl: Type.String() });

  r.post('/public/bug-reports', { config: open, schema: { tags, summary: 'Report a bug (public form)', body: PublicBugBody, response: { 201: receipt } } }, async (request, reply) =>
    reply.status(201).send(await reportBugPublic(deps, request.body)),
  );
  r.post('/bug-reports', { config: write, schema: { tags, summary: 'Report a bug for a customer (staff or the game)', body: BugReportBody, response: { 201: BugReport } } }, async (request, reply) =>
    reply.status(201).send(await reportBug(deps, await ticketContext(deps, request), request.body)),
  );
  r.get('/tickets/:id/bug', { config: read, schema: { tags, summary: 'The bug details of a ticket', params: IdParams, response: { 200: BugReport } } }, async (request) =>
    getBugReport(deps, await ticketContext(deps, request), request.params.id),
  );
  r.get('/tickets/:id/bug/duplicates', { config: read, schema: { tags, summary: 'Likely duplicates: similar bug tickets and known issues', params: IdParams, response: { 200: Duplicates } } }, async (request) =>
    duplicates(deps, await ticketContext(deps, request), request.params.id),
  );
  r.put('/tickets/:id/bug/known-issue', { config: write, schema: { tags, summary: 'Link the report to a known issue', params: IdParams, body: LinkIssueBody, response: { 200: BugReport } } }, async (request) =>
    linkKnownIssue(deps, await ticketContext(deps, request), request.params.id, request.body.knownIssueId),
  );
  r.get('/known-issues', { config: read, schema: { tags, summary: 'Known issues, newest first', response: { 200: Type.Object({ items: Type.Array(KnownIssue) }) } } }, async () => ({ items: await listKnownIssues(deps) }));
  r.post('/known-issues', { config: write, schema: { tags, summary: 'Record a known issue', body: KnownIssueBody, response: { 201: KnownIssue } } }, async (request, reply) =>
    reply.status(201).send(await createKnownIssue(deps, await ticketContext(deps, request), request.body)),
  );
  r.post(
    '/known-issues/:id/fixed',
    { config: { access: 'tickets:manage' }, schema: { tags, summary: 'Mark fixed in a version and tell every linked reporter', params: IdParams, body: FixBody, response: { 200: Type.Object({ knownIssue: KnownIssue, notified: Type.Integer() }) } } },
    async (request) => fixKnownIssue(deps, await ticketContext(deps, request), request.params.id, request.body),
  );
}
