import type { MultiSearchQuery, MultiSearchResponse, SearchForFacetValuesParams } from 'meilisearch';
import { articleFilter } from '../search/filter-adapter.js';
import { createMeiliClient } from './client.js';
import type { PassageDocument } from './passage-document.js';

/**
 * The web server's one door to Meilisearch, holding a search-only key. Everything the server asks of the engine
 * goes through here, so timeouts, keep-alive and errors are handled in one place.
 */
export interface SearchClient {
  multiSearch(queries: MultiSearchQuery[]): Promise<MultiSearchResponse<PassageDocument>>;
  /** Every passage of one article, in order. */
  passagesOf(articleId: string): Promise<PassageDocument[]>;
  /** Meilisearch facet search: values of one facet that start like `facetQuery`, within a search. */
  facetValues(params: SearchForFacetValuesParams): Promise<{ value: string; count: number }[]>;
  isHealthy(): Promise<boolean>;
  close(): void;
}

export function createSearchClient(options: { host: string; searchKey: string | undefined; index: string; timeoutMs: number }): SearchClient {
  const { client, http, close } = createMeiliClient({ host: options.host, apiKey: options.searchKey, timeoutMs: options.timeoutMs });
  const index = client.index<PassageDocument>(options.index);
  // Searches, the hot path, skip the meilisearch client and its per-request URL, Headers and AbortController
  // (−0.12 to −0.16 ms a search in A/B runs, docs/BENCHMARKS.md), on the same keep-alive sockets. Errors come
  // unwrapped (no MeilisearchRequestError around them), which isUnavailable and findApiError read alike.
  const multiSearchUrl = new URL('multi-search', options.host.endsWith('/') ? options.host : `${options.host}/`);
  const headers: Record<string, string> = options.searchKey !== undefined ? { authorization: `Bearer ${options.searchKey}` } : {};
  return {
    multiSearch: (queries) => http.postJson(multiSearchUrl, JSON.stringify({ queries }), { headers, timeoutMs: options.timeoutMs }) as Promise<MultiSearchResponse<PassageDocument>>,
    async passagesOf(articleId) {
      const res = await index.search('', { filter: articleFilter(articleId), sort: ['position:asc'], limit: 1000 });
      return res.hits;
    },
    async facetValues(params) {
      return (await index.searchForFacetValues(params)).facetHits;
    },
    async isHealthy() {
      try {
        return (await client.health()).status === 'available';
      } catch {
        return false;
      }
    },
    close,
  };
}
