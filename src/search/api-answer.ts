import { isSelectedActor } from './actor-spellings.js';
import { MAX_VALUES_PER_FACET } from '../meili/index-settings.js';
import { charCount, clipChars } from '../text/char-count.js';
import { AppError } from '../web/app-error.js';
import { firstAndSelected, type SearchResults } from './search-results.js';
import { refuseUnknown, SEARCH_PARAMS } from './parse-search-params.js';
import type { SearchState } from './search-state.js';

/**
 * Facet values an API answer carries per facet unless `facetLimit` asks otherwise. Meilisearch counts up to
 * `maxValuesPerFacet` (200) values per facet; all of them made an answer of ~50 KB, three quarters facets, most of
 * which a client never shows (the page previews 8). Serialising and sending those bytes was the largest part of
 * the server's time per search (docs/BENCHMARKS.md). A client that wants more asks for up to 200.
 */
export const DEFAULT_FACET_LIMIT = 20;
export const MAX_FACET_LIMIT = MAX_VALUES_PER_FACET;

/** Every parameter `/api/search` takes: the search's and its own. */
export const API_SEARCH_PARAMS = [...SEARCH_PARAMS, 'matches', 'facetLimit'] as const;

/** What `/api/search` takes on top of the search parameters. */
export interface ApiOptions {
  /** Also list, per hit, the passages of its article that match (one more Meilisearch round trip). */
  matches: boolean;
  /** Values per facet, the most frequent first (selected values always included). */
  facetLimit: number;
}

export type ApiAnswer = Omit<SearchResults, 'processingTimeMs' | 'timeline'> & { timeline: Record<string, number> };

/**
 * Splits the API's own parameters from the search's, checking them; any parameter it does not take is refused here,
 * with the whole list of those it does (`API_SEARCH_PARAMS`).
 *
 * `parseApiOptions({ q: 'oil', facetLimit: '5' })` → `{ options: { matches: false, facetLimit: 5 }, search: { q: 'oil' } }`
 * `parseApiOptions({ facetLimit: 'all' })` → throws a 400: "facetLimit: expected a whole number from 0 to 200, got \"all\""
 * `parseApiOptions({ facetlimit: '5' })` → throws a 400: "unknown parameter \"facetlimit\": expected one of q, …, matches, facetLimit"
 */
export function parseApiOptions(query: Record<string, unknown>): { options: ApiOptions; search: Record<string, unknown> } {
  refuseUnknown(query, API_SEARCH_PARAMS);
  const { matches, facetLimit, ...search } = query;
  if (matches !== undefined && matches !== '' && matches !== '0' && matches !== '1') throw AppError.badRequest(`matches: expected 1 or 0, got ${describeValue(matches)}`);
  let limit = DEFAULT_FACET_LIMIT;
  if (facetLimit !== undefined && facetLimit !== '') {
    if (typeof facetLimit !== 'string' || !/^\d{1,4}$/.test(facetLimit) || Number(facetLimit) > MAX_FACET_LIMIT) {
      throw AppError.badRequest(`facetLimit: expected a whole number from 0 to ${MAX_FACET_LIMIT}, got ${describeValue(facetLimit)}`);
    }
    limit = Number(facetLimit);
  }
  return { options: { matches: matches === '1', facetLimit: limit }, search };
}

/**
 * Search results → the API's answer: each facet cut to its `limit` most frequent values (years: the newest, each
 * with all its months), plus any value the search selects, so a client can always show and remove its filters;
 * the timeline by year.
 *
 * `toApiAnswer({ …emptySearch, countries: ['NE'] }, results with countries US 9, FR 5, NE 1, 1)`
 *   → facets.country: `[US (9), NE (1)]`
 */
export function toApiAnswer(state: SearchState, results: SearchResults, limit: number): ApiAnswer {
  const { processingTimeMs: _time, timeline, facets, ...rest } = results;
  const mentionedYear = state.mentioned?.slice(0, 4);
  return {
    ...rest,
    facets: {
      country: firstAndSelected(facets.country, limit, (v) => state.countries.includes(v.value)),
      actor: firstAndSelected(facets.actor, limit, (v) => isSelectedActor(state.actors, v)),
      date: firstAndSelected(facets.date, limit, () => false),
      mentioned: firstAndSelected(facets.mentioned, limit, (v) => v.value === mentionedYear),
    },
    timeline: timeline.year,
  };
}

function describeValue(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(charCount(value) > 20 ? `${clipChars(value, 20)}…` : value) : 'several values';
}
