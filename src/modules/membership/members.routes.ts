import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { auditContext } from '../../platform/audit/audit.service';
import { actingStoreId } from '../../platform/auth/store-scope';
import { Page } from '../../platform/http/pagination';
import { customerContext } from '../customers/service-context';
import { issueCard } from './cards.service';
import {
  CustomerParams, EntriesQuery, IssueCardBody, LookupQuery, MemberCard, MemberView, RefundAnswer, RefundBody, SellPackageAnswer, SellPackageBody, TopUpAnswer, TopUpBody, Wallet, WalletEntry,
} from './membership.contracts';
import { lookupMember, memberView, walletEntries, walletOf } from './members.service';
import { sellPackage } from './packages.service';
import { refund, topUp } from './topups.service';

const tags = ['membership'];

/** /members: desk lookup, a member's cards, wallet and ledger; top-ups, refunds and package sales. */
export async function membersRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;

  r.get(
    '/members/lookup',
    { config: { access: 'members:read' }, schema: { tags, summary: 'Find a member by card number, phone, email or customer id (exact)', querystring: LookupQuery, response: { 200: MemberView } } },
    async (request) => lookupMember(deps, request.query.q),
  );

  r.get(
    '/members/:customerId',
    { config: { access: 'members:read' }, schema: { tags, summary: 'A member: masked customer, cards, balances, packages', params: CustomerParams, response: { 200: MemberView } } },
    async (request) => memberView(deps, request.params.customerId),
  );

  r.get(
    '/members/:customerId/wallet',
    { config: { access: 'members:read' }, schema: { tags, summary: 'A member\'s chain-wide balances', params: CustomerParams, response: { 200: Wallet } } },
    async (request) => walletOf(deps, request.params.customerId),
  );

  r.get(
    '/members/:customerId/wallet/entries',
    { config: { access: 'members:read' }, schema: { tags, summary: 'A member\'s ledger, newest first', params: CustomerParams, querystring: EntriesQuery, response: { 200: Page(WalletEntry) } } },
    async (request) => walletEntries(deps, request.params.customerId, request.query),
  );

  r.post(
    '/members/:customerId/cards',
    { config: { access: 'members:write' }, schema: { tags, summary: 'Issue a member card (number generated when absent)', params: CustomerParams, body: IssueCardBody, response: { 201: MemberCard } } },
    async (request, reply) => {
      // A store-bound user may issue a chain-wide card or one for its own store only.
      const storeId = request.body.storeId ? actingStoreId(request.principal, request.body.storeId) : null;
      return reply.status(201).send(await issueCard(deps, customerContext(request), request.params.customerId, { ...request.body, storeId }));
    },
  );

  r.post(
    '/members/:customerId/top-ups',
    { config: { access: 'wallets:operate' }, schema: { tags, summary: 'Top up cash (+ promotion bonus) at a store; idempotent with idempotencyKey', params: CustomerParams, body: TopUpBody, response: { 201: TopUpAnswer } } },
    async (request, reply) => {
      const storeId = actingStoreId(request.principal, request.body.storeId);
      return reply.status(201).send(await topUp(deps, auditContext(request), request.params.customerId, storeId, request.body));
    },
  );

  r.post(
    '/members/:customerId/refunds',
    { config: { access: 'wallets:refund' }, schema: { tags, summary: 'Refund cash at a store (bonus is forfeited pro rata; audited)', params: CustomerParams, body: RefundBody, response: { 201: RefundAnswer } } },
    async (request, reply) => {
      const storeId = actingStoreId(request.principal, request.body.storeId);
      return reply.status(201).send(await refund(deps, auditContext(request), request.params.customerId, storeId, request.body));
    },
  );

  r.post(
    '/members/:customerId/packages',
    { config: { access: 'wallets:operate' }, schema: { tags, summary: 'Sell a time package, paid from the wallet or at the desk', params: CustomerParams, body: SellPackageBody, response: { 201: SellPackageAnswer } } },
    async (request, reply) => {
      const storeId = actingStoreId(request.principal, request.body.storeId);
      return reply.status(201).send(await sellPackage(deps, auditContext(request), request.params.customerId, storeId, request.body));
    },
  );
}
