import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Customer, CustomerExportQuery, IdParams } from './customers.contracts';
import { DuplicatesAnswer, EraseBody, MergeAnswer, MergeBody } from './customer-privacy.contracts';
import { suggestDuplicates } from './customer-duplicates.service';
import { eraseCustomer } from './customer-erasure.service';
import { exportCustomerData, type ExportFile } from './customer-export.service';
import { exportCustomerCsv } from './customer-list-export.service';
import { mergeCustomers } from './customer-merge.service';
import { customerContext } from './service-context';
import { viewerOf } from './customer-view';

const tags = ['customers'];

function sendFile(reply: FastifyReply, file: ExportFile, type: string) {
  return reply.type(type).header('content-disposition', `attachment; filename="${file.fileName}"`).header('cache-control', 'no-store').send(file.body);
}

/** Duplicates and merge; data-subject export and erasure; the CSV export of the list. */
export async function customerPrivacyRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;

  r.get(
    '/customers/:id/duplicates',
    { config: { access: 'customers:read' }, schema: { tags, summary: 'Suggest possible duplicates', params: IdParams, response: { 200: DuplicatesAnswer } } },
    async (request) => suggestDuplicates(deps, viewerOf(request.principal), request.params.id),
  );

  r.post(
    '/customers/:id/merge',
    {
      config: { access: 'customers:merge' },
      schema: { tags, summary: 'Merge a duplicate into this customer (audited)', params: IdParams, body: MergeBody, response: { 200: MergeAnswer } },
    },
    async (request) => mergeCustomers(deps, customerContext(request), request.params.id, request.body.loserId),
  );

  r.get(
    '/customers/export.csv',
    { config: { access: 'customers:export' }, schema: { tags, summary: 'Export the filtered list as CSV, unmasked (audited)', querystring: CustomerExportQuery } },
    async (request, reply) => sendFile(reply, await exportCustomerCsv(deps, customerContext(request), request.query as CustomerExportQuery), 'text/csv; charset=utf-8'),
  );

  r.get(
    '/customers/:id/export',
    { config: { access: 'customers:export' }, schema: { tags, summary: 'Everything stored about a customer (audited)', params: IdParams } },
    async (request, reply) => sendFile(reply, await exportCustomerData(deps, customerContext(request), request.params.id), 'application/json; charset=utf-8'),
  );

  r.post(
    '/customers/:id/erase',
    {
      config: { access: 'customers:erase' },
      schema: { tags, summary: 'Erase the customer’s personal data (audited)', params: IdParams, body: EraseBody, response: { 200: Customer } },
    },
    async (request) => eraseCustomer(deps, customerContext(request), request.params.id, request.body.reason),
  );
}
