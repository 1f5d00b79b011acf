import { readQuery } from './query-words.js';
import type { MultiSearchQuery } from 'meilisearch';
import { facetFields, ONE_HIT_PER } from '../meili/index-settings.js';
import { anyOf, searchFilter } from './filter-adapter.js';
import { quoteFilterValue } from '../meili/filter-value.js';
import { HIGHLIGHT_POST, HIGHLIGHT_PRE } from './highlight.js';
import { FACET_NAMES, type FacetName, type MatchMode, type SearchState } from './search-state.js';
import { histogramGranularity } from './histogram.js';

const RETRIEVED = ['id', 'articleId', 'position', 'passageCount', 'title', 'url', 'source', 'published', 'text', 'articleCountries', 'articleActors', 'articleDates'];
/**
 * A result page retrieves neither title nor text: Meilisearch puts every retrieved attribute in `_formatted` too,
 * and the highlighted title and cropped text come there anyway. Retrieving them would add each passage's whole
 * text to the answer (about half its bytes) only to be thrown away.
 */
const RETRIEVED_WITH_FORMATTED = RETRIEVED.filter((a) => a !== 'title' && a !== 'text');

/** The facet attributes each facet's counts come from. */
const FACET_ATTRIBUTES: Record<FacetName, string[]> = {
  country: [facetFields.country],
  // Not `articlePeople` (which actors are people): ~5 ms a search; the service asks for the kinds it shows instead.
  actor: [facetFields.actor],
  published: [facetFields.year, facetFields.month],
  mentioned: [facetFields.mentionedYear, facetFields.mentionedMonth],
};

/** Which queries of a multi-search answer what: the hits, then one facet-count query per facet with a selection. */
export interface SearchPlan {
  queries: MultiSearchQuery[];
  /** For each facet, the index of the query whose facetDistribution holds its counts. */
  facetSource: Record<FacetName, number>;
  /**
   * With a year or month of the "mentioned" facet chosen: the query whose counts of `mentionedMonths` hold that year's
   * months in full. The index counts 200 values a facet (MAX_VALUES_PER_FACET), the bench index's articles mention
   * 457 months, and the facet listed 3 of 2001's 11 (a black-box review).
   */
  chosenYearMonths?: number;
}

function selected(state: SearchState, facet: FacetName): boolean {
  switch (facet) {
    case 'country':
      return state.countries.length > 0;
    case 'actor':
      return state.actors.length > 0;
    case 'published':
      return state.from !== null || state.to !== null || state.undated;
    case 'mentioned':
      return state.mentioned !== null;
  }
}

/**
 * SearchState → one Meilisearch multi-search. Disjunctive faceting as InstantSearch does it: the first query has
 * every filter and returns hits, the histogram and the counts of facets without a selection; each facet with a
 * selection gets a query without its own filter and no hits, so its counts show what picking another value would
 * add. One hit per story: `distinct: 'storyKey'` (ONE_HIT_PER) keeps the best passage of an article and its copies.
 *
 * `hitsPerPage`, never `limit`: measured on Meilisearch 1.21, with offset/limit paging the facet counts of a
 * distinct search are estimates over passages (19 for 5 articles); page/hitsPerPage counts articles exactly.
 */
/**
 * The query as Meilisearch should read it. A trailing space: Meilisearch reads the last word as a prefix (for
 * search as you type), and a search form sends whole words: "UN" matched "Union" and "under" (2,784 articles where
 * ~290 name the UN), "Fed" "federal".
 *
 * `meiliQuery('UN')` → `'UN '`; `meiliQuery('')` → `''`
 */
export function meiliQuery(q: string): string {
  return q === '' || /\s$/.test(q) ? q : `${q} `;
}

