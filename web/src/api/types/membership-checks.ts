import type { Static, TSchema } from 'typebox';
import type * as M from '../../../../src/modules/membership/membership.contracts';
import type * as L from '../../../../src/modules/membership/ledgers.contracts';
import type { Same } from './common';
import type {
  CashUp, CreateProductRequest, CreatePromotionRequest, IssueCardRequest, MemberCard, MemberPackage, MemberView, PackageProduct, PromotionPreview, RefundRequest, RefundResponse,
  ReplaceCardRequest, ReplaceCardResponse, SellPackageRequest, SellPackageResponse, TopUpRequest, TopUpResponse, TopupPromotion, UpdateProductRequest, UpdatePromotionRequest, Wallet, WalletEntry,
} from './membership';

// ---- drift checks against the membership module's TypeBox contracts ----
// Each check fails to compile when a field is added, removed or changes type on the server.

type Narrows<Mine, Theirs> = [Mine] extends [Theirs] ? (Same<keyof Mine, keyof Theirs> extends true ? true : false) : false;
type Server<T extends TSchema> = Static<T>;

const membershipChecks: {
  card: Narrows<MemberCard, Server<typeof M.MemberCard>>;
  wallet: Narrows<Wallet, Server<typeof M.Wallet>>;
  memberPackage: Narrows<MemberPackage, Server<typeof M.MemberPackage>>;
  entry: Narrows<WalletEntry, Server<typeof M.WalletEntry>>;
  member: Narrows<MemberView, Server<typeof M.MemberView>>;
  issueCard: Narrows<IssueCardRequest, Server<typeof M.IssueCardBody>>;
  replaceCard: Narrows<ReplaceCardRequest, Server<typeof M.ReplaceCardBody>>;
  replaceAnswer: Narrows<ReplaceCardResponse, Server<typeof M.ReplaceCardAnswer>>;
  topUp: Narrows<TopUpRequest, Server<typeof M.TopUpBody>>;
  topUpAnswer: Narrows<TopUpResponse, Server<typeof M.TopUpAnswer>>;
  preview: Narrows<PromotionPreview, Server<typeof M.PromotionPreview>>;
  refund: Narrows<RefundRequest, Server<typeof M.RefundBody>>;
  refundAnswer: Narrows<RefundResponse, Server<typeof M.RefundAnswer>>;
  sell: Narrows<SellPackageRequest, Server<typeof M.SellPackageBody>>;
  sellAnswer: Narrows<SellPackageResponse, Server<typeof M.SellPackageAnswer>>;
  promotion: Narrows<TopupPromotion, Server<typeof M.TopupPromotion>>;
  createPromotion: Narrows<CreatePromotionRequest, Server<typeof M.CreatePromotionBody>>;
  updatePromotion: Narrows<UpdatePromotionRequest, Server<typeof M.PatchPromotionBody>>;
  product: Narrows<PackageProduct, Server<typeof M.PackageProduct>>;
  createProduct: Narrows<CreateProductRequest, Server<typeof M.CreateProductBody>>;
  updateProduct: Narrows<UpdateProductRequest, Server<typeof M.PatchProductBody>>;
  cashUp: Narrows<CashUp, Server<typeof L.CashUp>>;
} = {
  card: true,
  wallet: true,
  memberPackage: true,
  entry: true,
  member: true,
  issueCard: true,
  replaceCard: true,
  replaceAnswer: true,
  topUp: true,
  topUpAnswer: true,
  preview: true,
  refund: true,
  refundAnswer: true,
  sell: true,
  sellAnswer: true,
  promotion: true,
  createPromotion: true,
  updatePromotion: true,
  product: true,
  createProduct: true,
  updateProduct: true,
  cashUp: true,
};
void membershipChecks;
