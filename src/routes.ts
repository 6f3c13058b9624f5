import type { FastifyInstance } from 'fastify';

/** Every /api/v1 route plugin, registered in one place. Each route declares config.access. */
export async function apiRoutes(app: FastifyInstance): Promise<void> {
  void app;
}
