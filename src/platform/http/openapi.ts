import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';

/** OpenAPI 3.1 generated from route schemas at /api/openapi.json; interactive docs at /api/docs. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Guildhall API',
        version: '1',
        description:
          'Customer relationship and customer service for game businesses. Errors are RFC 9457 ' +
          'problem+json bodies with a stable `code`. Staff use the session cookie (send the CSRF ' +
          'token in `x-csrf-token` on writes); integrations use `Authorization: Bearer <api key>`.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'gh_session' },
          apiKey: { type: 'http', scheme: 'bearer' },
          seatToken: { type: 'http', scheme: 'bearer', bearerFormat: 'seat_…', description: 'A seat-client token (POST /api/v1/seats/{id}/client-token)' },
        },
      },
      security: [{ session: [] }, { apiKey: [] }],
    },
    hideUntagged: false,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
