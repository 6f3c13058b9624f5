import { NoBody } from '../../platform/auth/auth.contracts';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { IdParams } from '../../platform/http/schemas';
import { checkIn } from './check-in.service';
import { storeFloor } from './floor.service';
import { cancelReservation, createReservation, listReservations } from './reservations.service';
import { changeSeat, endSession, overrideSession } from './session-actions.service';
import { customerSessions, listSessions } from './session-queries.service';
import { venueContext } from './venue-context';
import {
  ChangeSeatBody,
  CheckInBody,
  CreateReservationBody,
  CustomerParams,
  Floor,
  OverrideBody,
  Reservation,
  ReservationListQuery,
  SeatSession,
  SessionList,
  SessionListQuery,
} from './venues.contracts';

const tags = ['venues'];
const operate = { access: 'sessions:operate' } as const;

/** The floor, seat sessions and reservations (sessions:operate; override needs sessions:override). */
export async function sessionsRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;

  r.get('/stores/:id/floor', { config: operate, schema: { tags, summary: 'Every seat of a store with its state', params: IdParams, response: { 200: Floor } } }, async (request) =>
    storeFloor(deps, venueContext(request), request.params.id),
  );
  r.get('/sessions', { config: operate, schema: { tags, summary: 'List seat sessions', querystring: SessionListQuery, response: { 200: SessionList } } }, async (request) =>
    listSessions(deps, venueContext(request), request.query),
  );
  r.post('/sessions', { config: operate, schema: { tags, summary: 'Check a member in on a seat', body: CheckInBody, response: { 201: SeatSession } } }, async (request, reply) =>
    reply.status(201).send(await checkIn(deps, venueContext(request), request.body)),
  );
  r.post('/sessions/:id/end', { config: operate, schema: { tags, summary: 'End a session (charges through now)', params: IdParams, body: NoBody, response: { 200: SeatSession } } }, async (request) =>
    endSession(deps, venueContext(request), request.params.id),
  );
  r.post(
    '/sessions/:id/change-seat',
    { config: operate, schema: { tags, summary: 'Move a session to another seat', params: IdParams, body: ChangeSeatBody, response: { 200: SeatSession } } },
    async (request) => changeSeat(deps, venueContext(request), request.params.id, request.body),
  );
  r.post(
    '/sessions/:id/override',
    { config: { access: 'sessions:override' }, schema: { tags, summary: 'Override a session with a reason (audited)', params: IdParams, body: OverrideBody, response: { 200: SeatSession } } },
    async (request) => overrideSession(deps, venueContext(request), request.params.id, request.body),
  );
  r.get(
    '/members/:customerId/sessions',
    { config: { access: 'members:read' }, schema: { tags, summary: "A member's seat sessions (chain-wide)", params: CustomerParams, response: { 200: SessionList } } },
    async (request) => customerSessions(deps, request.params.customerId),
  );
  r.get(
    '/reservations',
    { config: operate, schema: { tags, summary: 'List seat reservations', querystring: ReservationListQuery, response: { 200: Type.Object({ items: Type.Array(Reservation) }) } } },
    async (request) => listReservations(deps, venueContext(request), request.query),
  );
  r.post('/reservations', { config: operate, schema: { tags, summary: 'Reserve a seat', body: CreateReservationBody, response: { 201: Reservation } } }, async (request, reply) =>
    reply.status(201).send(await createReservation(deps, venueContext(request), request.body)),
  );
  r.post('/reservations/:id/cancel', { config: operate, schema: { tags, summary: 'Cancel a reservation', params: IdParams, body: NoBody, response: { 200: Reservation } } }, async (request) =>
    cancelReservation(deps, venueContext(request), request.params.id),
  );
}
