import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { readableStoreId } from '../../platform/auth/store-scope';
import { Page } from '../../platform/http/pagination';
import { cashUp } from './cash-up.service';
import { CashUp, CashUpQuery, LedgerQuery } from './ledgers.contracts';
import { listLedger } from './ledgers.service';
import { WalletEntry } from './membership.contracts';

const tags = ['membership'];

/** /ledgers: store ledgers and the daily cash-up (store-bound users see their own store only). */
export async function ledgersRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;

  r.get(
    '/ledgers',
    { config: { access: 'ledgers:read' }, schema: { tags, summary: 'Wallet ledger entries of a store (or all stores), newest first', querystring: LedgerQuery, response: { 200: Page(WalletEntry) } } },
    async (request) => listLedger(deps, readableStoreId(request.principal, request.query.storeId), request.query),
  );

  r.get(
    '/ledgers/cash-up',
    { config: { access: 'ledgers:read' }, schema: { tags, summary: 'Daily cash-up of a store in its time zone', querystring: CashUpQuery, response: { 200: CashUp } } },
    async (request) => cashUp(deps, readableStoreId(request.principal, request.query.storeId), request.query.date),
  );
}
