import { auditContext } from '../../platform/audit/audit.service';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { departmentsRoutes } from './departments.routes';
import { OrganisationSettings, PatchOrganisationBody } from './organisation.contracts';
import { getOrganisationSettings, updateOrganisationSettings } from './organisation.service';
import { storesRoutes } from './stores.routes';

const tags = ['organisation'];

/** The organisation module's API: settings here, plus stores, departments and teams. */
export async function organisationRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();

  r.get(
    '/organisation',
    { config: { access: 'org:read' }, schema: { tags, summary: 'Organisation settings', response: { 200: OrganisationSettings } } },
    async () => getOrganisationSettings(app.deps),
  );

  r.patch(
    '/organisation',
    {
      config: { access: 'org:manage' },
      schema: { tags, summary: 'Change organisation settings', body: PatchOrganisationBody, response: { 200: OrganisationSettings } },
    },
    async (request) => updateOrganisationSettings(app.deps, auditContext(request), request.body),
  );

  await app.register(storesRoutes);
  await app.register(departmentsRoutes);
}
