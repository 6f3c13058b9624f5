import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import type { DecisionRequest, PlayerReport, ReportStatus, Sanction, SanctionFilter, SanctionPage } from './moderation.types';

export const moderationKey = ['moderation'] as const;
const reportsKey = (status: ReportStatus) => [...moderationKey, 'reports', status] as const;
const reportKey = (id: string) => [...moderationKey, 'report', id] as const;
const sanctionsKey = (filter: SanctionFilter) => [...moderationKey, 'sanctions', filter] as const;

const enc = encodeURIComponent;

export const listReports = (status: ReportStatus, cursor?: string) => api.get<Page<PlayerReport>>('/player-reports', { status, cursor, limit: 50 });
export const getReport = (id: string) => api.get<PlayerReport>(`/player-reports/${enc(id)}`);
export const decideReport = (id: string, body: DecisionRequest) => api.post<{ report: PlayerReport; sanction: Sanction | null }>(`/player-reports/${enc(id)}/decision`, body);
export const listSanctions = (filter: SanctionFilter, cursor?: string) => api.get<SanctionPage>('/sanctions', { ...filter, cursor, limit: 50 });
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

/** One report (the drawer, and `/moderation?report=<id>`). */
export function useReport(id: string | null) {
  return useQuery({ queryKey: reportKey(id ?? ''), queryFn: () => getReport(id!), enabled: Boolean(id) });
}

/** Puts a report already read (a queue row) in the cache, so its drawer opens without a wait. */
export function primeReport(client: QueryClient, report: PlayerReport): void {
  client.setQueryData(reportKey(report.id), report);
}

/** Sanctions matching the filters, newest first, page by page; every page carries the counts. */
export function useSanctions(filter: SanctionFilter) {
  return useInfiniteQuery({
    queryKey: sanctionsKey(filter),
    queryFn: ({ pageParam }) => listSanctions(filter, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** After a decision or a revocation: the queue in every status, the reports and the sanctions lists. */
function useRefreshModeration() {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: moderationKey });
}

export function useDecideReport(id: string) {
  const client = useQueryClient();
  const refresh = useRefreshModeration();
  return useMutation({
    mutationFn: (body: DecisionRequest) => decideReport(id, body),
    onSuccess: (r) => {
      primeReport(client, r.report);
      refresh();
    },
  });
}

export function useRevokeSanction() {
  const refresh = useRefreshModeration();
  return useMutation({ mutationFn: ({ id, reason }: { id: string; reason: string }) => revokeSanction(id, reason), onSuccess: refresh });
}
