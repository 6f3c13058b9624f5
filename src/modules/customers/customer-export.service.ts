import { Readable } from 'node:stream';
import { recordAudit } from '../../platform/audit/audit.service';
import { isoOrNull } from '../../platform/iso-time';
import { customerEventPages, customerMonthlySpend } from '../events/customer-events.service';
import { emptyCustomerStats, getCustomerStats } from '../events/customer-stats.service';
import * as repo from './customers.repository';
import { presentIdentity } from './customer-view';
import { allNotesOf } from './notes.repository';
import { readable, type CustomerContext, type CustomerDeps } from './service-context';

/** A file to send: its name and its content as a stream. */
export interface ExportFile {
  fileName: string;
  body: Readable;
}

/**
 * Everything stored about one customer (data-subject access), as one JSON document:
 * profile, identities unmasked, notes, history, stats, monthly spend, then every event,
 * streamed page by page. Audited `customer.exported` before anything is sent.
 */
export async function exportCustomerData(deps: CustomerDeps, ctx: CustomerContext, customerId: string): Promise<ExportFile> {
  const db = deps.database.db;
  const now = deps.clock.now();
  const head = await db.transaction(async (tx) => {
    const row = readable(await repo.findCustomerById(tx, customerId));
    const identities = await repo.identitiesOf(tx, [customerId]);
    const notes = await allNotesOf(tx, customerId);
    const history = await repo.historyOf(tx, customerId);
    const stats = (await getCustomerStats(tx, [customerId], now)).get(customerId) ?? { ...emptyCustomerStats };
    const monthlySpend = await customerMonthlySpend(tx, customerId);
    await recordAudit(tx, {
      at: now,
      actor: ctx.actor,
      action: 'customer.exported',
      targetType: 'customer',
      targetId: customerId,
      ip: ctx.ip,
      requestId: ctx.requestId,
      details: { identities: identities.length, notes: notes.length, history: history.length, events: stats.eventCount },
    });
    return {
      exportedAt: now.toISOString(),
      customer: {
        ...row,
        registeredAt: isoOrNull(row.registeredAt),
        erasedAt: isoOrNull(row.erasedAt),
        createdAt: row.createdAt.toISOString(),
        updatedAt: row.updatedAt.toISOString(),
      },
      identities: identities.map((i) => ({ ...presentIdentity(i, { pii: true }), createdAt: i.createdAt.toISOString() })),
      notes: notes.map((n) => ({ ...n, createdAt: n.createdAt.toISOString() })),
      history: history.map((h) => ({ id: h.id, at: h.at.toISOString(), actorLabel: h.actorLabel, action: h.action, changes: h.changes })),
      stats,
      monthlySpend,
    };
  });
  async function* document(): AsyncGenerator<string> {
    // The head without its closing brace, then the events array written page by page.
    yield `${JSON.stringify(head).slice(0, -1)},"events":[`;
    let first = true;
    for await (const page of customerEventPages(db, customerId)) {
      yield `${first ? '' : ','}${page.map((e) => JSON.stringify(e)).join(',')}`;
      first = false;
    }
    yield ']}';
  }
  return { fileName: `customer-${customerId}.json`, body: Readable.from(document()) };
}
