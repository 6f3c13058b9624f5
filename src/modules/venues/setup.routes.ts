import { NoBody } from '../../platform/auth/auth.contracts';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { Id, IdParams } from '../../platform/http/schemas';
import { createRate, deleteRate, getVenueSettings, listRates, updateVenueSettings } from './rates.service';
import { createSeats, createZone, deleteZone, issueSeatToken, storeLayout, updateSeat, updateZone } from './setup.service';
import { venueContext } from './venue-context';
import {
  CreateRateBody,
  CreateSeatsBody,
  CreateZoneBody,
  PatchSeatBody,
  PatchVenueSettingsBody,
  PatchZoneBody,
  Seat,
  SeatToken,
  StoreIdQuery,
  VenueSettings,
  Zone,
  ZoneRate,
} from './venues.contracts';

const tags = ['venues'];
const manage = { access: 'venues:manage' } as const;

/** Venue set-up (venues:manage): zones, seats, seat-client tokens, rates and settings. */
export async function venueSetupRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;

  r.get(
    '/venues/layout',
    { config: { access: 'sessions:operate' }, schema: { tags, summary: 'Zones and seats of a store', querystring: StoreIdQuery, response: { 200: Type.Object({ zones: Type.Array(Zone), seats: Type.Array(Seat) }) } } },
    async (request) => storeLayout(deps, venueContext(request), request.query.storeId),
  );
  r.post('/zones', { config: manage, schema: { tags, summary: 'Create a zone', body: CreateZoneBody, response: { 201: Zone } } }, async (request, reply) =>
    reply.status(201).send(await createZone(deps, venueContext(request), request.body)),
  );
  r.patch('/zones/:id', { config: manage, schema: { tags, summary: 'Change a zone', params: IdParams, body: PatchZoneBody, response: { 200: Zone } } }, async (request) =>
    updateZone(deps, venueContext(request), request.params.id, request.body),
  );
  r.delete('/zones/:id', { config: manage, schema: { tags, summary: 'Delete a zone without seats', params: IdParams } }, async (request, reply) => {
    await deleteZone(deps, venueContext(request), request.params.id);
    return reply.status(204).send();
  });
  r.get('/zones/:id/rates', { config: manage, schema: { tags, summary: 'Rate windows of a zone', params: IdParams, response: { 200: Type.Array(ZoneRate) } } }, async (request) =>
    listRates(deps, venueContext(request), request.params.id),
  );
  r.post(
    '/zones/:id/rates',
    { config: manage, schema: { tags, summary: 'Add a rate window', params: IdParams, body: CreateRateBody, response: { 201: ZoneRate } } },
    async (request, reply) => reply.status(201).send(await createRate(deps, venueContext(request), request.params.id, request.body)),
  );
  r.delete(
    '/zones/:id/rates/:rateId',
    { config: manage, schema: { tags, summary: 'Remove a rate window', params: Type.Object({ id: Id, rateId: Id }) } },
    async (request, reply) => {
      await deleteRate(deps, venueContext(request), request.params.id, request.params.rateId);
      return reply.status(204).send();
    },
  );
  r.post('/seats', { config: manage, schema: { tags, summary: 'Create a run of seats (A01–A20)', body: CreateSeatsBody, response: { 201: Type.Array(Seat) } } }, async (request, reply) =>
    reply.status(201).send(await createSeats(deps, venueContext(request), request.body)),
  );
  r.patch('/seats/:id', { config: manage, schema: { tags, summary: 'Change a seat (zone, label, position, maintenance)', params: IdParams, body: PatchSeatBody, response: { 200: Seat } } }, async (request) =>
    updateSeat(deps, venueContext(request), request.params.id, request.body),
  );
  r.post(
    '/seats/:id/client-token',
    { config: manage, schema: { tags, summary: 'Issue the seat-client token (shown once)', params: IdParams, body: NoBody, response: { 201: SeatToken } } },
    async (request, reply) => reply.status(201).send(await issueSeatToken(deps, venueContext(request), request.params.id)),
  );
  r.get('/venue-settings', { config: { access: 'sessions:operate' }, schema: { tags, summary: 'Venue rules', response: { 200: VenueSettings } } }, async () => getVenueSettings(deps));
  r.patch('/venue-settings', { config: manage, schema: { tags, summary: 'Change the venue rules', body: PatchVenueSettingsBody, response: { 200: VenueSettings } } }, async (request) =>
    updateVenueSettings(deps, venueContext(request), request.body),
  );
}
