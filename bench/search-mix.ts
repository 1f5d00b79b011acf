import type { Meilisearch } from 'meilisearch';
import { facetFields } from '../src/meili/index-settings.js';
import { planSearch } from '../src/search/search-request.js';
import { emptySearch, type SearchState } from '../src/search/search-state.js';
import { searchQueryString } from '../src/search/search-url.js';

/** One search of the benchmark mix, in the three shapes the benchmark sends it. */
export interface MixEntry {
  state: SearchState;
  /** `/?…` and `/api/search?…` take this query string. */
  query: string;
  /** The POST /multi-search body the server itself builds for this state (planSearch). */
  directBody: string;
}

/**
 * The benchmark's searches: words and phrases that hit the Reuters/Wikinews corpus, browsing without a query,
 * the corpus's most frequent countries and actors as filters, a date range, sorting and a second page, as people
 * use the page. Facet values are read from the index so the filters match something.
 *
 * `mixEntry({ …emptySearch, q: 'oil' }, 'idx')` → `{ query: 'q=oil', directBody: '{"queries":[{"indexUid":"idx","q":"oil",…}]}' }`
 */
export async function searchMix(client: Meilisearch, index: string): Promise<MixEntry[]> {
  const facets = (await client.index(index).search('', { facets: [facetFields.country, facetFields.actor], limit: 0 })).facetDistribution ?? {};
  const top = (field: string, n: number): string[] =>
    Object.entries(facets[field] ?? {})
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([value]) => value);
  const [c1 = 'US', c2 = 'JP', c3 = 'GB'] = top(facetFields.country, 3);
  const [a1, a2] = top(facetFields.actor, 2);
  const s = (change: Partial<SearchState>): SearchState => ({ ...emptySearch, ...change });
  const states: SearchState[] = [
    s({ q: 'oil' }),
    s({ q: 'trade deficit' }),
    s({}),
    s({ q: 'interest rates', countries: [c1] }),
    s({ q: 'wheat' }),
    s({ countries: [c2, c3] }),
    s({ q: 'election', sort: 'newest' }),
    s({ q: 'coffee prices' }),
    s({ q: '"central bank"' }),
    s({ q: 'shares', from: '1987-03-01', to: '1987-03-31' }),
    ...(a1 !== undefined ? [s({ actors: [a1] })] : []),
    ...(a2 !== undefined ? [s({ q: 'talks', actors: [a2] })] : []),
    s({ q: 'gold', page: 2 }),
    s({ q: 'dollar', countries: [c1], sort: 'oldest' }),
    s({ q: 'president' }),
    s({ q: 'merger acquisition' }),
  ];
  return states.map((state) => mixEntry(state, index));
}

export function mixEntry(state: SearchState, index: string): MixEntry {
  return { state, query: searchQueryString(state), directBody: JSON.stringify({ queries: planSearch(state, index).queries }) };
}
