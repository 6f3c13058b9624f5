import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type {
  CashUp, CreateProductRequest, CreatePromotionRequest, IssueCardRequest, LedgerQuery, MemberCard, MemberView, PackageProduct, Page, PromotionPreview, RefundRequest, RefundResponse,
  ReplaceCardRequest, ReplaceCardResponse, SellPackageRequest, SellPackageResponse, TopUpRequest, TopUpResponse, TopupPromotion, UpdateProductRequest, UpdatePromotionRequest, WalletEntry,
} from '../../api/types';

export const membersKey = ['members'] as const;
export const walletProductsKey = ['wallet-products'] as const;
export const ledgersKey = ['ledgers'] as const;

export const lookupMember = (q: string) => api.get<MemberView>('/members/lookup', { q });
export const getMember = (customerId: string) => api.get<MemberView>(`/members/${customerId}`);
export const listWalletEntries = (customerId: string, cursor?: string) => api.get<Page<WalletEntry>>(`/members/${customerId}/wallet/entries`, { limit: 20, cursor });
export const issueCard = (customerId: string, body: IssueCardRequest) => api.post<MemberCard>(`/members/${customerId}/cards`, body);
export const changeCard = (cardId: string, action: 'freeze' | 'unfreeze' | 'report-lost') => api.post<MemberCard>(`/cards/${cardId}/${action}`, {});
export const replaceCard = (cardId: string, body: ReplaceCardRequest) => api.post<ReplaceCardResponse>(`/cards/${cardId}/replace`, body);
export const topUp = (customerId: string, body: TopUpRequest) => api.post<TopUpResponse>(`/members/${customerId}/top-ups`, body);
export const refund = (customerId: string, body: RefundRequest) => api.post<RefundResponse>(`/members/${customerId}/refunds`, body);
export const sellPackage = (customerId: string, body: SellPackageRequest) => api.post<SellPackageResponse>(`/members/${customerId}/packages`, body);
export const previewPromotion = (amountCents: number, storeId?: string) => api.get<PromotionPreview>('/topup-promotions/preview', { amountCents, storeId });

export const listPromotions = (cursor?: string) => api.get<Page<TopupPromotion>>('/topup-promotions', { limit: 200, cursor });
export const createPromotion = (body: CreatePromotionRequest) => api.post<TopupPromotion>('/topup-promotions', body);
export const updatePromotion = (id: string, body: UpdatePromotionRequest) => api.patch<TopupPromotion>(`/topup-promotions/${id}`, body);
export const listProducts = (active?: boolean) => api.get<Page<PackageProduct>>('/time-package-products', { limit: 200, active });
export const createProduct = (body: CreateProductRequest) => api.post<PackageProduct>('/time-package-products', body);
export const updateProduct = (id: string, body: UpdateProductRequest) => api.patch<PackageProduct>(`/time-package-products/${id}`, body);

export const getCashUp = (date: string, storeId?: string) => api.get<CashUp>('/ledgers/cash-up', { date, storeId });
export const listLedger = (query: LedgerQuery) => api.get<Page<WalletEntry>>('/ledgers', { ...query });

/** A member's card, balances and packages (chain-wide). */
export function useMember(customerId: string | null) {
  return useQuery({ queryKey: [...membersKey, customerId], queryFn: () => getMember(customerId!), enabled: Boolean(customerId) });
}

/** A member's ledger page by page, newest first. */
export function useWalletEntries(customerId: string) {
  return useInfiniteQuery({
    queryKey: [...membersKey, customerId, 'entries'],
    queryFn: ({ pageParam }) => listWalletEntries(customerId, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Time package products, active ones only for the desk. */
export function useProducts(active?: boolean) {
  return useQuery({ queryKey: [...walletProductsKey, 'products', active], queryFn: () => listProducts(active) });
}

export function usePromotions() {
  return useQuery({ queryKey: [...walletProductsKey, 'promotions'], queryFn: () => listPromotions() });
}
