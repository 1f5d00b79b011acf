import type { MultiSearchQuery } from 'meilisearch';
import { facetFields } from '../meili/index-settings.js';
import { searchFilter, type FacetName } from './filter-adapter.js';
import { HIGHLIGHT_POST, HIGHLIGHT_PRE } from './highlight.js';
import type { SearchState } from './search-state.js';

export const CROP_LENGTH = 40;

const RETRIEVED = ['id', 'articleId', 'position', 'passageCount', 'title', 'url', 'source', 'published', 'text', 'articleCountries', 'articleActors', 'articleDates'];

/** Which queries of a multi-search answer what: the hits, then one facet-count query per facet with a selection. */
export interface SearchPlan {
  queries: MultiSearchQuery[];
  /** For each facet, the index of the query whose facetDistribution holds its counts. */
  facetSource: Record<FacetName, number>;
}

/**
 * SearchState → one Meilisearch multi-search. Disjunctive faceting as InstantSearch does it: the first query has
 * every filter and returns hits and the counts of facets without a selection; each facet with a selection gets a
 * query without its own filter (no hits), so its counts show what picking another value would add.
 * One hit per article: `distinct: 'articleId'` keeps the article's best passage.
 */
export function planSearch(state: SearchState, index: string): SearchPlan {
  const base = { indexUid: index, q: state.q, distinct: 'articleId' };
  const main: MultiSearchQuery = {
    ...base,
    filter: searchFilter(state),
    facets: [facetFields.country, facetFields.actor, facetFields.year, facetFields.month],
    page: state.page,
    hitsPerPage: state.pageSize,
    attributesToRetrieve: RETRIEVED,
    attributesToHighlight: ['title', 'text'],
    highlightPreTag: HIGHLIGHT_PRE,
    highlightPostTag: HIGHLIGHT_POST,
    attributesToCrop: ['text'],
    cropLength: CROP_LENGTH,
    cropMarker: '…',
    ...(state.sort === 'newest' ? { sort: ['publishedAt:desc'] } : state.sort === 'oldest' ? { sort: ['publishedAt:asc'] } : {}),
  };
  const queries: MultiSearchQuery[] = [main];
  const facetSource: Record<FacetName, number> = { country: 0, actor: 0, date: 0 };
  const selected: Record<FacetName, boolean> = {
    country: state.countries.length > 0,
    actor: state.actors.length > 0,
    date: state.from !== null || state.to !== null,
  };
  const fieldsOf: Record<FacetName, string[]> = {
    country: [facetFields.country],
    actor: [facetFields.actor],
    date: [facetFields.year, facetFields.month],
  };
  for (const facet of ['country', 'actor', 'date'] as const) {
    if (!selected[facet]) continue;
    facetSource[facet] = queries.length;
    // `hitsPerPage: 0`, not `limit: 0`: measured on Meilisearch 1.21, with offset/limit paging the facet counts of a
    // distinct search are estimates over passages (19 for 5 articles); page/hitsPerPage counts articles exactly.
    queries.push({ ...base, filter: searchFilter(state, facet), facets: fieldsOf[facet], hitsPerPage: 0 });
  }
  return { queries, facetSource };
}
