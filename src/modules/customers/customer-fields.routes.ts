import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { auditContext } from '../../platform/audit/audit.service';
import { CreateCustomFieldBody, CustomField, CustomFieldList, PatchCustomFieldBody } from './customer-records.contracts';
import { IdParams } from './customers.contracts';
import { createCustomField, deleteCustomField, listCustomFields, updateCustomField } from './customer-fields.service';

const tags = ['customers'];

/** /customer-fields: admin-defined fields on customer profiles. */
export async function customerFieldsRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;

  r.get(
    '/customer-fields',
    { config: { access: 'customers:read' }, schema: { tags, summary: 'Custom fields', response: { 200: CustomFieldList } } },
    async () => listCustomFields(deps),
  );

  r.post(
    '/customer-fields',
    { config: { access: 'customfields:manage' }, schema: { tags, summary: 'Define a custom field', body: CreateCustomFieldBody, response: { 201: CustomField } } },
    async (request, reply) => reply.status(201).send(await createCustomField(deps, auditContext(request), request.body)),
  );

  r.patch(
    '/customer-fields/:id',
    {
      config: { access: 'customfields:manage' },
      schema: { tags, summary: 'Change a custom field', params: IdParams, body: PatchCustomFieldBody, response: { 200: CustomField } },
    },
    async (request) => updateCustomField(deps, auditContext(request), request.params.id, request.body),
  );

  r.delete(
    '/customer-fields/:id',
    { config: { access: 'customfields:manage' }, schema: { tags, summary: 'Remove a custom field (values stay)', params: IdParams } },
    async (request, reply) => {
      await deleteCustomField(deps, auditContext(request), request.params.id);
      return reply.status(204).send();
    },
  );
}
