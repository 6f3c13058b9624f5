import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { auditContext } from '../../platform/audit/audit.service';
import { actingStoreId } from '../../platform/auth/store-scope';
import { Page } from '../../platform/http/pagination';
import { IdParams } from '../../platform/http/schemas';
import {
  ActiveListQuery, CreateProductBody, CreatePromotionBody, PackageProduct, PatchProductBody, PatchPromotionBody, PromotionPreview, PromotionPreviewQuery, TopupPromotion,
} from './membership.contracts';
import { previewPromotion } from './topups.service';
import { createProduct, createPromotion, listProducts, listPromotions, updateProduct, updatePromotion } from './wallet-products.service';

const tags = ['membership'];

/** /topup-promotions and /time-package-products: read by the desk, configured by venue managers. */
export async function walletProductsRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const deps = app.deps;

  r.get(
    '/topup-promotions',
    { config: { access: 'members:read' }, schema: { tags, summary: 'List top-up promotions', querystring: ActiveListQuery, response: { 200: Page(TopupPromotion) } } },
    async (request) => listPromotions(deps, request.query),
  );
  r.get(
    '/topup-promotions/preview',
    { config: { access: 'wallets:operate' }, schema: { tags, summary: 'The bonus a top-up of this amount would get at a store now', querystring: PromotionPreviewQuery, response: { 200: PromotionPreview } } },
    async (request) => previewPromotion(deps, actingStoreId(request.principal, request.query.storeId), request.query),
  );
  r.post(
    '/topup-promotions',
    { config: { access: 'venues:manage' }, schema: { tags, summary: 'Create a top-up promotion', body: CreatePromotionBody, response: { 201: TopupPromotion } } },
    async (request, reply) => reply.status(201).send(await createPromotion(deps, auditContext(request), request.body)),
  );
  r.patch(
    '/topup-promotions/:id',
    { config: { access: 'venues:manage' }, schema: { tags, summary: 'Change or deactivate a top-up promotion', params: IdParams, body: PatchPromotionBody, response: { 200: TopupPromotion } } },
    async (request) => updatePromotion(deps, auditContext(request), request.params.id, request.body),
  );

  r.get(
    '/time-package-products',
    { config: { access: 'members:read' }, schema: { tags, summary: 'List time package products', querystring: ActiveListQuery, response: { 200: Page(PackageProduct) } } },
    async (request) => listProducts(deps, request.query),
  );
  r.post(
    '/time-package-products',
    { config: { access: 'venues:manage' }, schema: { tags, summary: 'Create a time package product', body: CreateProductBody, response: { 201: PackageProduct } } },
    async (request, reply) => reply.status(201).send(await createProduct(deps, auditContext(request), request.body)),
  );
  r.patch(
    '/time-package-products/:id',
    { config: { access: 'venues:manage' }, schema: { tags, summary: 'Change or deactivate a time package product', params: IdParams, body: PatchProductBody, response: { 200: PackageProduct } } },
    async (request) => updateProduct(deps, auditContext(request), request.params.id, request.body),
  );
}
