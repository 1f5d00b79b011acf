export const SORT_ORDERS = ['relevance', 'newest', 'oldest'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** How a query's words must match: every one (the default), or most of them, rarest first (Meilisearch's `frequency`). */
export const MATCH_MODES = ['all', 'most'] as const;
export type MatchMode = (typeof MATCH_MODES)[number];

export const FACET_NAMES = ['country', 'actor', 'published', 'mentioned'] as const;
export type FacetName = (typeof FACET_NAMES)[number];

/** Everything a search is, as parsed from the URL: the pages, the API, exports, feeds and links all speak this. */
export interface SearchState {
  q: string;
  /**
   * `all`: a passage holds every word of `q`. `most`: the words most articles share give way first, so a long query
   * that nothing matches in full still finds the articles with its rarest words, those with more of its words first.
   */
  match: MatchMode;
  /** ISO 3166-1 alpha-2, upper case. Several: any of them (OR). */
  countries: string[];
  /** Canonical actor names. Several: any of them (OR), all of them in the article with `allActors`, or all in one passage with `together`. */
  actors: string[];
  /** Excluded values (NOT). */
  notCountries: string[];
  notActors: string[];
  /** The selected actors must be named together in one passage, not merely in the same article. */
  together: boolean;
  /** Every selected actor must be named in the article (AND), not any of them (OR). `together` asks more: one passage. */
  allActors: boolean;
  /** Publication date range, inclusive days YYYY-MM-DD. */
  from: string | null;
  to: string | null;
  /**
   * Only articles with no publication date (`undated=1`). Never with `from` or `to`: an undated article is in no date
   * range, so a range drops it from the results unseen (22 of the 16,366 bench articles).
   */
  undated: boolean;
  /** A period the article talks about: YYYY or YYYY-MM. */
  mentioned: string | null;
  sort: SortOrder;
  page: number;
  pageSize: number;
  /** Page only: facet lists shown in full rather than their first values. */
  expanded: FacetName[];
  /** Page only: a search within the actor facet's values. */
  actorQuery: string;
  /**
   * Never in an address: the countries the search service reads from `q` (country-words.ts: "US" in capitals), each
   * of which a passage must name.
   */
  passageCountries?: string[];
  /**
   * Never in an address: the passages holding an excluded phrase that Meilisearch misreads (query-words.ts'
   * misreadExclusions), which the search service found and leaves out by filter.
   */
  excludedPassages?: PassageRef[];
  /**
   * Never in an address: a page was given `undated=1` and dates, and the dates replaced it (parse's
   * `datesReplaceUndated`). The page says so, where it had dropped "No date" unsaid (a black-box review).
   */
  undatedReplaced?: true;
}

/** One passage: its article and its place in it. */
export interface PassageRef {
  articleId: string;
  position: number;
}

export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 100;
/** How deep pages go: no page reaches past the first 10,000 articles (a deep page makes Meilisearch rank them all). */
export const MAX_TOTAL_HITS = 10_000;
/**
 * Meilisearch's `pagination.maxTotalHits`: how far it counts a search's articles. At 10,000 (its default) the home page
 * of the 16,366 bench articles said "10,000 articles" (a black-box review found it); counting to 100,000 cost nothing
 * measurable there (the bench mix's direct p50 14.2 ms either way, 2026-11-24). A total at it reads "100,000+".
 */
export const MAX_COUNTED_HITS = 100_000;

/**
 * How deep exports go: as far as Meilisearch counts (MAX_COUNTED_HITS), in files of EXPORT_LIMIT. Deeper than the
 * pages, whose 10,000 had stopped the bench corpus's export at 10 files of its 17 (a black-box review): a file is a
 * one-off download, and its tenth of the bench corpus took 0.12 s to make (curl, 2026-11-25).
 */
export const MAX_EXPORTED_HITS = MAX_COUNTED_HITS;

/** A total as people read it: `formatTotal(16366)` → `'16,366'`; `formatTotal(100000)` → `'100,000+'` (counting stopped there). */
export function formatTotal(total: number): string {
  return `${total.toLocaleString('en')}${total >= MAX_COUNTED_HITS ? '+' : ''}`;
}

export const emptySearch: SearchState = {
  q: '',
  match: 'all',
  countries: [],
  actors: [],
  notCountries: [],
  notActors: [],
  together: false,
  allActors: false,
  from: null,
  to: null,
  undated: false,
  mentioned: null,
  sort: 'relevance',
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
  expanded: [],
  actorQuery: '',
};

export function hasFilters(state: SearchState): boolean {
  return (
    state.countries.length + state.actors.length + state.notCountries.length + state.notActors.length > 0 ||
    state.from !== null ||
    state.to !== null ||
    state.undated ||
    state.mentioned !== null
  );
}
