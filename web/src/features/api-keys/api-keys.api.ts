import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApiKey, CreateApiKeyRequest, CreateApiKeyResponse, Page } from '../../api/types';

export const apiKeysKey = ['api-keys'] as const;

export const createApiKey = (body: CreateApiKeyRequest) => api.post<CreateApiKeyResponse>('/api-keys', body);
export const revokeApiKey = (id: string) => api.delete(`/api-keys/${id}`);

export function useApiKeysInfinite() {
  return useInfiniteQuery({
    queryKey: [...apiKeysKey, 'list'],
    queryFn: ({ pageParam }) => api.get<Page<ApiKey>>('/api-keys', { limit: 50, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
