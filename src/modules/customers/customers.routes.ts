import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { NoBody } from '../../platform/auth/auth.contracts';
import { customerActivityRoutes } from './customer-activity.routes';
import { customerFieldsRoutes } from './customer-fields.routes';
import { customerListRoutes } from './customer-list.routes';
import { customerPrivacyRoutes } from './customer-privacy.routes';
import { savedViewsRoutes } from './saved-views.routes';
import {
  AddIdentityBody,
  CreateCustomerBody,
  Customer,
  Identity,
  IdentityParams,
  IdParams,
  PatchCustomerBody,
  RevealAnswer,
} from './customers.contracts';
import { createCustomer, getCustomer, updateCustomer } from './customers.service';
import { addIdentity, removeIdentity, revealCustomer } from './identities.service';
import { customerContext } from './service-context';
import { viewerOf } from './customer-view';

const tags = ['customers'];

/** The customers module's API: profiles and identities here; list, fields, views, notes, timeline, merge, export and erasure beside. */
export async function customersRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;

  await app.register(customerListRoutes);

  r.post(
    '/customers',
    { config: { access: 'customers:write' }, schema: { tags, summary: 'Create a customer', body: CreateCustomerBody, response: { 201: Customer } } },
    async (request, reply) => reply.status(201).send(await createCustomer(deps, customerContext(request), request.body)),
  );

  r.get(
    '/customers/:id',
    { config: { access: 'customers:read' }, schema: { tags, summary: 'Get a customer', params: IdParams, response: { 200: Customer } } },
    async (request) => getCustomer(deps, viewerOf(request.principal), request.params.id),
  );

  r.patch(
    '/customers/:id',
    {
      config: { access: 'customers:write' },
      schema: { tags, summary: 'Change a customer', params: IdParams, body: PatchCustomerBody, response: { 200: Customer } },
    },
    async (request) => updateCustomer(deps, customerContext(request), request.params.id, request.body),
  );

  r.post(
    '/customers/:id/identities',
    {
      config: { access: 'customers:write' },
      schema: { tags, summary: 'Add an identity', params: IdParams, body: AddIdentityBody, response: { 201: Identity } },
    },
    async (request, reply) => reply.status(201).send(await addIdentity(deps, customerContext(request), request.params.id, request.body)),
  );

  r.delete(
    '/customers/:id/identities/:identityId',
    { config: { access: 'customers:write' }, schema: { tags, summary: 'Remove an identity', params: IdentityParams } },
    async (request, reply) => {
      await removeIdentity(deps, customerContext(request), request.params.id, request.params.identityId);
      return reply.status(204).send();
    },
  );

  r.post(
    '/customers/:id/reveal',
    {
      config: { access: 'customers:pii' },
      schema: { tags, summary: 'Reveal personal data (audited)', params: IdParams, body: NoBody, response: { 200: RevealAnswer } },
    },
    async (request) => revealCustomer(deps, customerContext(request), request.params.id),
  );

  await app.register(customerActivityRoutes);
  await app.register(customerFieldsRoutes);
  await app.register(savedViewsRoutes);
  await app.register(customerPrivacyRoutes);
}
