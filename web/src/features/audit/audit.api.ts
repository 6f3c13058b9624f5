import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { AuditEntry, AuditQuery, Page } from '../../api/types';

export type AuditFilters = Omit<AuditQuery, 'limit' | 'cursor'>;

export function useAuditInfinite(filters: AuditFilters) {
  return useInfiniteQuery({
    queryKey: ['audit', filters],
    queryFn: ({ pageParam }) => api.get<Page<AuditEntry>>('/audit', { ...filters, limit: 50, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
