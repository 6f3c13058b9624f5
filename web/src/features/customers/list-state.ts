import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { consentKinds, customerSorts, customerSources, type CustomerSort, type CustomerViewFilters } from '../../api/types';

export const DEFAULT_SORT: CustomerSort = '-createdAt';

const textKeys = ['tag', 'storeId', 'lastSeenFrom', 'lastSeenTo'] as const;
const numberKeys = ['minSpend', 'maxSpend'] as const;

/** The list's filters from the address bar (`?tag=vip&custom.vip_level=gold`), dropping what is not valid. */
export function filtersFromParams(params: URLSearchParams): CustomerViewFilters {
  const filters: CustomerViewFilters = {};
  for (const key of textKeys) {
    const v = params.get(key);
    if (v) filters[key] = v;
  }
  for (const key of numberKeys) {
    const v = params.get(key);
    if (v !== null && v !== '' && Number.isFinite(Number(v))) filters[key] = Number(v);
  }
  const source = params.get('source');
  if (source && (customerSources as readonly string[]).includes(source)) filters.source = source as CustomerViewFilters['source'];
  const consent = params.get('consent');
  if (consent && (consentKinds as readonly string[]).includes(consent)) filters.consent = consent as CustomerViewFilters['consent'];
  for (const [key, value] of params) {
    if (key.startsWith('custom.') && key.length > 7 && value !== '') filters[key as `custom.${string}`] = value;
  }
  return filters;
}

/** Filters with empty values removed, so equal filters compare equal. */
export function cleanFilters(filters: CustomerViewFilters): CustomerViewFilters {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== null && v !== '')) as CustomerViewFilters;
}

export function countFilters(filters: CustomerViewFilters): number {
  const keys = Object.keys(cleanFilters(filters));
  // A spend or last-seen range counts once.
  return new Set(keys.map((k) => (k === 'minSpend' || k === 'maxSpend' ? 'spend' : k === 'lastSeenFrom' || k === 'lastSeenTo' ? 'seen' : k))).size;
}

/**
 * The customer list's state, kept in the address bar so "back" from a profile returns to the
 * same search, filters, sort and view: `?q=` (quick search), filters, `sort`, `view`.
 */
export function useListState() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const sortParam = params.get('sort');
  const sort: CustomerSort = sortParam && (customerSorts as readonly string[]).includes(sortParam) ? (sortParam as CustomerSort) : DEFAULT_SORT;
  const q = params.get('q') ?? '';
  const viewId = params.get('view');

  const write = useCallback(
    (next: { q?: string; filters?: CustomerViewFilters; sort?: CustomerSort; viewId?: string | null }) => {
      setParams(
        (prev) => {
          const out = new URLSearchParams();
          const nq = next.q ?? prev.get('q') ?? '';
          if (nq) out.set('q', nq);
          const nf = next.filters ?? filtersFromParams(prev);
          for (const [k, v] of Object.entries(cleanFilters(nf))) out.set(k, String(v));
          const ns = next.sort ?? prev.get('sort');
          if (ns && ns !== DEFAULT_SORT) out.set('sort', ns);
          const nv = next.viewId === undefined ? prev.get('view') : next.viewId;
          if (nv) out.set('view', nv);
          return out;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  return {
    q,
    filters,
    sort,
    viewId,
    setQuery: (value: string) => write({ q: value }),
    /** Changing filters by hand leaves the saved view. */
    setFilters: (value: CustomerViewFilters) => write({ filters: value, viewId: null }),
    setSort: (value: CustomerSort) => write({ sort: value, viewId: null }),
    applyView: (id: string | null, value?: { filters: CustomerViewFilters; sort: CustomerSort }) =>
      write({ viewId: id, filters: value?.filters ?? {}, sort: value?.sort ?? DEFAULT_SORT }),
    selectView: (id: string) => write({ viewId: id }),
  };
}
