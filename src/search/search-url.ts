import { emptySearch, type SearchState } from './search-state.js';

/**
 * SearchState → URL query string, the inverse of parseSearchParams: defaults are left out, so a shared link is short.
 *
 * `searchHref({ …emptySearch, q: 'coup', countries: ['NE'] })` → `'/?q=coup&country=NE'`
 */
export function searchQueryString(state: SearchState, options: { pageOnly?: boolean } = {}): string {
  const params = new URLSearchParams();
  if (state.q !== '') params.set('q', state.q);
  if (state.match !== emptySearch.match) params.set('match', state.match);
  for (const c of state.countries) params.append('country', c);
  for (const a of state.actors) params.append('actor', a);
  for (const c of state.notCountries) params.append('notCountry', c);
  for (const a of state.notActors) params.append('notActor', a);
  if (state.together) params.set('together', '1');
  if (state.allActors) params.set('allActors', '1');
  if (state.from !== null) params.set('from', state.from);
  if (state.to !== null) params.set('to', state.to);
  if (state.undated) params.set('undated', '1');
  if (state.mentioned !== null) params.set('mentioned', state.mentioned);
  if (state.sort !== emptySearch.sort) params.set('sort', state.sort);
  if (state.pageSize !== emptySearch.pageSize) params.set('pageSize', String(state.pageSize));
  if (state.page !== 1) params.set('page', String(state.page));
  if (options.pageOnly ?? true) {
    for (const f of state.expanded) params.append('more', f);
    if (state.actorQuery !== '') params.set('actorQuery', state.actorQuery);
  }
  return params.toString();
}

/**
 * Whether a page's query holds parameters that say nothing: empty ones and defaults, which a form without JavaScript
 * sends for every field left alone. The page then redirects to the same search's short address (searchHref), the one
 * its own links use, so a copied link is the same link however the search was made.
 *
 * `saysNothing(new URLSearchParams('q=coup&sort=relevance&from=&to='))` → `true`; `saysNothing(new URLSearchParams('q=coup&sort=newest'))` → `false`
 */
export function saysNothing(query: URLSearchParams): boolean {
  for (const [name, value] of query) {
    if (value.trim() === '') return true;
    if (name === 'sort' && value === emptySearch.sort) return true;
    if (name === 'match' && value === emptySearch.match) return true;
    // Only the form's note of which query a mode was chosen for: read once, never part of an address.
    if (name === 'matchFor') return true;
    if (name === 'pageSize' && value === String(emptySearch.pageSize)) return true;
    if (name === 'page' && value === '1') return true;
  }
  return false;
}

/**
 * Whether the page's address says nothing in places (saysNothing) and its short address (searchHref) is another: the
 * second test makes a redirect that points back to itself impossible, whatever the parse keeps.
 *
 * `isShortenable('/?q=coup&from=', { …emptySearch, q: 'coup' })` → `true`; `isShortenable('/?q=coup', …)` → `false`
 */
export function isShortenable(originalUrl: string, state: SearchState): boolean {
  const at = originalUrl.indexOf('?');
  if (at < 0) return false;
  const query = new URLSearchParams(originalUrl.slice(at + 1));
  return saysNothing(query) && query.toString() !== searchQueryString(state);
}

export function searchHref(state: SearchState, base = '/'): string {
  const qs = searchQueryString(state);
  return qs === '' ? base : `${base}?${qs}`;
}

/** The same search elsewhere (export, feed, API): result-shaping parameters only, no page and page size. */
export function resultsHref(state: SearchState, base: string): string {
  const qs = resultsQueryString(state);
  return qs === '' ? base : `${base}?${qs}`;
}

/** resultsHref's query string: `resultsQueryString({ …emptySearch, q: 'oil', page: 3 })` → `'q=oil'` */
export function resultsQueryString(state: SearchState): string {
  return searchQueryString({ ...state, page: 1, pageSize: emptySearch.pageSize }, { pageOnly: false });
}

/**
 * The feed of a search: its filters and its page, not its order and page size, which are the feed's own (newest first,
 * 50 entries), so that one feed has one address. The page stays: a later page of the feed is another document, and
 * its address and Atom id must say which, or a reader would file its entries under the first page's id.
 *
 * `feedHref({ …emptySearch, q: 'coup', sort: 'oldest', page: 2 })` → `'/feed.atom?q=coup&page=2'`
 */
export function feedHref(state: SearchState): string {
  const qs = searchQueryString({ ...state, sort: emptySearch.sort, pageSize: emptySearch.pageSize }, { pageOnly: false });
  return qs === '' ? '/feed.atom' : `/feed.atom?${qs}`;
}

/**
 * A new search from this one: any change of filter or order goes back to page 1. A date range chosen replaces "No
 * date" (no undated article is in a range), and "No date" chosen replaces the range.
 *
 * `refine({ …emptySearch, undated: true, page: 3 }, { from: '1987-01-01', to: '1987-12-31' })` → `{ …, from: '1987-01-01', to: '1987-12-31', undated: false, page: 1 }`
 */
export function refine(state: SearchState, change: Partial<SearchState>): SearchState {
  const ranged = (change.from ?? null) !== null || (change.to ?? null) !== null;
  const dates = ranged ? { undated: false } : change.undated === true ? { from: null, to: null } : {};
  return { ...state, page: 1, ...dates, ...change };
}

export function toggle<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

export function without<T>(values: readonly T[], value: T): T[] {
  return values.filter((v) => v !== value);
}
