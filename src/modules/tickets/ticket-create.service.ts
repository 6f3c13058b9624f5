import { GroupBatcher, type Settled } from '../../platform/db/group-batcher';
import { inTransaction } from '../../platform/db/unit-of-work';
import { AppError } from '../../platform/http/app-error';
import type { Outbox } from '../../platform/bus/bus';
import type { Tx } from '../../platform/db/database';
import { actorRef, type TicketContext } from './ticket-context';
import { loadCreateRefs, type CreateRefs } from './ticket-create.refs';
import { assertAssignee, requesterSummaryReader } from './ticket-refs';
import { presentTicket } from './ticket-view';
import type { CreateTicketBody, Ticket } from './tickets.contracts';
import * as repo from './tickets.repository';
import { searchDocument } from './search-tokens';
import { statusAfterAssignment } from './rules/message-effects';
import { routingNoteRow, type RoutingDeps } from './routing/auto-assign';
import { insertMessages } from './ticket-messages.repository';
import { routeOnCreate } from './routing/route-on-create';

/** One ticket to create, its text trimmed and segmented before it queues. */
interface CreateJob {
  ctx: TicketContext;
  body: CreateTicketBody;
  subject: string;
  description: string;
  words: repo.TicketWords;
}

/**
 * Opens a ticket for a customer (staff, or an integration with `tickets:write`). The requester,
 * category, department, team and assignee are checked (400 naming which); a merged requester
 * leads to the profile it was merged into. Routing rules then fill what the caller left out
 * (department and team, priority; their tags are added), and a ticket with a team and no
 * assignee given is auto-assigned in the same transaction (docs/ticket-routing.md); a system
 * note says what routing did. A ticket created with an assignee starts `open`, otherwise `new`.
 * Announced as `ticket.created` after commit.
 *
 * Creates arriving together share a transaction (group commit, `GroupBatcher`): one commit,
 * one read of the rules and requesters, one INSERT for all of them. Each is still checked and
 * routed on its own, in arrival order, and a ticket that fails its checks fails alone.
 */
export async function createTicket(deps: RoutingDeps, ctx: TicketContext, body: CreateTicketBody): Promise<Ticket> {
  const subject = body.subject.trim();
  const description = body.description ?? '';
  const words = { subject: searchDocument(subject), description: searchDocument(description) };
  return creatorFor(deps).submit({ ctx, body, subject, description, words });
}

// One batcher per deps object (the app's, or a test's with its own clock or assigner).
const creators = new WeakMap<RoutingDeps, GroupBatcher<CreateJob, Ticket>>();

function creatorFor(deps: RoutingDeps): GroupBatcher<CreateJob, Ticket> {
  let creator = creators.get(deps);
  if (!creator) {
    // The embedded database has one connection: a second run would only wait for it.
    creator = new GroupBatcher((jobs) => createMany(deps, jobs), { maxBatch: 64, maxRunning: 1 });
    creators.set(deps, creator);
  }
  return creator;
}

/** Checks and routes one ticket, in the batch's transaction; answers its row to insert and routing note. */
async function prepare(deps: RoutingDeps, tx: Tx, refs: CreateRefs, job: CreateJob): Promise<{ row: repo.NewTicketRow; note: string | null }> {
  const { body, subject, description } = job;
  const requesterId = refs.requesterOf(body);
  const facts = refs.factsOf(body, requesterId);
  await assertAssignee(tx, body.assigneeId);
  const routed = await routeOnCreate(deps, tx, body, facts, { subject, description });
  const now = deps.clock.now();
  const row: repo.NewTicketRow = {
    id: deps.ids.uuid(),
    subject,
    description,
    channel: body.channel,
    categoryId: body.categoryId ?? null,
    priority: routed.priority,
    status: statusAfterAssignment('new', routed.assigneeId) ?? 'new',
    requesterId,
    ...routed.placement,
    assigneeId: routed.assigneeId,
    tags: routed.tags,
    custom: body.custom ?? {},
    createdBy: actorRef(job.ctx),
    createdAt: now,
    updatedAt: now,
  };
  return { row, note: routed.note };
}

/** Creates the jobs' tickets in one transaction; a job whose checks fail gets its error, the rest go ahead. */
async function createMany(deps: RoutingDeps, jobs: CreateJob[]): Promise<Settled<Ticket>[]> {
  const settled: Settled<repo.TicketRow>[] = await inTransaction(deps, async (tx, outbox) => {
    const refs = await loadCreateRefs(tx, jobs.map((j) => j.body));
    type Prepared = Awaited<ReturnType<typeof prepare>> & { words: repo.TicketWords };
    const prepared: (Prepared | AppError)[] = [];
    const rows: repo.TicketRow[] = [];
    let pending: Prepared[] = [];
    const insertPending = async () => {
      rows.push(...(await repo.insertTickets(tx, pending)));
      pending = [];
    };
    for (const job of jobs) {
      // The assigner counts each agent's open tickets: the ones assigned so far must be in the table.
      if (pending.some((p) => p.row.assigneeId)) await insertPending();
      const p = await prepare(deps, tx, refs, job).catch((err: unknown) => (err instanceof AppError ? err : Promise.reject(err)));
      const entry = p instanceof AppError ? p : { ...p, words: job.words };
      prepared.push(entry);
      if (!(entry instanceof AppError)) pending.push(entry);
    }
    await insertPending();
    const valid = prepared.filter((p): p is Prepared => !(p instanceof AppError));
    const notes = valid.flatMap((p, i) => (p.note ? [routingNoteRow(deps.ids, rows[i]!.id, p.note, rows[i]!.createdAt)] : []));
    if (notes.length > 0) await insertMessages(tx, notes);
    announce(outbox, rows);
    let next = 0;
    return prepared.map((p) => (p instanceof AppError ? { ok: false, error: p } : { ok: true, value: rows[next++]! }));
  });
  // Committed: from here a failure must not send the batch round again (it would create the tickets twice).
  try {
    // The creator gets the ticket back even when it went to a department it does not see.
    const summaries = await requesterSummaryReader(deps.database.db, settled.flatMap((s) => (s.ok ? [s.value.requesterId] : [])));
    return settled.map((s, i) => (s.ok ? { ok: true, value: presentTicket(s.value, summaries(jobs[i]!.ctx.viewer).get(s.value.requesterId), []) } : s));
  } catch (error) {
    return settled.map(() => ({ ok: false, error }));
  }
}

function announce(outbox: Outbox, rows: repo.TicketRow[]): void {
  for (const created of rows) {
    outbox.add('ticket.created', {
      ticketId: created.id,
      number: created.number,
      channel: created.channel,
      priority: created.priority,
      requesterId: created.requesterId,
      categoryId: created.categoryId,
      departmentId: created.departmentId,
      teamId: created.teamId,
      assigneeId: created.assigneeId,
    });
  }
}
