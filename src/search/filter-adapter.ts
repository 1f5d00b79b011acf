import { facetFields } from '../meili/index-settings.js';
import type { SearchState } from './search-state.js';

/**
 * A value inside a Meilisearch filter: always double-quoted, with `\` and `"` escaped, so that quotes, `OR`, `=`,
 * `TO`, brackets or newlines in a value are matched literally and can never widen the filter.
 *
 * `quoteFilterValue('Wagner" OR x = "1')` → `"Wagner\" OR x = \"1"`
 */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** `anyOf('articleActors', ['A', 'B'])` → `articleActors IN ["A", "B"]` */
export function anyOf(field: string, values: readonly string[]): string {
  return `${field} IN [${values.map(quoteFilterValue).join(', ')}]`;
}

export type FacetName = 'country' | 'actor' | 'date';

function dayStartEpoch(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 1000;
}

/**
 * The filter of a search, as an array Meilisearch ANDs together: one `IN [...]` per facet (its values ORed), and a
 * publication-date range. `except` leaves one facet out, for the disjunctive counts of that facet.
 *
 * `searchFilter({ countries: ['NE'], actors: [], from: '2023-07-01', to: null, … })`
 *   → `['articleCountries IN ["NE"]', 'publishedAt >= 1688169600']`
 */
export function searchFilter(state: SearchState, except?: FacetName): string[] {
  const filter: string[] = [];
  if (except !== 'country' && state.countries.length > 0) filter.push(anyOf(facetFields.country, state.countries));
  if (except !== 'actor' && state.actors.length > 0) filter.push(anyOf(facetFields.actor, state.actors));
  if (except !== 'date') {
    // Numbers computed from validated days, never text from the request.
    if (state.from !== null) filter.push(`publishedAt >= ${dayStartEpoch(state.from)}`);
    if (state.to !== null) filter.push(`publishedAt < ${dayStartEpoch(state.to) + 86_400}`);
  }
  return filter;
}

/** `articleId = "x"`: all passages of one article. */
export function articleFilter(articleId: string): string {
  return `articleId = ${quoteFilterValue(articleId)}`;
}
