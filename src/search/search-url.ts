import { emptySearch, type SearchState } from './search-state.js';

/**
 * SearchState → URL query string, the inverse of parseSearchParams: defaults are left out, so a shared link is short.
 *
 * `searchHref({ …emptySearch, q: 'coup', countries: ['NE'] })` → `'/?q=coup&country=NE'`
 */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q !== '') params.set('q', state.q);
  for (const c of state.countries) params.append('country', c);
  for (const a of state.actors) params.append('actor', a);
  if (state.from !== null) params.set('from', state.from);
  if (state.to !== null) params.set('to', state.to);
  if (state.sort !== emptySearch.sort) params.set('sort', state.sort);
  if (state.pageSize !== emptySearch.pageSize) params.set('pageSize', String(state.pageSize));
  if (state.page !== 1) params.set('page', String(state.page));
  return params.toString();
}

export function searchHref(state: SearchState, base = '/'): string {
  const qs = searchQueryString(state);
  return qs === '' ? base : `${base}?${qs}`;
}

/** A new search from this one: any change of filter or order goes back to page 1. */
export function refine(state: SearchState, change: Partial<SearchState>): SearchState {
  return { ...state, page: 1, ...change };
}

export function toggle(values: readonly string[], value: string): string[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}
