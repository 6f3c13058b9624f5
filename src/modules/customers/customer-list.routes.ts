import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Page } from '../../platform/http/pagination';
import { CustomerListQuery, CustomerSearchAnswer, CustomerSearchQuery, CustomerSummary } from './customers.contracts';
import { listCustomers, searchCustomers } from './customer-list.service';
import { viewerOf } from './customer-view';

const tags = ['customers'];

/** GET /customers (filtered, sorted pages) and GET /customers/search (exact identity, then fuzzy name). */
export async function customerListRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;

  r.get(
    '/customers',
    { config: { access: 'customers:read' }, schema: { tags, summary: 'List customers', querystring: CustomerListQuery, response: { 200: Page(CustomerSummary) } } },
    async (request) => listCustomers(deps, viewerOf(request.principal), request.query as CustomerListQuery),
  );

  r.get(
    '/customers/search',
    {
      config: { access: 'customers:read' },
      schema: { tags, summary: 'Find customers by phone, email, identity or name', querystring: CustomerSearchQuery, response: { 200: CustomerSearchAnswer } },
    },
    async (request) => searchCustomers(deps, viewerOf(request.principal), request.query),
  );
}