/**
 * How the query's words must match, as Meilisearch calls it. By default every word must be in the passage (its title
 * or text): Meilisearch's own default, `last`, drops words from the end until something matches, and "election
 * fraud Ukraine" counted every article about elections (466, where one has the three words), and so did the facets
 * and the exports. Asked for (`match=most`), `frequency`: the words most passages share give way first, so a long
 * question that nothing matches in full keeps its rarest words ("Bush met Blair": 0 with every word; 102 with most,
 * the articles naming Bush and Blair first). Meilisearch keeps the rarest word whatever happens: when the rarest words
 * are equally rare and no article has them all, it finds nothing either (then it is not offered). `last` was tried for
 * it and kept the common words of a question's start ("Bush met" before "Blair").
 */
const MATCHING_STRATEGY = { all: 'all', most: 'frequency' } as const satisfies Record<MatchMode, string>;

/** A query and how its words must match: a SearchState is one. */
export type QueryWords = Pick<SearchState, 'q' | 'match'>;

/**
 * The query text and how its words must match, as every search of the product sends them: `searchWords('UN')` →
 * `{ q: 'UN ', matchingStrategy: 'all' }`; `searchWords({ q: 'Bush met Blair', match: 'most' })` → `{ q: 'Bush met Blair ', matchingStrategy: 'frequency' }`
 */
export function searchWords(words: string | QueryWords): { q: string; matchingStrategy: (typeof MATCHING_STRATEGY)[MatchMode] } {
  const { q, match } = typeof words === 'string' ? { q: words, match: 'all' as const } : words;
  // Curly quotes, possessives, Meilisearch's 10 words (what does not fit is shown to the user): query-words.ts.
  return { q: meiliQuery(readQuery(q).q), matchingStrategy: MATCHING_STRATEGY[match] };
}

/**
 * Whether a query has words to rank by: what Meilisearch gets (readQuery: no symbols, no invisible characters) and
 * not only exclusions. `hasWordsToRank('😀')` → `false`; `hasWordsToRank('-Iraq -"price war"')` → `false`; `hasWordsToRank('oil')` → `true`
 */
export function hasWordsToRank(q: string): boolean {
  return rankable(readQuery(q).q);
}

/** hasWordsToRank of a query already read (readQuery's `q`, as searchWords sends it): planSearch reads each query once. */
function rankable(sent: string): boolean {
  return sent
    .replace(/(^|\s)-"[^"]*"?/g, ' ')
    .split(/\s+/)
    .some((w) => /[\p{L}\p{N}]/u.test(w) && !w.startsWith('-'));
}

/**
 * A count of articles and no hits, for the counts the facets cannot give (a selected actor beyond the counted values,
 * "named together" counts, the actor finder's, who is a person): distinct by story (ONE_HIT_PER), the query's words as every
 * search sends them. `facets` when the count should also bring facet counts.
 *
 * `planArticleCount('passages', 'oil', ['articleActorKeys = "imf"'])`
 *   → `{ indexUid: 'passages', q: 'oil ', matchingStrategy: 'all', distinct: 'storyKey', filter: [...], hitsPerPage: 0 }`
 */
export function planArticleCount(index: string, words: string | QueryWords, filter: string[], facets?: string[]): MultiSearchQuery {
  return { indexUid: index, ...searchWords(words), distinct: ONE_HIT_PER, filter, hitsPerPage: 0, ...(facets !== undefined ? { facets } : {}) };
}

