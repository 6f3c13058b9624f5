import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import type { DecisionRequest, PlayerReport, ReportStatus, Sanction, SanctionSummary } from './moderation.types';

export const moderationKey = ['moderation'] as const;
const reportsKey = (status: ReportStatus) => [...moderationKey, 'reports', status] as const;
const sanctionsKey = (customerId: string) => [...moderationKey, 'sanctions', customerId] as const;

const enc = encodeURIComponent;

export const listReports = (status: ReportStatus, cursor?: string) => api.get<Page<PlayerReport>>('/player-reports', { status, cursor, limit: 50 });
export const decideReport = (id: string, body: DecisionRequest) => api.post<{ report: PlayerReport; sanction: Sanction | null }>(`/player-reports/${enc(id)}/decision`, body);
export const customerSanctions = (customerId: string) => api.get<{ items: Sanction[]; summary: SanctionSummary }>(`/customers/${enc(customerId)}/sanctions`);
export const revokeSanction = (id: string, reason: string) => api.post<Sanction>(`/sanctions/${enc(id)}/revoke`, { reason });

/** The moderation queue in one status, oldest first, page by page. */
export function useReports(status: ReportStatus) {
  return useInfiniteQuery({
    queryKey: reportsKey(status),
    queryFn: ({ pageParam }) => listReports(status, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** A profile's sanctions and counts (null: the account is on no profile). */
export function useCustomerSanctions(customerId: string | null, enabled = true) {
  return useQuery({ queryKey: sanctionsKey(customerId ?? ''), queryFn: () => customerSanctions(customerId!), enabled: enabled && Boolean(customerId) });
}

/** After a decision or a revocation: the queue in every status and the sanctions lists. */
function useRefreshModeration() {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: moderationKey });
}

export function useDecideReport(id: string) {
  const refresh = useRefreshModeration();
  return useMutation({ mutationFn: (body: DecisionRequest) => decideReport(id, body), onSuccess: refresh });
}

export function useRevokeSanction() {
  const refresh = useRefreshModeration();
  return useMutation({ mutationFn: ({ id, reason }: { id: string; reason: string }) => revokeSanction(id, reason), onSuccess: refresh });
}
