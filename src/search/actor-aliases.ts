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
}

/** No alias file: the finder matches facet values only. */
export const noActorAliases: ActorAliases = { canonicalsMatching: () => [] };

export function actorAliases(actors: readonly AliasedActor[]): ActorAliases {
  return {
    canonicalsMatching(foldedQuery) {
      // One letter would name half the file ("e": EU, ECOWAS, ECB…): the facet values are enough for it.
      if (foldedQuery.replace(/[^\p{L}\p{N}]/gu, '').length < 2) return [];
      return actors.filter((a) => a.aliases.some((alias) => matchesWordPrefix(alias, foldedQuery))).map((a) => a.canonical);
    },
  };
}
