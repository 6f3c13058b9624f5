import type { ServiceDeps } from '../../app';
import { recordAudit, type AuditContext } from '../audit/audit.service';
import { transaction, type Tx } from '../db/database';
import { AppError } from '../http/app-error';
import { isoOrNull } from '../iso-time';
import type { CreateEndpointBody, PatchEndpointBody, WebhookEndpoint } from './webhooks.contracts';
import * as repo from './webhooks.repository';

function present(row: repo.EndpointRow): WebhookEndpoint {
  return { id: row.id, name: row.name, url: row.url, events: row.events, active: row.active, secretPrefix: row.secret.slice(0, 10), createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

/** 400 `invalid_webhook_url` unless an absolute http(s) URL. */
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

export async function listEndpoints(deps: Pick<ServiceDeps, 'database'>): Promise<WebhookEndpoint[]> {
  return (await repo.listEndpoints(deps.database.db)).map(present);
}

/** Adds an endpoint with a new signing secret, answered only here; audited. */
export async function createEndpoint(deps: ServiceDeps, ctx: AuditContext, body: CreateEndpointBody): Promise<WebhookEndpoint & { secret: string }> {
  checkUrl(body.url);
  const now = deps.clock.now();
  const secret = `whsec_${deps.ids.secret(24)}`;
  const row = await transaction(deps.database.db, async (tx) => {
    const created = await repo.insertEndpoint(tx, { id: deps.ids.uuid(), name: body.name.trim(), url: body.url, events: body.events, secret, createdAt: now, updatedAt: now });
    await audit(tx, now, ctx, 'webhook_endpoint.created', created.id, { url: created.url, events: created.events });
    return created;
  });
  return { ...present(row), secret };
}

/** Changes or pauses an endpoint; audited. */
export async function updateEndpoint(deps: ServiceDeps, ctx: AuditContext, id: string, body: PatchEndpointBody): Promise<WebhookEndpoint> {
  checkUrl(body.url);
  const now = deps.clock.now();
  return transaction(deps.database.db, async (tx) => {
    const row = await repo.updateEndpoint(tx, id, { ...body, ...(body.name ? { name: body.name.trim() } : {}), updatedAt: now });
    if (!row) throw new AppError('webhook_endpoint_not_found');
    await audit(tx, now, ctx, 'webhook_endpoint.updated', row.id, { ...body });
    return present(row);
  });
}

/** The latest 100 deliveries to an endpoint. */
export async function endpointDeliveries(deps: Pick<ServiceDeps, 'database'>, id: string) {
  if (!(await repo.findEndpoint(deps.database.db, id))) throw new AppError('webhook_endpoint_not_found');
  const rows = await repo.recentDeliveries(deps.database.db, id, 100);
  return rows.map((d) => ({ id: d.id, event: d.event, attempts: d.attempts, nextAttemptAt: d.nextAttemptAt.toISOString(), lastStatus: d.lastStatus, lastError: d.lastError, deliveredAt: isoOrNull(d.deliveredAt), failedAt: isoOrNull(d.failedAt), createdAt: d.createdAt.toISOString() }));
}
