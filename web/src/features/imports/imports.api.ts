import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, apiUpload, apiUrl } from '../../api/client';
import type { Import, ImportKind, ImportStatus, ImportWithPreview, Page, StartImportRequest } from '../../api/types';

export const importsKey = ['imports'] as const;
export const importKey = (id: string) => [...importsKey, 'one', id] as const;

const enc = encodeURIComponent;

/** Sends the CSV file as it is (text/csv); answers the detected format, columns and first rows. */
export const uploadImport = (kind: ImportKind, file: File, onProgress?: (fraction: number) => void) =>
  apiUpload<ImportWithPreview>('/imports', file, { query: { kind, fileName: file.name }, contentType: 'text/csv', onProgress });
export const getImport = (id: string) => api.get<ImportWithPreview>(`/imports/${enc(id)}`);
export const listImports = (cursor?: string) => api.get<Page<Import>>('/imports', { limit: 20, cursor });
export const startImport = (id: string, body: StartImportRequest) => api.post<Import>(`/imports/${enc(id)}/start`, body);
export const cancelImport = (id: string) => api.post<Import>(`/imports/${enc(id)}/cancel`);
/** The error report (line, field, reason), downloaded by the browser as an attachment. */
export const errorReportUrl = (id: string) => apiUrl(`/imports/${enc(id)}/errors.csv`);

export const isActive = (status: ImportStatus) => status === 'queued' || status === 'running';

/** One import; polled every second while it is queued or running. */
export function useImport(id: string | null) {
  return useQuery({
    queryKey: importKey(id ?? ''),
    queryFn: () => getImport(id!),
    enabled: Boolean(id),
    refetchInterval: (query) => (query.state.data && isActive(query.state.data.status) ? 1000 : false),
  });
}

/** Past imports, newest first; refreshed every few seconds while one of them runs. */
export function useImportsInfinite() {
  return useInfiniteQuery({
    queryKey: [...importsKey, 'list'],
    queryFn: ({ pageParam }) => listImports(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: (query) => (query.state.data?.pages.some((p) => p.items.some((i) => isActive(i.status))) ? 3000 : false),
  });
}
