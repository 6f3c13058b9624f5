import type { TicketDeps } from '../tickets/ticket-context';
import type { ComplaintReportQuery } from './complaints.contracts';
import { countBy } from './complaints.repository';

/** Complaints received in [from, to), counted by severity, responsible party, cause and stage. */
export async function complaintReport(deps: Pick<TicketDeps, 'database'>, query: ComplaintReportQuery) {
  const db = deps.database.db;
  const range = { from: query.from ? new Date(query.from) : undefined, to: query.to ? new Date(query.to) : undefined };
  const [severity, party, cause, stage] = await Promise.all([countBy(db, 'severity', range), countBy(db, 'party', range), countBy(db, 'cause', range), countBy(db, 'stage', range)]);
  return {
    total: stage.reduce((n, r) => n + r.count, 0),
    bySeverity: severity.map((r) => ({ severity: r.key, count: r.count })),
    byParty: party.map((r) => ({ party: r.key, count: r.count })),
    byCause: cause.map((r) => ({ cause: r.key, count: r.count })),
    byStage: stage.map((r) => ({ stage: r.key ?? '', count: r.count })),
  };
}