export function planSearch(state: SearchState, index: string, options: { export?: boolean } = {}): SearchPlan {
  const base = { indexUid: index, ...searchWords(state), distinct: ONE_HIT_PER };
  // Without a query there is nothing to rank by: "relevance" lists the newest first, as "Latest articles" promises
  // (it had listed the index's order, 1987's first: a web review).
  const newest = state.sort === 'newest' || (state.sort === 'relevance' && !rankable(base.q));
  const sort = newest ? { sort: ['publishedAt:desc'] } : state.sort === 'oldest' ? { sort: ['publishedAt:asc'] } : {};
  if (options.export ?? false) {
    // Exports and feeds cite whole passages: no crop, no highlight, no facets.
    return {
      queries: [{ ...base, filter: searchFilter(state), page: state.page, hitsPerPage: state.pageSize, attributesToRetrieve: RETRIEVED, ...sort }],
      facetSource: { country: 0, actor: 0, published: 0, mentioned: 0 },
    };
  }
  const histogramFacets = histogramGranularity(state) === 'day' ? [facetFields.day] : [];
  const main: MultiSearchQuery = {
    ...base,
    filter: searchFilter(state),
    facets: [...FACET_NAMES.flatMap((f) => FACET_ATTRIBUTES[f]), ...histogramFacets],
    page: state.page,
    hitsPerPage: state.pageSize,
    attributesToRetrieve: RETRIEVED_WITH_FORMATTED,
    attributesToHighlight: ['title', 'text'],
    highlightPreTag: HIGHLIGHT_PRE,
    highlightPostTag: HIGHLIGHT_POST,
    ...sort,
  };
  const queries: MultiSearchQuery[] = [main];
  const facetSource: Record<FacetName, number> = { country: 0, actor: 0, published: 0, mentioned: 0 };
  for (const facet of FACET_NAMES) {
    // Actors that must all be named (allActors, together) narrow as they are added: their counts are the results'
    // own, from the main query (a black-box review saw "Ronald Reagan" picked with "all of the actors" on, and the
    // facet still counting the whole collection).
    if (!selected(state, facet) || (facet === 'actor' && (state.allActors || state.together))) continue;
    facetSource[facet] = queries.length;
    queries.push({ ...base, filter: searchFilter(state, facet), facets: FACET_ATTRIBUTES[facet], hitsPerPage: 0 });
  }
  if (state.mentioned === null) return { queries, facetSource };
  // A year chosen: the results all mention it, and the main query's month counts are its months' own (a month of the
  // year cannot be mentioned without the year). A month chosen: the year's other months, without the month's filter.
  if (state.mentioned.length === 4) return { queries, facetSource, chosenYearMonths: 0 };
  const year = `${facetFields.mentionedYear} = ${quoteFilterValue(state.mentioned.slice(0, 4))}`;
  queries.push({ ...base, filter: [...searchFilter(state, 'mentioned'), year], facets: [facetFields.mentionedMonth], hitsPerPage: 0 });
  return { queries, facetSource, chosenYearMonths: queries.length - 1 };
}

/**
 * The passages that match the query in the articles of one result page: how many of each article's passages
 * matched, and where (for links into the article page). Only meaningful with a text query. Searched in the text
 * only: every passage carries its article's title, so a word of the title made every passage "match" ("6 more
 * matching passages" where 4 had the word).
 */
export function planPassageMatches(state: SearchState, index: string, articleIds: readonly string[]): MultiSearchQuery {
  return {
    indexUid: index,
    ...searchWords(state),
    attributesToSearchOn: ['text'],
    filter: [...searchFilter(state), anyOf('articleId', articleIds)],
    attributesToRetrieve: ['articleId', 'position'],
    limit: Math.min(1000, articleIds.length * 50),
  };
}

/**
 * The most passages an excluded phrase that Meilisearch misreads may hold (query-words.ts' misreadExclusions): each
 * goes into the filter by article and position (~10 KB and ~10 ms a search for 200 on the bench index).
 */
export const MAX_EXCLUDED_PASSAGES = 1000;

/**
 * The passages holding a phrase, as a search finds it (title or text, every word), one more than it may leave out so
 * that the service can tell there were too many.
 *
 * `planPhrasePassages('passages', 'George W. Bush')` → `{ indexUid: 'passages', q: '"George W. Bush" ', …, attributesToRetrieve: ['articleId', 'position'], limit: 1001 }`
 */
export function planPhrasePassages(index: string, phrase: string): MultiSearchQuery {
  return { indexUid: index, ...searchWords(`"${phrase}"`), attributesToRetrieve: ['articleId', 'position'], limit: MAX_EXCLUDED_PASSAGES + 1 };
}
