import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { IdParams } from '../../platform/http/schemas';
import { attachmentStorage } from '../email/attachments.service';
import { ticketContext } from '../tickets/ticket-context';
import { rateTicket, ticketRatings } from './csat.service';
import { writeBack } from './player-message.service';
import { listForms, lookupTicket, submitPublicTicket, viewPublicTicket } from './public-ticket.service';
import { submitRechargeClaim } from './recharge-claim.service';
import { addScreenshot, screenshotLimit } from './screenshot.service';
import {
  CsatBody,
  CsatRating,
  LookupBody,
  PlayerMessageBody,
  PortalTicketAnswer,
  PublicForm,
  PublicTicketBody,
  PublicTicketView,
  RechargeClaimBody,
  ScreenshotAnswer,
  ScreenshotBody,
  TokenParams,
} from './portal.contracts';

const tags = ['portal'];

/**
 * The public service portal under /api/v1/public (no sign-in, every route rate-limited per
 * address) and the staff read of a ticket's ratings (docs/service-portal.md).
 */
export async function portalRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;
  const open = { access: 'public', rateLimit: { max: deps.config.portal.rateLimitPerMinute, timeWindow: 60_000 } } as const;
  const schema = { tags, security: [] };

  r.get('/public/forms', { config: open, schema: { ...schema, summary: 'The public ticket forms', response: { 200: Type.Object({ items: Type.Array(PublicForm) }) } } }, async () => listForms(deps));

  r.post(
    '/public/tickets',
    { config: open, schema: { ...schema, summary: 'File a ticket from the general form', body: PublicTicketBody, response: { 201: PortalTicketAnswer } } },
    async (request, reply) => reply.status(201).send(await submitPublicTicket(deps, request.body)),
  );

  r.post(
    '/public/recharge-claims',
    { config: open, schema: { ...schema, summary: 'Recharge not received: match the order and file (or find) its ticket', body: RechargeClaimBody, response: { 201: PortalTicketAnswer } } },
    async (request, reply) => reply.status(201).send(await submitRechargeClaim(deps, request.body)),
  );

  r.post(
    '/public/tickets/lookup',
    { config: open, schema: { ...schema, summary: 'Email + ticket number → the status link', body: LookupBody, response: { 200: Type.Object({ number: Type.Integer(), token: Type.String(), statusUrl: Type.String() }) } } },
    async (request) => lookupTicket(deps, request.body),
  );

  r.get(
    '/public/tickets/:token',
    { config: open, schema: { ...schema, summary: 'The status page: status and public conversation', params: TokenParams, response: { 200: PublicTicketView } } },
    async (request) => viewPublicTicket(deps, request.params.token),
  );

  r.post(
    '/public/tickets/:token/messages',
    { config: open, schema: { ...schema, summary: 'The requester writes back', params: TokenParams, body: PlayerMessageBody, response: { 201: Type.Object({ id: Type.String(), createdAt: Type.String() }) } } },
    async (request, reply) => reply.status(201).send(await writeBack(deps, request.params.token, request.body.body)),
  );

  // base64 of the largest screenshot and room for the rest; a file a little over the limit still
  // reaches the check and answers 413 `attachment_too_large`, a much larger body 413 `payload_too_large`.
  const screenshotBodyLimit = Math.ceil(screenshotLimit(deps.config) / 3) * 4 + 1024 * 1024;
  r.post(
    '/public/tickets/:token/attachments',
    {
      config: open,
      bodyLimit: screenshotBodyLimit,
      schema: { ...schema, summary: 'The requester attaches a screenshot (png, jpeg, webp, gif; base64)', params: TokenParams, body: ScreenshotBody, response: { 201: ScreenshotAnswer } },
    },
    async (request, reply) => reply.status(201).send(await addScreenshot(deps, attachmentStorage(deps.config), request.params.token, request.body)),
  );

  r.post(
    '/public/tickets/:token/csat',
    { config: open, schema: { ...schema, summary: 'Rate a resolved ticket 1-5, once per resolution', params: TokenParams, body: CsatBody, response: { 201: CsatRating } } },
    async (request, reply) => reply.status(201).send(await rateTicket(deps, request.params.token, request.body)),
  );

  r.get(
    '/tickets/:id/csat',
    { config: { access: 'tickets:read' }, schema: { tags, summary: "A ticket's satisfaction ratings, newest first", params: IdParams, response: { 200: Type.Object({ items: Type.Array(CsatRating) }) } } },
    async (request) => ticketRatings(deps, await ticketContext(deps, request), request.params.id),
  );
}
