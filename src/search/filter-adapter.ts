import { actorGroups } from './actor-spellings.js';
import { facetFields } from '../meili/index-settings.js';
import type { FacetName, PassageRef, SearchState } from './search-state.js';
import { dayStartEpoch } from './calendar.js';
import { quoteFilterValue } from '../meili/filter-value.js';
import { actorKey } from '../meili/passage-document.js';

export { quoteFilterValue };

/** `anyOf('articleActors', ['A', 'B'])` → `articleActors IN ["A", "B"]` */
export function anyOf(field: string, values: readonly string[]): string {
  return `${field} IN [${values.map(quoteFilterValue).join(', ')}]`;
}

/** `noneOf('articleActors', ['A'])` → `articleActors NOT IN ["A"]` */
export function noneOf(field: string, values: readonly string[]): string {
  return `${field} NOT IN [${values.map(quoteFilterValue).join(', ')}]`;
}

/** `allInOnePassage('actors', ['A', 'B'])` → `actors = "A" AND actors = "B"` (passage-level field) */
export function allOf(field: string, values: readonly string[]): string {
  return values.map((v) => `${field} = ${quoteFilterValue(v)}`).join(' AND ');
}

/**
 * The filter of a search, as an array Meilisearch ANDs together: one `IN [...]` per facet (its values ORed), the
 * exclusions, a publication-date range (or no publication date) and the talked-about period. `except` leaves one facet's selection out,
 * for the disjunctive counts of that facet (its exclusions stay: an excluded value is never counted back in).
 * With `together`, the actors must share one passage: the passage-level `actors` field, each value ANDed; with
 * `allActors`, the article must name each of them.
 *
 * `searchFilter({ …emptySearch, countries: ['NE'], from: '2023-07-01' })`
 *   → `['articleCountries IN ["NE"]', 'publishedAt >= 1688169600']`
 */
export function searchFilter(state: SearchState, except?: FacetName): string[] {
  const filter: string[] = [];
  if (except !== 'country' && state.countries.length > 0) filter.push(anyOf(facetFields.country, state.countries));
  if (state.notCountries.length > 0) filter.push(noneOf(facetFields.country, state.notCountries));
  // Read from the query's words (country-words.ts): like words, each must be in the passage.
  if (state.passageCountries !== undefined && state.passageCountries.length > 0) filter.push(allOf(facetFields.passageCountry, state.passageCountries));
  if (except !== 'actor' && state.actors.length > 0) {
    // By the folded keys (actorKey), so that any spelling of an actor finds them all; together: each actor in one passage.
    const groups = actorGroups(state.actors);
    if (state.together && groups.length > 1) for (const group of groups) filter.push(anyOf(facetFields.passageActorKey, keysOf(group)));
    // All of them in the article: one condition per actor (any of its spellings), ANDed.
    else if (state.allActors && groups.length > 1) for (const group of groups) filter.push(anyOf(facetFields.actorKey, keysOf(group)));
    else filter.push(anyOf(facetFields.actorKey, keysOf(state.actors)));
  }
  if (state.notActors.length > 0) filter.push(noneOf(facetFields.actorKey, keysOf(state.notActors)));
  if (state.excludedPassages !== undefined && state.excludedPassages.length > 0) filter.push(noneOfPassages(state.excludedPassages));
  if (except !== 'published') {
    // Numbers computed from validated days, never text from the request.
    if (state.from !== null) filter.push(`publishedAt >= ${dayStartEpoch(state.from)}`);
    if (state.to !== null) filter.push(`publishedAt < ${dayStartEpoch(state.to) + 86_400}`);
    // The indexer writes `publishedAt: null` when it finds no date (documents.ts), never leaves the field out.
    if (state.undated) filter.push('publishedAt IS NULL');
  }
  if (except !== 'mentioned' && state.mentioned !== null) {
    filter.push(`${state.mentioned.length === 4 ? facetFields.mentionedYear : facetFields.mentionedMonth} = ${quoteFilterValue(state.mentioned)}`);
  }
  return filter;
}

/**
 * A filter that leaves out the passages named, by article and position (a passage's id is not filterable).
 * `noneOfPassages([{ articleId: 'a', position: 0 }, { articleId: 'a', position: 2 }])` → `'NOT ((articleId = "a" AND position IN [0, 2]))'`
 */
export function noneOfPassages(passages: readonly PassageRef[]): string {
  const positions = new Map<string, number[]>();
  for (const p of passages) {
    if (!Number.isInteger(p.position)) throw new TypeError(`expected a passage's position as a whole number, got ${String(p.position)}`);
    positions.set(p.articleId, [...(positions.get(p.articleId) ?? []), p.position]);
  }
  const each = [...positions].map(([articleId, at]) => `(articleId = ${quoteFilterValue(articleId)} AND position IN [${at.join(', ')}])`);
  return `NOT (${each.join(' OR ')})`;
}

/** `keysOf(['Hugo Chávez', 'Hugo Chavez'])` → `['hugo chavez']` */
export function keysOf(names: readonly string[]): string[] {
  return [...new Set(names.map(actorKey))];
}

/** `articleId = "x"`: all passages of one article. */
export function articleFilter(articleId: string): string {
  return `articleId = ${quoteFilterValue(articleId)}`;
}

/** The first passage of the article an earlier indexer filed under `earlierId`: `earlierArticleId = "ID893" AND position = 0`. */
export function earlierIdFilter(earlierId: string): string {
  return `earlierArticleId = ${quoteFilterValue(earlierId)} AND position = 0`;
}
