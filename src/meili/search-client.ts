import { MeilisearchRequestTimeOutError, type MultiSearchQuery, type MultiSearchResponse, type SearchForFacetValuesParams, type SearchResponse } from 'meilisearch';
import { articleFilter, earlierIdFilter } from '../search/filter-adapter.js';
import { createMeiliClient } from './client.js';
import { failureReason, findApiError } from './errors.js';
import { ONE_HIT_PER, ONE_HIT_PER_ARTICLE } from './index-settings.js';
import type { PassageDocument } from './passage-document.js';

/**
 * The web server's one door to Meilisearch, holding a search-only key. Everything the server asks of the engine
 * goes through here, so timeouts, keep-alive and errors are handled in one place.
 */
export interface SearchClient {
  /**
   * The moment one request's Meilisearch calls must be done by: the client's timeout from now. Calls given it share
   * that one timeout (a page that asks twice still answers, or fails, in time); calls without it get a whole timeout.
   */
  deadline(): number;
  multiSearch(queries: MultiSearchQuery[], deadline?: number): Promise<MultiSearchResponse<PassageDocument>>;
  /** Every passage of one article, in order. */
  passagesOf(articleId: string, deadline?: number): Promise<PassageDocument[]>;
  /** The id now of the article an earlier indexer filed under `earlierId` (PassageDocument.earlierArticleId), if any. */
  articleIdNow(earlierId: string, deadline?: number): Promise<string | undefined>;
  /** Meilisearch facet search: values of one facet that start like `facetQuery`, within a search. */
  facetValues(params: SearchForFacetValuesParams, deadline?: number): Promise<{ value: string; count: number }[]>;
  /** Whether Meilisearch answers, and whether this client can search its index with its key (within one timeout). */
  health(): Promise<SearchHealth>;
  close(): void;
}

export interface SearchHealth {
  /** Meilisearch answers its /health. */
  meilisearch: boolean;
  /** Why an empty search with the client's key on its index failed (`failureReason`); null: it worked. */
  searchFailure: string | null;
  /** The failure is only that the index does not exist yet (no indexing has run). */
  notIndexedYet: boolean;
}

/** How long the client collapses by article, after Meilisearch refused story keys, before it asks for them again. */
export const STORY_KEYS_RETRY_MS = 60_000;

/**
 * The queries with one hit per article instead of per story: `perArticle([{ distinct: 'storyKey', … }])` →
 * `[{ distinct: 'articleId', … }]`. For an index written before story keys (documents version 5), where the field is
 * not filterable and Meilisearch refuses it as `distinct`.
 */
export function perArticle(queries: readonly MultiSearchQuery[]): MultiSearchQuery[] {
  return queries.map((q) => (q.distinct === ONE_HIT_PER ? { ...q, distinct: ONE_HIT_PER_ARTICLE } : q));
}

/** Whether Meilisearch refused story keys as `distinct` (an index no indexer of this version has prepared). */
function refusedStoryKeys(error: unknown): boolean {
  const cause = findApiError(error)?.cause;
  return cause?.code === 'invalid_search_distinct' && (cause.message ?? '').includes(ONE_HIT_PER);
}

export function createSearchClient(options: { host: string; searchKey: string | undefined; index: string; timeoutMs: number }): SearchClient {
  const { client, http, close } = createMeiliClient({ host: options.host, apiKey: options.searchKey, timeoutMs: options.timeoutMs });
  // Every search goes straight to the keep-alive layer, skipping the meilisearch client and its per-request URL,
  // Headers and AbortController (−0.12 to −0.16 ms a search in A/B runs, docs/BENCHMARKS.md), each with its own
  // timeout. Errors come unwrapped (no MeilisearchRequestError around them), which isUnavailable and findApiError
  // read alike.
  const base = options.host.endsWith('/') ? options.host : `${options.host}/`;
  const multiSearchUrl = new URL('multi-search', base);
  const searchUrl = new URL(`indexes/${encodeURIComponent(options.index)}/search`, base);
  const facetSearchUrl = new URL(`indexes/${encodeURIComponent(options.index)}/facet-search`, base);
  const headers: Record<string, string> = options.searchKey !== undefined ? { authorization: `Bearer ${options.searchKey}` } : {};
  const post = (url: URL, body: unknown, deadline: number | undefined): Promise<unknown> => {
    const timeoutMs = deadline === undefined ? options.timeoutMs : Math.floor(deadline - Date.now());
    if (timeoutMs <= 0) return Promise.reject(new MeilisearchRequestTimeOutError(options.timeoutMs, { method: 'POST' }));
    return http.postJson(url, JSON.stringify(body), { headers, timeoutMs });
  };
  // Until when searches collapse by article: an index from before story keys (documents version 5) refuses them, and
  // a server upgraded before its index was re-indexed must still answer (copies of a story then show apart). Asked
  // again every STORY_KEYS_RETRY_MS, so a re-index is picked up without a restart.
  let perArticleUntil = 0;
  return {
    deadline: () => Date.now() + options.timeoutMs,
    async multiSearch(queries, deadline) {
      const search = (qs: MultiSearchQuery[]) => post(multiSearchUrl, { queries: qs }, deadline) as Promise<MultiSearchResponse<PassageDocument>>;
      if (Date.now() < perArticleUntil) return search(perArticle(queries));
      try {
        return await search(queries);
      } catch (error) {
        if (!refusedStoryKeys(error)) throw error;
        perArticleUntil = Date.now() + STORY_KEYS_RETRY_MS;
        return search(perArticle(queries));
      }
    },
    async passagesOf(articleId, deadline) {
      const res = (await post(searchUrl, { q: '', filter: articleFilter(articleId), sort: ['position:asc'], limit: 1000 }, deadline)) as SearchResponse<PassageDocument>;
      // The filter ignores case: the article "xK9a" must not show the passages of "Xk9A".
      return res.hits.filter((hit) => hit.articleId === articleId);
    },
    async articleIdNow(earlierId, deadline) {
      let res: SearchResponse<PassageDocument>;
      try {
        res = (await post(searchUrl, { q: '', filter: earlierIdFilter(earlierId), attributesToRetrieve: ['articleId', 'earlierArticleId'], limit: 20 }, deadline)) as SearchResponse<PassageDocument>;
      } catch (error) {
        // An index no indexer of this version has prepared yet: the field is not filterable there, and nothing moved.
        if (findApiError(error)?.cause?.code === 'invalid_search_filter') return undefined;
        throw error;
      }
      // The filter ignores case: "ID893" must not send a reader to the article once filed as "id893".
      return res.hits.find((hit) => hit.earlierArticleId === earlierId)?.articleId;
    },
    async facetValues(params, deadline) {
      return ((await post(facetSearchUrl, params, deadline)) as { facetHits: { value: string; count: number }[] }).facetHits;
    },
    async health() {
      // Meilisearch answering is not enough: a deleted or expired key, or a deleted index, fails every search while
      // /health says available. Both asked at once, the search within the client's timeout.
      const [meilisearch, failure] = await Promise.all([
        client.health().then((h) => h.status === 'available', () => false),
        post(searchUrl, { q: '', limit: 0 }, undefined).then(() => null, (error: unknown) => ({ reason: failureReason(error), notIndexedYet: findApiError(error)?.cause?.code === 'index_not_found' })),
      ]);
      return { meilisearch, searchFailure: failure?.reason ?? null, notIndexedYet: failure?.notIndexedYet ?? false };
    },
    close,
  };
}
