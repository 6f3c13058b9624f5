import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Page } from '../../platform/http/pagination';
import { CreateNoteBody, Note, NoteList, TimelineItem, TimelineQuery } from './customer-records.contracts';
import { IdParams } from './customers.contracts';
import { viewerOf } from './customer-view';
import { addNote, listNotes } from './notes.service';
import { customerContext } from './service-context';
import { customerTimeline } from './timeline.service';

const tags = ['customers'];

/** A customer's notes and timeline. */
export async function customerActivityRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;

  r.get(
    '/customers/:id/notes',
    { config: { access: 'customers:read' }, schema: { tags, summary: 'A customer’s notes', params: IdParams, response: { 200: NoteList } } },
    async (request) => listNotes(deps, request.params.id),
  );

  r.post(
    '/customers/:id/notes',
    { config: { access: 'customers:write' }, schema: { tags, summary: 'Add a note', params: IdParams, body: CreateNoteBody, response: { 201: Note } } },
    async (request, reply) => reply.status(201).send(await addNote(deps, customerContext(request), request.params.id, request.body.body)),
  );

  r.get(
    '/customers/:id/timeline',
    {
      config: { access: 'customers:read' },
      schema: { tags, summary: 'Events, notes and profile changes, newest first', params: IdParams, querystring: TimelineQuery, response: { 200: Page(TimelineItem) } },
    },
    async (request) => customerTimeline(deps, viewerOf(request.principal), request.params.id, request.query),
  );
}
