export const SORT_ORDERS = ['relevance', 'newest', 'oldest'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** Everything a search is, as parsed from the URL: the page, the API and links all speak this. */
export interface SearchState {
  q: string;
  /** ISO 3166-1 alpha-2, upper case. Several: any of them (OR). */
  countries: string[];
  /** Canonical actor names. Several: any of them (OR). */
  actors: string[];
  /** Inclusive days, YYYY-MM-DD. */
  from: string | null;
  to: string | null;
  sort: SortOrder;
  page: number;
  pageSize: number;
}

export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 100;
/** Meilisearch's `pagination.maxTotalHits`: no page can reach past it. */
export const MAX_TOTAL_HITS = 10_000;

export const emptySearch: SearchState = { q: '', countries: [], actors: [], from: null, to: null, sort: 'relevance', page: 1, pageSize: DEFAULT_PAGE_SIZE };
