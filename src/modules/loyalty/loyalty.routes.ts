import type { FastifyInstance } from 'fastify';
import { registerCashUpSection } from '../membership/cash-up.service';
import { loyaltyCatalogRoutes } from './loyalty-catalog.routes';
import { loyaltyConfigRoutes } from './loyalty-config.routes';
import { loyaltyMemberRoutes } from './loyalty-member.routes';
import { pointsTotals } from './points.repository';

/** The loyalty module's /api/v1 routes; also adds "points issued/redeemed" to the daily cash-up. */
export async function loyaltyRoutes(app: FastifyInstance): Promise<void> {
  registerCashUpSection('points', (db, range) => pointsTotals(db, range));
  await app.register(loyaltyConfigRoutes);
  await app.register(loyaltyCatalogRoutes);
  await app.register(loyaltyMemberRoutes);
}
