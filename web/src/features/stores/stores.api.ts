import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { CreateStoreRequest, Page, Store, StoreListQuery, UpdateStoreRequest } from '../../api/types';

export const storesKey = ['stores'] as const;

export const listStores = (query: StoreListQuery) => api.get<Page<Store>>('/stores', { ...query });
export const createStore = (body: CreateStoreRequest) => api.post<Store>('/stores', body);
export const updateStore = (id: string, body: UpdateStoreRequest) => api.patch<Store>(`/stores/${id}`, body);

/** Stores page by page ("load more"). */
export function useStoresInfinite(filters: { q?: string; active?: boolean }) {
  return useInfiniteQuery({
    queryKey: [...storesKey, 'list', filters],
    queryFn: ({ pageParam }) => listStores({ ...filters, limit: 50, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** The first 200 stores, for selects and counts. */
export function useStoreOptions(enabled = true) {
  return useQuery({ queryKey: [...storesKey, 'options'], queryFn: () => listStores({ limit: 200 }), enabled });
}
