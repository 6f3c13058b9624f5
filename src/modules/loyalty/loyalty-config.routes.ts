import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { auditContext } from '../../platform/audit/audit.service';
import { IdParams } from '../../platform/http/schemas';
import * as rules from './earning-rules.service';
import {
  Campaign,
  CreateCampaignBody,
  CreateEarningRuleBody,
  CreateTierBody,
  EarningRule,
  LoyaltySettings,
  PatchCampaignBody,
  PatchEarningRuleBody,
  PatchLoyaltySettingsBody,
  PatchTierBody,
  Tier,
} from './loyalty-config.contracts';
import { getSettings, updateSettings } from './settings.service';
import * as tiers from './tiers.service';

const tags = ['loyalty'];
const manage = { access: 'loyalty:manage' } as const;
const read = { access: 'members:read' } as const;
const NoContent = Type.Null({ description: 'No content' });

/** /loyalty/rules, /loyalty/campaigns, /loyalty/tiers, /loyalty/settings: how points and tiers work. */
export async function loyaltyConfigRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;

  r.get('/loyalty/rules', { config: manage, schema: { tags, summary: 'List earning rules', response: { 200: Type.Object({ items: Type.Array(EarningRule) }) } } }, async () => rules.listRules(deps));
  r.post('/loyalty/rules', { config: manage, schema: { tags, summary: 'Create an earning rule', body: CreateEarningRuleBody, response: { 201: EarningRule } } }, async (request, reply) =>
    reply.status(201).send(await rules.createRule(deps, auditContext(request), request.body)),
  );
  r.patch('/loyalty/rules/:id', { config: manage, schema: { tags, summary: 'Change or deactivate an earning rule', params: IdParams, body: PatchEarningRuleBody, response: { 200: EarningRule } } }, async (request) =>
    rules.updateRule(deps, auditContext(request), request.params.id, request.body),
  );

  r.get('/loyalty/campaigns', { config: manage, schema: { tags, summary: 'List points campaigns', response: { 200: Type.Object({ items: Type.Array(Campaign) }) } } }, async () => rules.listCampaigns(deps));
  r.post('/loyalty/campaigns', { config: manage, schema: { tags, summary: 'Create a points campaign', body: CreateCampaignBody, response: { 201: Campaign } } }, async (request, reply) =>
    reply.status(201).send(await rules.createCampaign(deps, auditContext(request), request.body)),
  );
  r.patch('/loyalty/campaigns/:id', { config: manage, schema: { tags, summary: 'Change a points campaign', params: IdParams, body: PatchCampaignBody, response: { 200: Campaign } } }, async (request) =>
    rules.updateCampaign(deps, auditContext(request), request.params.id, request.body),
  );

  r.get('/loyalty/tiers', { config: read, schema: { tags, summary: 'List tiers with member counts', response: { 200: Type.Object({ items: Type.Array(Tier) }) } } }, async () => tiers.listTiers(deps));
  r.post('/loyalty/tiers', { config: manage, schema: { tags, summary: 'Create a tier', body: CreateTierBody, response: { 201: Tier } } }, async (request, reply) =>
    reply.status(201).send(await tiers.createTier(deps, auditContext(request), request.body)),
  );
  r.patch('/loyalty/tiers/:id', { config: manage, schema: { tags, summary: 'Change a tier', params: IdParams, body: PatchTierBody, response: { 200: Tier } } }, async (request) =>
    tiers.updateTier(deps, auditContext(request), request.params.id, request.body),
  );
  r.delete('/loyalty/tiers/:id', { config: manage, schema: { tags, summary: 'Delete a tier nobody holds', params: IdParams, response: { 204: NoContent } } }, async (request, reply) => {
    await tiers.deleteTier(deps, auditContext(request), request.params.id);
    return reply.status(204).send(null);
  });

  r.get('/loyalty/settings', { config: manage, schema: { tags, summary: 'Loyalty settings', response: { 200: LoyaltySettings } } }, async () => getSettings(deps));
  r.patch('/loyalty/settings', { config: manage, schema: { tags, summary: 'Change loyalty settings', body: PatchLoyaltySettingsBody, response: { 200: LoyaltySettings } } }, async (request) =>
    updateSettings(deps, auditContext(request), request.body),
  );
}
