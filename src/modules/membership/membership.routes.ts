import type { FastifyInstance } from 'fastify';
import { cardsRoutes } from './cards.routes';
import { ledgersRoutes } from './ledgers.routes';
import { membersRoutes } from './members.routes';
import { walletProductsRoutes } from './wallet-products.routes';

/** The membership module's /api/v1 routes. */
export async function membershipRoutes(app: FastifyInstance): Promise<void> {
  await app.register(membersRoutes);
  await app.register(cardsRoutes);
  await app.register(walletProductsRoutes);
  await app.register(ledgersRoutes);
}
