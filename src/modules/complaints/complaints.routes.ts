import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { isAllowed } from '../../platform/auth/auth.plugin';
import { NoBody } from '../../platform/auth/auth.contracts';
import { IdParams } from '../../platform/http/schemas';
import { ticketContext } from '../tickets/ticket-context';
import { Complaint, ComplaintReport, ComplaintReportQuery, ComplaintStepBody } from './complaints.contracts';
import { complaintReport } from './complaints.report';
import { getComplaint, openComplaint, takeStep } from './complaints.service';

const tags = ['complaints'];
const read = { access: 'tickets:read' } as const;
const write = { access: 'tickets:write' } as const;

/** /tickets/:id/complaint: the complaint process of a ticket; /complaints/report: counts for reports. */
export async function complaintsRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;

  r.get('/tickets/:id/complaint', { config: read, schema: { tags, summary: "A ticket's complaint process", params: IdParams, response: { 200: Complaint } } }, async (request) =>
    getComplaint(deps, await ticketContext(deps, request), request.params.id),
  );
  r.post('/tickets/:id/complaint', { config: write, schema: { tags, summary: 'Receive the ticket as a complaint', params: IdParams, body: NoBody, response: { 201: Complaint } } }, async (request, reply) =>
    reply.status(201).send(await openComplaint(deps, await ticketContext(deps, request), request.params.id)),
  );
  r.post(
    '/tickets/:id/complaint/steps',
    { config: write, schema: { tags, summary: 'Take the next step of the complaint process', params: IdParams, body: ComplaintStepBody, response: { 200: Complaint } } },
    async (request) => {
      const canApprove = request.principal !== null && isAllowed(request.principal, 'complaints:approve');
      return takeStep(deps, await ticketContext(deps, request), request.params.id, request.body, canApprove);
    },
  );
  r.get(
    '/complaints/report',
    { config: { access: 'tickets:read_all' }, schema: { tags, summary: 'Complaints received in a period, counted by severity, party, cause and stage', querystring: ComplaintReportQuery, response: { 200: ComplaintReport } } },
    async (request) => complaintReport(deps, request.query),
  );
}
