import { pipeline, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { recordAudit } from '../../platform/audit/audit.service';
import type { CustomerExportQuery } from './customers.contracts';
import { identitiesOf } from './customers.repository';
import { countCustomerRows, listCustomerRows, sortKey, type ListConditions } from './customer-list.repository';
import { listConditions } from './customer-list.service';
import type { ExportFile } from './customer-export.service';
import { presentSummary } from './customer-view';
import { safeCell } from './rules/csv-cell';
import type { CustomerContext, CustomerDeps } from './service-context';

const PAGE = 1000;
const columns = ['id', 'displayName', 'realName', 'phone', 'email', 'tags', 'homeStore', 'source', 'createdAt', 'totalSpend', 'lastSeenAt', 'visitCount'];

/** The query as given, without empty values: what the audit entry records. */
const filtersOf = (query: CustomerExportQuery) => Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== ''));

/**
 * The customers the list would show for these filters, as CSV with personal data unmasked
 * (the `customers:export` permission is the authorisation), streamed a page at a time.
 * Audited `customers.exported` with the filters and the row count BEFORE anything is sent:
 * a crash or a dropped connection mid-file never leaves an export without its record.
 */
export async function exportCustomerCsv(deps: CustomerDeps, ctx: CustomerContext, query: CustomerExportQuery): Promise<ExportFile & { rows: number }> {
  const db = deps.database.db;
  const now = deps.clock.now();
  const conditions: ListConditions = await listConditions(db, query);
  const sort = query.sort ?? '-createdAt';
  const rows = await countCustomerRows(db, conditions);
  await recordAudit(db, {
    at: now,
    actor: ctx.actor,
    action: 'customers.exported',
    targetType: 'customer',
    ip: ctx.ip,
    requestId: ctx.requestId,
    details: { filters: filtersOf(query), rows },
  });

  async function* records(): AsyncGenerator<Record<string, string | number>> {
    let after: { k: string | null; id: string } | undefined;
    for (;;) {
      const page = await listCustomerRows(db, { ...conditions, sort, after, limit: PAGE });
      const items = page.slice(0, PAGE);
      const contacts = await identitiesOf(db, items.map((r) => r.customer.id), ['phone', 'email']);
      for (const r of items) {
        const s = presentSummary(r.customer, contacts.filter((i) => i.customerId === r.customer.id), r, { pii: true });
        yield {
          id: s.id,
          displayName: safeCell(s.displayName),
          realName: safeCell(s.realName),
          phone: s.phone ?? '',
          email: safeCell(s.email),
          tags: safeCell(s.tags.join(';')),
          homeStore: s.homeStoreId ?? '',
          source: s.source,
          createdAt: s.createdAt,
          totalSpend: s.stats.totalSpend,
          lastSeenAt: s.stats.lastSeenAt ?? '',
          visitCount: s.stats.visitCount,
        };
      }
      if (page.length <= PAGE) return;
      const last = items[items.length - 1]!;
      after = { k: sortKey(sort, last), id: last.customer.id };
    }
  }
  // A byte-order mark so spreadsheets read the file as UTF-8 (Chinese names).
  const csv = stringify({ header: true, columns, bom: true });
  pipeline(Readable.from(records()), csv, () => {});
  const day = now.toISOString().slice(0, 10);
  return { fileName: `customers-${day}.csv`, body: csv, rows };
}
