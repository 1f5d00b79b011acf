import type { SearchState } from './search-state.js';
import { matchesWordPrefix } from './word-prefix.js';

/** One actor of the alias file, as the server sees it: its canonical name (the facet value) and other names. */
export interface AliasedActor {
  canonical: string;
  aliases: readonly string[];
}

/** The alias file's other names of actors, for the actor finder. */
export interface ActorAliases {
  /**
   * Canonical names with an alias that the query starts (word by word, as facet values are matched), for queries of
   * two characters or more: the index holds "International Monetary Fund", never "IMF", and Meilisearch's facet
   * search knows no synonyms.
   *
   * `canonicalsMatching('ecow')` → `['Economic Community of West African States']`; `canonicalsMatching('fed')` →
   * `['Federal Reserve']`
   */
  canonicalsMatching(foldedQuery: string): string[];
  /**
   * The canonical name of an actor asked for by another name of the alias file, whatever its case or accents; the
   * name itself when it is no alias. The index holds only canonical names, so `actor=NATO` found nothing.
   *
   * `canonicalOf('nato')` → `'North Atlantic Treaty Organization'`; `canonicalOf('Kofi Annan')` → `'Kofi Annan'`
   */
  canonicalOf(name: string): string;
}

/** No alias file: the finder matches facet values only. */
export const noActorAliases: ActorAliases = { canonicalsMatching: () => [], canonicalOf: (name) => name };

/**
 * The finder's and the filters' view of the indexer's alias table (indexer/tag/aliases.ts): names resolve by its own
 * `lookup`, so a name the tagger files under an actor ("Organisation of Petroleum Exporting Countries", by its loose
 * key) is that actor in a filter too.
 */
export function actorAliases(table: { entries: readonly AliasedActor[]; lookup(name: string): { canonical: string } | undefined }): ActorAliases {
  const actors = table.entries;
  return {
    canonicalOf: (name) => table.lookup(name)?.canonical ?? name,
    canonicalsMatching(foldedQuery) {
      // One letter would name half the file ("e": EU, ECOWAS, ECB…): the facet values are enough for it.
      if (foldedQuery.replace(/[^\p{L}\p{N}]/gu, '').length < 2) return [];
      return actors.filter((a) => a.aliases.some((alias) => matchesWordPrefix(alias, foldedQuery))).map((a) => a.canonical);
    },
  };
}

/**
 * A search whose actor filters use canonical names: `actor=NATO` is `actor=North Atlantic Treaty Organization` (the
 * index holds only canonical names). The same object when nothing changes, so a route can tell (and redirect).
 *
 * `withCanonicalActors({ …, actors: ['NATO'] }, aliases).actors` → `['North Atlantic Treaty Organization']`
 */
export function withCanonicalActors(state: SearchState, aliases: ActorAliases): SearchState {
  const canonical = (names: string[]): string[] => [...new Set(names.map((n) => aliases.canonicalOf(n)))];
  const actors = canonical(state.actors);
  const notActors = canonical(state.notActors);
  const same = (a: string[], b: string[]): boolean => a.length === b.length && a.every((v, i) => v === b[i]);
  return same(actors, state.actors) && same(notActors, state.notActors) ? state : { ...state, actors, notActors };
}
