import type { FastifyInstance } from 'fastify';
import { problemFor, sendProblem } from './problem';

/** Liveness, readiness (checks the database) and Prometheus metrics. */
export async function healthRoutes(app: FastifyInstance): Promise<void> {
  const hide = { schema: { hide: true } };
  app.get('/healthz', hide, async () => ({ status: 'ok' }));
  app.get('/readyz', hide, async (request, reply) => {
    try {
      await app.deps.database.ping();
      return { status: 'ready', database: app.deps.database.kind };
    } catch {
      return sendProblem(reply, problemFor('service_unavailable', request, 'The database is not reachable'));
    }
  });
  app.get('/metrics', hide, async (_request, reply) => {
    const { registry } = app.deps.metrics;
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}
