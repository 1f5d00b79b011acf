import type { SearchState } from './search-state.js';
import { AppError } from '../web/app-error.js';
import { actorKey } from '../meili/passage-document.js';
import { matchesWordPrefix } from './word-prefix.js';

/** One actor of the alias file, as the server sees it: its canonical name (the facet value) and other names. */
export interface AliasedActor {
  canonical: string;
  aliases: readonly string[];
  /** Names that mean this actor only in some years (indexer/tag/aliases.ts): the finder offers it for them too. */
  eras?: readonly { names: readonly string[] }[];
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
  /**
   * A query with the long names of the alias file in their short form: Meilisearch matches multi-word synonyms of at
   * most three words, so "North Atlantic Treaty Organization" found only the articles that write it (1), where "NATO",
   * whose synonyms include the long name, finds both (33). Only names of four words or more, with a short form that is
   * a search synonym.
   *
   * `withShortForms('North Atlantic Treaty Organization summit')` → `'NATO summit'`
   *
   * And a hyphenated name of the alias file with spaces: the query reads a hyphenated word as a phrase
   * (query-words.ts), and a phrase gets no synonyms, so "al-Qaida" found the 10 articles that write it so, where "al
   * Qaida" finds the 100 of every spelling (a black-box review). `withShortForms('al-Qaida cells')` → `'al Qaida cells'`
   */
  withShortForms(q: string): string;
  /**
   * The actor a whole query names by a name of the alias file (its canonical name or another), or null. A search for
   * "UN" finds the articles that write "UN" (249 of the news corpus); most write "United Nations" or "U.N." (354), and
   * a name of two letters is no search synonym (it would match the everyday word): the page offers the actor instead.
   *
   * A name that is no search synonym (two letters, or an everyday word: "IS", "Fed", "WHO") names the actor only as
   * written with a capital: a search for "is" or "fed up" is no search for Islamic State or the Federal Reserve.
   *
   * `actorNamedBy('UN')` → `'United Nations'`; `actorNamedBy('UN sanctions')`, `actorNamedBy('"UN"')`, `actorNamedBy('is')` → `null`
   */
  actorNamedBy(q: string): string | null;
}

/** No alias file: the finder matches facet values only. */
export const noActorAliases: ActorAliases = { canonicalsMatching: () => [], canonicalOf: (name) => name, withShortForms: (q) => q, actorNamedBy: () => null };

/** The alias table's names of four words or more, each with the short form a query should carry, longest first. */
function shortForms(actors: readonly AliasedActor[], isSynonym: (name: string) => boolean): { long: RegExp; short: string }[] {
  const words = (name: string): number => name.split(/\s+/).filter((w) => w !== '').length;
  const forms: { long: RegExp; short: string; length: number }[] = [];
  for (const a of actors) {
    const names = [a.canonical, ...a.aliases];
    const short = names.filter((n) => words(n) <= 3 && isSynonym(n)).sort((x, y) => x.length - y.length)[0];
    if (short === undefined) continue;
    for (const n of names) {
      if (words(n) < 4) continue;
      const pattern = n.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
      forms.push({ long: new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'giu'), short, length: n.length });
    }
  }
  return forms.sort((x, y) => y.length - x.length).map(({ long, short }) => ({ long, short }));
}

/** One pattern of the alias table's hyphenated names that are search synonyms, whole words, any case; none: null. */
function hyphenatedNames(actors: readonly AliasedActor[], isSynonym: (name: string) => boolean): RegExp | null {
  const names = actors.flatMap((a) => [a.canonical, ...a.aliases]).filter((n) => n.includes('-') && isSynonym(n));
  if (names.length === 0) return null;
  const escaped = names.sort((x, y) => y.length - x.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${escaped.join('|')})(?![\\p{L}\\p{N}-])`, 'giu');
}

/**
 * The finder's and the filters' view of the indexer's alias table (indexer/tag/aliases.ts): names resolve by its own
 * `lookup`, so a name the tagger files under an actor ("Organisation of Petroleum Exporting Countries", by its loose
 * key) is that actor in a filter too.
 */
export function actorAliases(
  table: { entries: readonly AliasedActor[]; lookup(name: string): { canonical: string } | undefined },
  isSearchSynonym: (name: string) => boolean = () => true,
): ActorAliases {
  const actors = table.entries;
  const forms = shortForms(actors, isSearchSynonym);
  const hyphenated = hyphenatedNames(actors, isSearchSynonym);
  return {
    withShortForms(asked) {
      // Outside quotes only: a phrase the user quoted stays the phrase asked for.
      const q = hyphenated === null || !asked.includes('-') ? asked : asked.split(/("[^"]*"?)/).map((part, i) => (i % 2 === 1 ? part : part.replace(hyphenated, (name) => name.replace(/-/g, ' ')))).join('');
      if (q.split(/\s+/).length < 4) return q;
      const shorten = (text: string): string => forms.reduce((out, { long, short }) => out.replace(long, short), text);
      // Outside quotes everywhere; a quoted phrase only when it is the whole name, and then without its quotes: a
      // phrase gets no synonyms in Meilisearch, and "the NATO summit" would miss the articles that write it in full.
      return q
        .split(/("[^"]*"?)/)
        .map((part, i) => {
          if (i % 2 === 0) return shorten(part);
          const inner = part.replace(/^"|"$/g, '').trim();
          const short = shorten(inner);
          return short !== inner && !/\s/.test(short) ? short : part;
        })
        .join('');
    },
    canonicalOf: (name) => table.lookup(name)?.canonical ?? name,
    actorNamedBy(q) {
      // A name as typed: quotes and exclusions are search syntax, and a name is a few words.
      const name = q.trim();
      if (name === '' || /["“”„«»]|(^|\s)-/.test(name) || name.split(/\s+/).length > 6) return null;
      if (!/\p{Lu}/u.test(name) && !isSearchSynonym(name)) return null;
      return table.lookup(name)?.canonical ?? null;
    },
    canonicalsMatching(foldedQuery) {
      // One letter would name half the file ("e": EU, ECOWAS, ECB…): the facet values are enough for it.
      if (foldedQuery.replace(/[^\p{L}\p{N}]/gu, '').length < 2) return [];
      // (Era names too: "george bush" offers both Presidents Bush, whom the index files under their full names.)
      const named = (a: AliasedActor): boolean => a.aliases.some((alias) => matchesWordPrefix(alias, foldedQuery)) || (a.eras ?? []).some((era) => era.names.some((n) => matchesWordPrefix(n, foldedQuery)));
      return actors.filter(named).map((a) => a.canonical);
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
  // The same actor asked for and left out under two of its names finds nothing, silently (`actor=IMF&notActor=
  // International Monetary Fund`: a black-box review); under one name it is a 400 already (parseSearchParams).
  // (A name of no letter or figure has no key: it is no name of any actor.)
  const leftOut = new Set(notActors.map(actorKey).filter((key) => key !== ''));
  const both = actors.find((a) => leftOut.has(actorKey(a)));
  if (both !== undefined) throw AppError.badRequest(`actor and notActor both name ${JSON.stringify(both)}, under two of its names: expected an actor in one of them`);
  const same = (a: string[], b: string[]): boolean => a.length === b.length && a.every((v, i) => v === b[i]);
  return same(actors, state.actors) && same(notActors, state.notActors) ? state : { ...state, actors, notActors };
}
