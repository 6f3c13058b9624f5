import type { FastifyInstance } from 'fastify';
import { seatClientRoutes } from './seat-client.routes';
import { sessionsRoutes } from './sessions.routes';
import { venueSetupRoutes } from './setup.routes';

/** The venues module's /api/v1 routes. */
export async function venuesRoutes(app: FastifyInstance): Promise<void> {
  await app.register(venueSetupRoutes);
  await app.register(sessionsRoutes);
  // Its own plugin: the seat-token hook must not run for the staff routes.
  await app.register(seatClientRoutes);
}
