import { randomBytes } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Db, Tx } from '../db/database';
import { uuidv7 } from '../ids';
import { insertAuditEntry } from './audit.repository';

/** Who did it, as written to the audit log. */
export interface AuditActor {
  type: 'user' | 'api_key' | 'system' | 'anonymous';
  id: string | null;
  label: string;
}

export interface AuditEntryInput {
  at: Date;
  actor: AuditActor;
  action: string;
  targetType?: string;
  targetId?: string;
  ip?: string;
  requestId?: string;
  details?: Record<string, unknown>;
}

// Entries written in the same millisecond (common under a FakeClock) still sort in write
// order: the 12 bits after the timestamp carry a per-process sequence.
let lastMs = -1;
let sequence = 0;
function auditId(ms: number): string {
  sequence = ms === lastMs ? (sequence + 1) & 0xfff : 0;
  lastMs = ms;
  const random = randomBytes(10);
  random[0] = sequence >> 8;
  random[1] = sequence & 0xff;
  return uuidv7(ms, random);
}

export const systemActor: AuditActor = { type: 'system', id: null, label: 'system' };

/**
 * Appends one audit entry. Pass the open transaction so the entry commits with the change.
 * @example await recordAudit(tx, { at: clock.now(), actor: actorFrom(request), action: 'store.created', targetType: 'store', targetId: id, ...requestMeta(request) })
 */
export async function recordAudit(executor: Db | Tx, entry: AuditEntryInput): Promise<void> {
  await insertAuditEntry(executor, {
    id: auditId(entry.at.getTime()),
    at: entry.at,
    actorType: entry.actor.type,
    actorId: entry.actor.id,
    actorLabel: entry.actor.label,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    ip: entry.ip ?? '',
    requestId: entry.requestId ?? '',
    details: entry.details ?? {},
  });
}

/** The audit actor for a request's principal (anonymous when nobody is signed in). */
export function actorFrom(request: FastifyRequest): AuditActor {
  const p = request.principal;
  if (!p) return { type: 'anonymous', id: null, label: '' };
  if (p.kind === 'user') return { type: 'user', id: p.user.id, label: p.user.email };
  return { type: 'api_key', id: p.apiKey.id, label: p.apiKey.name };
}

/** The ip and request id of a request, to spread into an audit entry. */
export function requestMeta(request: FastifyRequest): { ip: string; requestId: string } {
  return { ip: request.ip, requestId: request.id };
}

/** Who acted and from where: what every audited service call needs besides its input. */
export interface AuditContext {
  actor: AuditActor;
  ip?: string;
  requestId?: string;
}

/** The audit context of a request. */
export function auditContext(request: FastifyRequest): AuditContext {
  return { actor: actorFrom(request), ...requestMeta(request) };
}

/** Context for work done by the system itself (seed, CLI). */
export const systemContext: AuditContext = { actor: systemActor };
