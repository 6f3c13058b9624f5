import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { auditContext, recordAudit, type AuditContext } from '../audit/audit.service';
import { transaction, type Tx } from '../db/database';
import { AppError } from '../http/app-error';
import { IdParams } from '../http/schemas';
import { CreatedEndpoint, CreateEndpointBody, PatchEndpointBody, WebhookDelivery, WebhookEndpoint } from './webhooks.contracts';
import * as repo from './webhooks.repository';

const tags = ['webhooks'];
const manage = { access: 'integrations:manage' } as const;
const iso = (d: Date | null) => (d ? d.toISOString() : null);

function present(row: repo.EndpointRow): WebhookEndpoint {
  return { id: row.id, name: row.name, url: row.url, events: row.events, active: row.active, secretPrefix: row.secret.slice(0, 10), createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

function checkUrl(url: string | undefined): void {
  if (url === undefined) return;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AppError('invalid_webhook_url');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new AppError('invalid_webhook_url');
}

async function audit(tx: Tx, at: Date, ctx: AuditContext, action: string, id: string, details: Record<string, unknown>): Promise<void> {
  await recordAudit(tx, { at, actor: ctx.actor, ip: ctx.ip, requestId: ctx.requestId, action, targetType: 'webhook_endpoint', targetId: id, details });
}

/** /webhook-endpoints: where signed webhooks go (docs/webhooks.md). */
export async function webhooksRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;
  const db = deps.database.db;

  r.get('/webhook-endpoints', { config: manage, schema: { tags, summary: 'Webhook endpoints', response: { 200: Type.Object({ items: Type.Array(WebhookEndpoint) }) } } }, async () => ({
    items: (await repo.listEndpoints(db)).map(present),
  }));
  r.post('/webhook-endpoints', { config: manage, schema: { tags, summary: 'Add an endpoint (its secret is shown once)', body: CreateEndpointBody, response: { 201: CreatedEndpoint } } }, async (request, reply) => {
    checkUrl(request.body.url);
    const now = deps.clock.now();
    const secret = `whsec_${deps.ids.secret(24)}`;
    const row = await transaction(db, async (tx) => {
      const created = await repo.insertEndpoint(tx, { id: deps.ids.uuid(), name: request.body.name.trim(), url: request.body.url, events: request.body.events, secret, createdAt: now, updatedAt: now });
      await audit(tx, now, auditContext(request), 'webhook_endpoint.created', created.id, { url: created.url, events: created.events });
      return created;
    });
    return reply.status(201).send({ ...present(row), secret });
  });
  r.patch('/webhook-endpoints/:id', { config: manage, schema: { tags, summary: 'Change or pause an endpoint', params: IdParams, body: PatchEndpointBody, response: { 200: WebhookEndpoint } } }, async (request) => {
    checkUrl(request.body.url);
    const now = deps.clock.now();
    return transaction(db, async (tx) => {
      const row = await repo.updateEndpoint(tx, request.params.id, { ...request.body, ...(request.body.name ? { name: request.body.name.trim() } : {}), updatedAt: now });
      if (!row) throw new AppError('webhook_endpoint_not_found');
      await audit(tx, now, auditContext(request), 'webhook_endpoint.updated', row.id, { ...request.body });
      return present(row);
    });
  });
  r.get(
    '/webhook-endpoints/:id/deliveries',
    { config: manage, schema: { tags, summary: 'The latest 100 deliveries to an endpoint', params: IdParams, response: { 200: Type.Object({ items: Type.Array(WebhookDelivery) }) } } },
    async (request) => {
      if (!(await repo.findEndpoint(db, request.params.id))) throw new AppError('webhook_endpoint_not_found');
      const rows = await repo.recentDeliveries(db, request.params.id, 100);
      return {
        items: rows.map((d) => ({ id: d.id, event: d.event, attempts: d.attempts, nextAttemptAt: d.nextAttemptAt.toISOString(), lastStatus: d.lastStatus, lastError: d.lastError, deliveredAt: iso(d.deliveredAt), failedAt: iso(d.failedAt), createdAt: d.createdAt.toISOString() })),
      };
    },
  );
}
