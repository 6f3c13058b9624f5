import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, apiUrl } from '../../api/client';
import type {
  AddIdentityRequest,
  CreateCustomerRequest,
  CreateCustomFieldRequest,
  CreateNoteRequest,
  CreateSavedViewRequest,
  Customer,
  CustomerListQuery,
  CustomerSearchResponse,
  CustomerSort,
  CustomerSummary,
  CustomerViewFilters,
  CustomField,
  DuplicatesResponse,
  MergeResponse,
  Identity,
  Note,
  Page,
  RevealResponse,
  SavedView,
  TimelineItem,
  TimelineQuery,
  UpdateCustomerRequest,
  UpdateCustomFieldRequest,
  UpdateSavedViewRequest,
} from '../../api/types';

export const customersKey = ['customers'] as const;
export const customerKey = (id: string) => [...customersKey, 'one', id] as const;
export const customerFieldsKey = ['customer-fields'] as const;
export const customerViewsKey = ['customer-views'] as const;

const enc = encodeURIComponent;

/** Filters and sort → the list's query string (`custom.<key>` flattened). */
export function listQuery(filters: CustomerViewFilters, sort: CustomerSort): CustomerListQuery {
  return { ...filters, sort };
}

export const listCustomers = (query: CustomerListQuery) => api.get<Page<CustomerSummary>>('/customers', { ...query });
export const searchCustomers = (q: string, limit = 20) => api.get<CustomerSearchResponse>('/customers/search', { q, limit });
export const getCustomer = (id: string) => api.get<Customer>(`/customers/${enc(id)}`);
export const createCustomer = (body: CreateCustomerRequest) => api.post<Customer>('/customers', body);
export const updateCustomer = (id: string, body: UpdateCustomerRequest) => api.patch<Customer>(`/customers/${enc(id)}`, body);
export const addIdentity = (id: string, body: AddIdentityRequest) => api.post<Identity>(`/customers/${enc(id)}/identities`, body);
export const removeIdentity = (id: string, identityId: string) => api.delete(`/customers/${enc(id)}/identities/${enc(identityId)}`);
export const revealCustomer = (id: string) => api.post<RevealResponse>(`/customers/${enc(id)}/reveal`);
export const listNotes = (id: string) => api.get<{ items: Note[] }>(`/customers/${enc(id)}/notes`).then((r) => r.items);
export const addNote = (id: string, body: CreateNoteRequest) => api.post<Note>(`/customers/${enc(id)}/notes`, body);
export const listTimeline = (id: string, query: TimelineQuery) => api.get<Page<TimelineItem>>(`/customers/${enc(id)}/timeline`, { ...query });

export const suggestDuplicates = (id: string) => api.get<DuplicatesResponse>(`/customers/${enc(id)}/duplicates`).then((r) => r.items);
/** Merges `loserId` into `winnerId`: the loser's identities, notes and events move to the winner. */
export const mergeCustomers = (winnerId: string, loserId: string) => api.post<MergeResponse>(`/customers/${enc(winnerId)}/merge`, { loserId });
export const eraseCustomer = (id: string, reason: string) => api.post<Customer>(`/customers/${enc(id)}/erase`, { reason });
/** Everything stored about one customer, as JSON (audited); downloaded by the browser. */
export const customerExportUrl = (id: string) => apiUrl(`/customers/${enc(id)}/export`);
/** The filtered list as CSV, unmasked (audited); the same filters and sort as the list. */
export const customersCsvUrl = (filters: CustomerViewFilters, sort: CustomerSort) => apiUrl('/customers/export.csv', { ...listQuery(filters, sort) } as Record<string, string | number | undefined>);

export function useDuplicates(id: string, enabled: boolean) {
  return useQuery({ queryKey: [...customerKey(id), 'duplicates'], queryFn: () => suggestDuplicates(id), enabled });
}

export const listCustomFields = () => api.get<{ items: CustomField[] }>('/customer-fields').then((r) => r.items);
export const createCustomField = (body: CreateCustomFieldRequest) => api.post<CustomField>('/customer-fields', body);
export const updateCustomField = (id: string, body: UpdateCustomFieldRequest) => api.patch<CustomField>(`/customer-fields/${enc(id)}`, body);
export const deleteCustomField = (id: string) => api.delete(`/customer-fields/${enc(id)}`);

export const listViews = () => api.get<{ items: SavedView[] }>('/customer-views').then((r) => r.items);
export const createView = (body: CreateSavedViewRequest) => api.post<SavedView>('/customer-views', body);
export const updateView = (id: string, body: UpdateSavedViewRequest) => api.patch<SavedView>(`/customer-views/${enc(id)}`, body);
export const deleteView = (id: string) => api.delete(`/customer-views/${enc(id)}`);

/** The filtered list, page by page ("load more"); the previous rows stay while new filters load. */
export function useCustomersInfinite(filters: CustomerViewFilters, sort: CustomerSort) {
  return useInfiniteQuery({
    queryKey: [...customersKey, 'list', filters, sort],
    queryFn: ({ pageParam }) => listCustomers({ ...listQuery(filters, sort), limit: 50, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** Quick search by phone, email, game account, card or name; off while `q` is empty. */
export function useCustomerSearch(q: string) {
  return useQuery({ queryKey: [...customersKey, 'search', q], queryFn: () => searchCustomers(q), enabled: q.length > 0 });
}

export function useCustomer(id: string) {
  return useQuery({ queryKey: customerKey(id), queryFn: () => getCustomer(id) });
}

export function useNotes(id: string) {
  return useQuery({ queryKey: [...customerKey(id), 'notes'], queryFn: () => listNotes(id) });
}

export type TimelineFilters = Omit<TimelineQuery, 'limit' | 'cursor'>;

export function useTimelineInfinite(id: string, filters: TimelineFilters) {
  return useInfiniteQuery({
    queryKey: [...customerKey(id), 'timeline', filters],
    queryFn: ({ pageParam }) => listTimeline(id, { ...filters, limit: 30, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** Custom field definitions, in their sort order. */
export function useCustomFields(enabled = true) {
  return useQuery({
    queryKey: customerFieldsKey,
    queryFn: listCustomFields,
    enabled,
    select: (items) => [...items].sort((a, b) => a.sortOrder - b.sortOrder || a.label.localeCompare(b.label)),
  });
}

export function useSavedViews() {
  return useQuery({ queryKey: customerViewsKey, queryFn: listViews });
}
