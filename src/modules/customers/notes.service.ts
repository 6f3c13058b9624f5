import { inTransaction } from '../../platform/db/unit-of-work';
import type { Note } from './customer-records.contracts';
import { findCustomerById } from './customers.repository';
import * as repo from './notes.repository';
import { lockWritable, readable, type CustomerContext, type CustomerDeps } from './service-context';

const MAX_NOTES = 200;

function toNote(row: repo.NoteRow): Note {
  return { ...row, createdAt: row.createdAt.toISOString() };
}

/** A customer's latest notes (up to 200), newest first; older ones are on the timeline. */
export async function listNotes(deps: Pick<CustomerDeps, 'database'>, customerId: string): Promise<{ items: Note[] }> {
  readable(await findCustomerById(deps.database.db, customerId));
  return { items: (await repo.listNotes(deps.database.db, customerId, MAX_NOTES)).map(toNote) };
}

/** Adds a note by the caller; announced as `customer.note_added`. */
export async function addNote(deps: CustomerDeps, ctx: CustomerContext, customerId: string, body: string): Promise<Note> {
  return inTransaction(deps, async (tx, outbox) => {
    await lockWritable(tx, customerId);
    const row = await repo.insertNote(tx, {
      id: deps.ids.uuid(),
      customerId,
      authorId: ctx.author.id,
      authorLabel: ctx.author.label,
      body,
      createdAt: deps.clock.now(),
    });
    outbox.add('customer.note_added', { customerId, noteId: row.id });
    return toNote(row);
  });
}
