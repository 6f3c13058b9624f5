import type { Db, Tx } from '../../platform/db/database';
import { findCredentialsByEmail, findUserById } from '../../platform/auth/users.repository';
import { AppError } from '../../platform/http/app-error';
import type { CustomerSummary } from '../customers/customers.contracts';
import { findCustomerById } from '../customers/customers.repository';
import { mergedInto } from '../customers/customer-erasure.repository';
import { summaryRowsWithContacts } from '../customers/customer-search.repository';
import { presentSummary, type Viewer } from '../customers/customer-view';
import { findDepartmentById, findTeamById } from '../organisation/departments.repository';
import { place, type Placement } from './rules/placement';

// The one place the tickets module looks at other modules' data: customers (requester and its
// masked summary), organisation (departments, teams) and staff users, each through functions
// those modules export. Nothing here reads their tables directly.

type Executor = Db | Tx;

/** The department a team belongs to (undefined: no such team). */
export async function teamDepartment(ex: Executor, teamId: string): Promise<string | undefined> {
  return (await findTeamById(ex, teamId))?.departmentId;
}

/**
 * A ticket's department and team after a change, checked: 400 `invalid_ticket_department` for
 * an unknown department, `invalid_ticket_team` for an unknown team or one outside the department.
 */
export async function resolvePlacement(ex: Executor, current: Placement, change: Partial<Placement>): Promise<Placement> {
  if (change.departmentId && !(await findDepartmentById(ex, change.departmentId))) throw new AppError('invalid_ticket_department');
  const teamDept = change.teamId ? await teamDepartment(ex, change.teamId) : undefined;
  if (change.teamId && !teamDept) throw new AppError('invalid_ticket_team');
  const result = place(current, change, teamDept);
  if (!result.ok) throw new AppError(result.reason, 'The team belongs to another department');
  return result.placement;
}

/** 400 `invalid_ticket_assignee` unless the user exists and is active. */
export async function assertAssignee(ex: Executor, userId: string | null | undefined): Promise<void> {
  if (!userId) return;
  const user = await findUserById(ex, userId);
  if (!user?.active) throw new AppError('invalid_ticket_assignee');
}

/**
 * The customer a ticket is for: a merged profile leads to the one it was merged into; an
 * unknown one is 400 `invalid_ticket_requester`, an erased one 409 `customer_erased`.
 */
export async function requesterFor(ex: Executor, customerId: string): Promise<string> {
  let id = customerId;
  for (let hops = 0; hops < 5; hops++) {
    const row = await findCustomerById(ex, id);
    if (!row) break;
    if (row.status === 'erased') throw new AppError('customer_erased');
    if (row.status !== 'merged' || !row.mergedInto) return row.id;
    id = row.mergedInto;
  }
  throw new AppError('invalid_ticket_requester');
}

/**
 * Active staff users with these emails (unknown addresses are ignored: a note may quote any
 * text). The users repository's one lookup by email is the login's, which also reads the
 * credentials; only the id and the active flag are kept from it.
 */
export async function staffIdsByEmail(ex: Executor, emails: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const email of emails) {
    const user = await findCredentialsByEmail(ex, email);
    if (user?.active) ids.push(user.id);
  }
  return ids;
}

/** 400 `invalid_mention` unless every id is an active staff user. */
export async function assertStaff(ex: Executor, ids: string[]): Promise<void> {
  for (const id of ids) {
    const user = await findUserById(ex, id);
    if (!user?.active) throw new AppError('invalid_mention', `No active staff user ${id}`, { userId: id });
  }
}

/** The requesters' customer summaries, masked for the viewer as the customers module decides: one query for any number. */
export async function requesterSummaries(ex: Executor, customerIds: string[], viewer: Viewer): Promise<Map<string, CustomerSummary>> {
  return (await requesterSummaryReader(ex, customerIds))(viewer);
}

/** The requesters' summaries read once (one query), to be masked for each viewer they are shown to. */
export async function requesterSummaryReader(ex: Executor, customerIds: string[]): Promise<(viewer: Viewer) => Map<string, CustomerSummary>> {
  const ids = [...new Set(customerIds)];
  if (ids.length === 0) return () => new Map();
  const rows = await summaryRowsWithContacts(ex, ids);
  return (viewer) => new Map(rows.map((r) => [r.customer.id, presentSummary(r.customer, r.contacts, r, viewer)]));
}

/** The customer and every profile merged into it (directly or through another), through the customers module. */
export async function customerAndMerged(tx: Tx, customerId: string): Promise<string[]> {
  return [customerId, ...(await mergedInto(tx, customerId))];
}
