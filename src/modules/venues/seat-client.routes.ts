import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { keepAlive } from '../../platform/realtime/live.routes';
import { liveHub } from '../../platform/realtime/live-hub';
import { seatClientStatus, seatFromAuthorization } from './seat-client.service';
import type { SeatRow } from './setup.repository';
import { SeatClientStatus } from './venues.contracts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The seat behind a seat-client token (seat-client routes only). */
    seatClient: SeatRow | null;
  }
}

const tags = ['seat-client'];
const headers = Type.Object({
  authorization: Type.String({ description: 'Bearer seat_… — the seat-client token issued by POST /seats/:id/client-token' }),
});
const seatOf = (request: FastifyRequest): SeatRow => request.seatClient!;

/**
 * The seat-client API (what the PC on the seat calls), authenticated by the seat's own token
 * rather than a staff session or API key: the routes are public to the auth plugin and this
 * plugin checks the token itself (401 `seat_token_invalid`).
 */
export async function seatClientRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;
  const hub = liveHub(app);
  app.decorateRequest('seatClient', null);
  app.addHook('onRequest', async (request) => {
    request.seatClient = await seatFromAuthorization(deps, request.headers.authorization);
  });

  r.get(
    '/seat-client/session',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'The session on this seat (seat-client token)',
        description: 'Authenticate with `Authorization: Bearer seat_…`. Answers the seat, the masked member, minutes left, balances and reminders reached.',
        headers,
        security: [{ seatToken: [] }],
        response: { 200: SeatClientStatus },
      },
    },
    async (request) => seatClientStatus(deps, seatOf(request)),
  );

  // Live status for the seat: a `status` message at once and after each session event of
  // the seat, and a `reminder` message when time runs low.
  app.get('/seat-client/live', { websocket: true, config: { access: 'public' } }, async (socket, request) => {
    const seat = seatOf(request);
    const sendStatus = async () => {
      const status = await seatClientStatus(deps, seat);
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify({ type: 'status', status }));
    };
    keepAlive(socket);
    const stop = hub.listen(`seat:${seat.id}`, (message) => {
      if (message.name === 'session.reminder' && socket.readyState === socket.OPEN) {
        socket.send(JSON.stringify({ type: 'reminder', minutesLeft: message.payload.minutesLeft, sessionId: message.payload.sessionId }));
      }
      sendStatus().catch((err) => request.log.warn({ err }, 'seat client status failed'));
    });
    socket.on('close', stop);
    await sendStatus();
  });
}
