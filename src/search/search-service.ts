import { actorGroups, indexedSpelling, isSelectedActor, mergeSpellings, missingSelectedActors, spellingsOf } from './actor-spellings.js';
import type { MultiSearchQuery, MultiSearchResult } from 'meilisearch';
import { facetFields, ONE_HIT_PER } from '../meili/index-settings.js';
import { findApiError, isRefusedKey, isUnavailable } from '../meili/errors.js';
import { actorKey, type ActorKind, type PassageDocument } from '../meili/passage-document.js';
import type { SearchClient } from '../meili/search-client.js';
import { AppError } from '../web/app-error.js';
import { fold } from '../text/fold.js';
import { noActorAliases, type ActorAliases } from './actor-aliases.js';
import { matchesInitials, matchesNearly, matchesWordPrefix } from './word-prefix.js';
import { allOf, anyOf, articleFilter, keysOf, quoteFilterValue, searchFilter } from './filter-adapter.js';
import { MAX_EXCLUDED_PASSAGES, planArticleCount, planPassageMatches, planPhrasePassages, planSearch, searchWords } from './search-request.js';
import { articlesNaming, rankRelated, relatedQueries, storyCopiesQuery } from './related-articles.js';
import { createActorKinds } from './actor-kinds.js';
import { MAX_QUERY_WORDS, misreadExclusions, soughtParts, withoutOneWord } from './query-words.js';
import { countriesInQuery, type CountryWord } from './country-words.js';
import { countryName } from './country-names.js';
import { topCounts } from './top-counts.js';
import { firstAndSelected, toSearchResults, withActorKinds, withMatchedPassages, type ActorFacetValue, type SearchResults } from './search-results.js';
import { emptySearch, type PassageRef, type SearchState } from './search-state.js';

/**
 * The stories the routes tell, each a few Meilisearch round trips through the one search client. Meilisearch not
 * answering, answering that the index does not exist yet, or refusing the server's key, becomes a 503 here, once,
 * for every caller (the error middleware logs each with its cause).
 */
export interface SearchService {
  /** For a route that asks more than once: pass it to each call so the request as a whole keeps one timeout. */
  deadline(): number;
  /**
   * Hits, facets and histogram; with a text query, also which passages of each hit's article matched. `actorKinds`:
   * how many of the leading actor values (selected ones besides) get their kind, i.e. as many as the caller shows
   * (default all).
   */
  search(state: SearchState, options?: { matches?: boolean; export?: boolean; actorKinds?: number }): Promise<SearchResults>;
  /** Actor facet values that start like `state.actorQuery`, with exact article counts. */
  findActors(state: SearchState, deadline?: number): Promise<ActorFacetValue[]>;
  passagesOf(articleId: string, deadline?: number): Promise<PassageDocument[]>;
  /**
   * Where a search's words are in one article's passage texts, by passage position: Meilisearch's own matches (its
   * typos and synonyms, as the search found them; UTF-8 byte ranges, utf8-ranges.ts). Each word or phrase is looked
   * for on its own, so that a passage holding some of the words has those marked: one multi-search.
   */
  wordsIn(articleId: string, q: string, deadline?: number): Promise<Map<number, { start: number; length: number }[]>>;
  /** The id now of the article an earlier indexer filed under `earlierId`, if any (an old address of its page). */
  articleIdNow(earlierId: string, deadline?: number): Promise<string | undefined>;
  /**
   * Other articles naming the given actors (related-articles.ts), and, given the article's `storyKey`, the other
   * filings of its story: one round trip.
   */
  related(articleId: string, actors: readonly string[], options?: { limit?: number; deadline?: number; storyKey?: string | undefined }): Promise<{ articles: PassageDocument[]; copies: PassageDocument[] }>;
  /** `shown`: how many co-occurring actors the caller lists (those get kinds). */
  profile(entity: EntityRef, shown: number): Promise<EntityProfile>;
  /** Person or organisation, as the facets say it (actor-kinds.ts: the majority of the articles naming each). */
  actorKinds(names: readonly string[], deadline?: number): Promise<Map<string, ActorKind>>;
}

export type EntityRef = { kind: 'actor'; name: string } | { kind: 'country'; code: string };

export interface EntityProfile {
  total: number;
  timeline: { year: Record<string, number>; month: Record<string, number> };
  /** Passage-level co-occurrence: actors and countries named in the same passages as the entity. */
  withActors: Record<string, number>;
  withCountries: Record<string, number>;
  /** The kind of the entity (an actor) and of the `shown` first actors of `withActors` (topCounts' order). */
  actorKinds: Map<string, ActorKind>;
  latest: PassageDocument[];
  /** The actor's name as the index spells it, when it was asked for in another case ("george w. bush"). */
  indexedName?: string;
}

/**
 * An actor search's text as words to look for in article text, without what Meilisearch would read as syntax
 * (quotes make phrases, a leading minus excludes): `textFragment('"Tchi')` → `'Tchi'`; `textFragment('-al')` → `'al'`.
 */
export function textFragment(actorQuery: string): string {
  return actorQuery.replace(/"/g, ' ').replace(/(^|\s)-+/g, '$1').replace(/\s+/g, ' ').trim();
}

/**
 * At most this many passages of one article get a search's words marked: a bound, not a cut. The bench corpus's
 * longest article has 50 passages (16,474 articles parsed and chunked as the indexer does, 2026-11-25).
 */
const MAX_PASSAGES_MARKED = 1000;

/** How many actors a search that found nothing offers for a chosen actor no article names (withActorSuggestions). */
const ACTOR_SUGGESTIONS = 5;

/** How many actors a "named together" search counts exactly (withTogetherCounts): one multi-search of that many counts. */
export const TOGETHER_COUNTED = 20;

export function createSearchService(client: SearchClient, index: string, aliases: ActorAliases = noActorAliases): SearchService {
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (isUnavailable(error)) throw AppError.unavailable(error);
      const api = findApiError(error);
      if (api?.cause?.code === 'index_not_found') throw AppError.notIndexedYet(error);
      // An index from before the actor keys (documents version 2) cannot filter on them, nor one whose settings an
      // older indexer wrote back on story keys: a 503 that says why, not a 500.
      if (api?.cause?.code === 'invalid_search_filter' && /\b(?:articleActorKeys|actorKeys|storyKey)\b/.test(api.cause.message ?? '')) throw AppError.indexOutdated(error);
      if (isRefusedKey(error)) throw AppError.searchRefused(error);
      throw error;
    }
  };
  // Without a deadline a call gets the client's whole timeout; a story that asks in turn passes one to each call.
  const multi = (queries: MultiSearchQuery[], deadline?: number) =>
    guard(async () => (await client.multiSearch(queries, deadline)).results as MultiSearchResult<PassageDocument>[]);
  // Two exact counts of articles per actor value: naming it, and tagging it a person (see actor-kinds.ts). Distinct by
  // article: one long article's many passages must not outvote the others (twice the cost of counting passages:
  // ~35 ms for 20 values). Counts stop at the index's maxTotalHits (MAX_COUNTED_HITS, 100,000 articles); an actor named in more is
  // judged on capped counts.
  const actorKinds = createActorKinds(async (values, deadline) => {
    const count = (field: string, value: string): MultiSearchQuery => planArticleCount(index, '', [`${field} = ${quoteFilterValue(value)}`]);
    const answers = await multi(values.flatMap((value) => [count(facetFields.actor, value), count(facetFields.people, value)]), deadline);
    return new Map(values.map((value, i) => [value, { named: answers[2 * i]?.totalHits ?? 0, asPerson: answers[2 * i + 1]?.totalHits ?? 0 }]));
  });

  /** The results with `count` for the actor values `selected` picks. */
  const withSelectedCountedAs = (results: SearchResults, count: number, selected: (v: ActorFacetValue) => boolean): SearchResults => ({
    ...results,
    facets: { ...results.facets, actor: results.facets.actor.map((v) => (selected(v) ? { ...v, count } : v)) },
  });

  /**
   * The results with a facet value for each selected actor that Meilisearch's 200 counted values leave out
   * (missingSelectedActors). Where every result names it (the only actor asked for, or all of them required), its
   * count is the total; else, one actor among several any of which will do, it is counted: the other filters and it.
   *
   * Where every result names a selected actor, the total is also the count of its value when Meilisearch counted it:
   * the facet counts the articles that spell it as the value does, the filter those that spell it any way ("George W
   * Bush" as well as "George W. Bush"), and a spelling too rare to be among the counted values left the chosen value
   * at 141 over 142 results (a user review).
   */
  const withSelectedActors = async (state: SearchState, counted: SearchResults, deadline: number | undefined): Promise<SearchResults> => {
    const everyResult = actorGroups(state.actors).length === 1 || state.allActors || state.together;
    const results = everyResult && state.actors.length > 0 ? withSelectedCountedAs(counted, counted.total, (v) => isSelectedActor(state.actors, v)) : counted;
    const missing = missingSelectedActors(state.actors, results.facets.actor);
    if (missing.length === 0) return results;
    const counts = everyResult
      ? missing.map(() => results.total)
      : (await multi(missing.map((group) => planArticleCount(index, state, [...searchFilter(state, 'actor'), anyOf(facetFields.actorKey, keysOf(group))])), deadline)).map((a) => a.totalHits ?? 0);
    // Named as the articles spell it, where a hit names it ("hugo chavez" asked is "Hugo Chávez"): its kind is looked
    // up by that name, which filters match with its accents.
    const written = results.hits.flatMap((h) => h.actors);
    const added: ActorFacetValue[] = missing.map((group, i) => {
      const value = indexedSpelling(group, written);
      return { value, label: value, count: counts[i] ?? 0, ...(group.length > 1 ? { spellings: group } : {}) };
    });
    return { ...results, facets: { ...results.facets, actor: [...results.facets.actor, ...added] } };
  };

  /**
   * With "named together in one passage", the actor counts Meilisearch gives are of articles where one passage names
   * the selected actors and the value is named anywhere (its counts come from one representative passage per
   * article, with the article's actors), while picking the value asks for it in that same passage: "Congress 7" gave
   * 6 (a web review). So the values most often named with them (TOGETHER_COUNTED, by Meilisearch's count) are counted
   * exactly, each as the search it leads to, and the facet lists those that lead somewhere, the selected ones first.
   */
  const withTogetherCounts = async (state: SearchState, results: SearchResults, deadline: number | undefined): Promise<SearchResults> => {
    if (!state.together || state.actors.length === 0) return results;
    const picked = results.facets.actor.filter((v) => isSelectedActor(state.actors, v));
    const candidates = results.facets.actor.filter((v) => !isSelectedActor(state.actors, v)).slice(0, TOGETHER_COUNTED);
    if (candidates.length === 0) return results;
    const answers = await multi(
      candidates.map((v) => planArticleCount(index, state, searchFilter({ ...state, actors: [...state.actors, ...spellingsOf(v)] }))),
      deadline,
    );
    const counted = candidates.map((v, i) => ({ ...v, count: answers[i]?.totalHits ?? 0 })).filter((v) => v.count > 0);
    counted.sort((a, b) => b.count - a.count);
    return { ...results, facets: { ...results.facets, actor: [...picked, ...counted] } };
  };

  /**
   * A search that found nothing with several words: each query with one word left out, and (when every word had to
   * match) the query with most of its words, counted in one multi-search under the same filters (only then: a search
   * that finds something costs nothing more).
   */
  const withFewerWords = async (asked: SearchState, results: SearchResults, deadline: number | undefined, excluded: readonly PassageRef[] | undefined): Promise<SearchResults> => {
    if (results.total > 0) return results;
    const fewer = withoutOneWord(asked.q);
    if (fewer.length === 0) return results;
    // Each count as its search would be sent: a query left without "US" no longer asks for the country; the passages
    // of misread exclusions, found once for the search, left out again.
    const count = (q: string, match: SearchState['match']): MultiSearchQuery => {
      const sent = withExclusions(asSent({ ...asked, q, match }), excluded);
      return planArticleCount(index, sent, searchFilter(sent));
    };
    const most = asked.match === 'all' ? [count(asked.q, 'most')] : [];
    const answers = await multi([...fewer.map((f) => count(f.q, asked.match)), ...most], deadline);
    const counted = fewer.map((f, i) => ({ ...f, total: answers[i]?.totalHits ?? 0 })).filter((f) => f.total > 0);
    counted.sort((a, b) => b.total - a.total);
    const withMostWords = most.length > 0 ? (answers[fewer.length]?.totalHits ?? 0) : 0;
    return { ...results, withoutOneWord: counted.slice(0, 5), ...(withMostWords > 0 ? { withMostWords } : {}) };
  };

  /**
   * A search that found nothing, with a chosen actor that no article names at all ("Blair", typed into an address or
   * linked from elsewhere: actors are filed under full names), gets the actors whose names hold it, as the actor
   * finder finds them under the search's other filters, so that the page offers "Tony Blair" instead of a dead end (a
   * black-box review). One count for all the chosen actors, then the finder for those no article names: only then.
   */
  const withActorSuggestions = async (state: SearchState, results: SearchResults, deadline: number | undefined): Promise<SearchResults> => {
    if (results.total > 0 || state.actors.length === 0) return results;
    const groups = actorGroups(state.actors);
    // With every actor required (allActors, together), an offer's count (the finder's, without the other actors) would
    // not be what its link finds: only the one actor chosen, or any of several, get offers.
    if (groups.length > 1 && (state.allActors || state.together)) return results;
    const counts = await multi(groups.map((group) => planArticleCount(index, '', [anyOf(facetFields.actorKey, keysOf(group))])), deadline);
    const unnamed = groups.filter((_, i) => (counts[i]?.totalHits ?? 0) === 0);
    if (unnamed.length === 0) return results;
    const suggestions = await Promise.all(
      unnamed.map(async (group) => {
        const others = state.actors.filter((a) => !group.includes(a));
        const found = await findActors({ ...state, actors: others, actorQuery: group[0]! }, deadline);
        return { asked: group[0]!, actors: found.slice(0, ACTOR_SUGGESTIONS) };
      }),
    );
    const offered = suggestions.filter((s) => s.actors.length > 0);
    return offered.length === 0 ? results : { ...results, actorSuggestions: offered };
  };

  /**
   * The search as Meilisearch gets it: country words as countries its passages must name (country-words.ts: "US",
   * not "us"), read from the query as typed, then long names of the alias file in their short form (withShortForms).
   * In that order: the alias file's short forms are written in capitals, and "us federal reserve board" shortened to
   * "US Fed" had read as the country (a code review).
   */
  const asSent = (asked: SearchState): SearchState & { countryWords?: CountryWord[] } => {
    const read = countriesInQuery(asked.q);
    const short = aliases.withShortForms(read.q);
    if (read.countries.length === 0) return short === asked.q ? asked : { ...asked, q: short };
    const passageCountries = [...new Set([...(asked.passageCountries ?? []), ...read.countries.map((c) => c.code)])];
    return { ...asked, q: short, passageCountries, countryWords: read.countries };
  };

  /**
   * The search with the excluded phrases Meilisearch misreads (misreadExclusions: `-"George W. Bush"`) taken out of its
   * query and their passages left out by filter instead, found by one search per phrase. A phrase in more passages
   * than a filter may name (MAX_EXCLUDED_PASSAGES) is refused with a 400 that says so, never searched wrong.
   */
  const withExclusionsFound = async <S extends SearchState>(sent: S, deadline: number | undefined): Promise<S> => {
    const misread = misreadExclusions(sent.q);
    if (misread.phrases.length === 0) return sent;
    const answers = await multi(misread.phrases.map((phrase) => planPhrasePassages(index, phrase)), deadline);
    const passages: PassageRef[] = [];
    misread.phrases.forEach((phrase, i) => {
      const hits = answers[i]?.hits ?? [];
      if (hits.length > MAX_EXCLUDED_PASSAGES) {
        throw AppError.badRequest(`-"${phrase}" is in more than ${MAX_EXCLUDED_PASSAGES.toLocaleString('en-US')} passages: too many to leave out. Leave out a longer phrase.`);
      }
      passages.push(...hits.map((hit) => ({ articleId: hit.articleId, position: hit.position })));
    });
    return { ...sent, q: misread.q, excludedPassages: passages };
  };
  /** `sent` with its misread exclusions (misreadExclusions) out of the query and the passages already found for them left out by filter. */
  const withExclusions = <S extends SearchState>(sent: S, passages: readonly PassageRef[] | undefined): S =>
    passages === undefined ? sent : { ...sent, q: misreadExclusions(sent.q).q, excludedPassages: [...passages] };

  const findActors = async (asked: SearchState, within?: number): Promise<ActorFacetValue[]> => {
    const deadline = within ?? client.deadline();
    const state = await withExclusionsFound(asSent(asked), deadline);
    const base = searchFilter(state, 'actor');
    const counted = planArticleCount(index, state, base, [facetFields.actor]);
    // Meilisearch's facet search matches the start of a value only ("Tch" misses "Abdourahamane Tchiani"); the
    // counted values (up to maxValuesPerFacet) are also matched word by word, here. Beyond those, the articles
    // whose text has a word starting like the query are asked which actors they name: "tchi" finds Tchiani
    // among thousands of actors, in the articles that write his name.
    const fragment = textFragment(state.actorQuery);
    const named = { ...counted, q: `${searchWords(state.q).q}${fragment}` };
    const [[distribution, inText], facetHits] = await Promise.all([
      multi(fragment === '' ? [counted] : [counted, named], deadline),
      guard(() => client.facetValues({ facetName: facetFields.actor, facetQuery: state.actorQuery, ...searchWords(state), filter: base }, deadline)),
    ]);
    const counts = distribution?.facetDistribution?.[facetFields.actor] ?? {};
    const wanted = fold(state.actorQuery);
    const found = new Map<string, ActorFacetValue>();
    for (const [value, count] of Object.entries(counts)) {
      if (matchesWordPrefix(value, wanted)) found.set(value, { value, label: value, count });
    }
    // By another name of the alias file: "IMF" finds the International Monetary Fund, "ecowas" ECOWAS's full name.
    const aliased = aliases.canonicalsMatching(wanted);
    for (const value of aliased) {
      const count = counts[value];
      if (count !== undefined) found.set(value, { value, label: value, count });
    }
    // In the articles that write the query: names it starts, or spells the initials of ("oecd": the indexer files an
    // acronym under the name it stands for).
    const startsOrSpells = (v: string): boolean => matchesWordPrefix(v, wanted) || matchesInitials(v, wanted);
    const namedInText = Object.keys(inText?.facetDistribution?.[facetFields.actor] ?? {}).filter(startsOrSpells);
    // Meilisearch's facet search forgives typos ("reagan" finds "Meagan Busath", "heller" "Teller"): its values too
    // must start with what was typed, as the finder promises.
    const searched = facetHits.map((h) => h.value).filter(startsOrSpells);
    // Beyond the counted values: count each again, distinct by story (facet search counts passages). An alias's
    // actor that no article of this search names counts 0, and is no answer.
    const countEach = async (values: string[], near?: true): Promise<void> => {
      if (values.length === 0) return;
      const answers = await multi(
        values.map((value) => planArticleCount(index, state, [...base, `${facetFields.actor} = ${quoteFilterValue(value)}`])),
        deadline,
      );
      values.forEach((value, i) => {
        const count = answers[i]?.totalHits ?? 0;
        if (count > 0) found.set(value, { value, label: value, count, ...(near ? { near } : {}) });
      });
    };
    await countEach([...new Set([...searched, ...namedInText, ...aliased])].filter((v) => !found.has(v)).slice(0, 50));
    // No name starts with what was typed: a misspelling ("Ronald Regan", "Margret Thatcher"). Then the facet search's
    // typo-tolerant values are the answers, kept where every typed word is within Meilisearch's own typo allowance of
    // one of their words, so that a search for an actor no article names offers the names it was meant to be.
    // They are marked `near`, and the finder says so.
    if (found.size === 0) await countEach([...new Set(facetHits.map((h) => h.value).filter((v) => matchesNearly(v, wanted)))].slice(0, 20), true);
    // Spellings of one actor ("Hugo Chávez" 16, "Hugo Chavez" 14) are one answer, as in the facet (30).
    const best = mergeSpellings([...found.values()]).sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0)).slice(0, 50);
    const kinds = await actorKinds.kindsOf(best.map((v) => v.value), deadline);
    return best.map((v) => ({ ...v, kind: kinds.get(v.value) ?? 'organisation' }));
  };

  return {
    deadline: () => client.deadline(),

    async search(asked, options = {}) {
      const deadline = client.deadline();
      const state = await withExclusionsFound(asSent(asked), deadline);
      const plan = planSearch(state, index, { export: options.export ?? false });
      // Exports and feeds show hits, no facets: none of the facets' further counts (a code review found three round
      // trips of counts thrown away on every export with actors).
      if (options.export === true) return toSearchResults(state, plan, { results: await multi(plan.queries, deadline) }, asked.q);
      // A query that names an actor ("UN"): its articles under the same filters, counted beside the search.
      const named = aliases.actorNamedBy(asked.q);
      const chosen = named !== null && state.actors.some((a) => actorKey(a) === actorKey(named));
      const actorCount = named !== null && !chosen ? planArticleCount(index, '', [...searchFilter(state), anyOf(facetFields.actorKey, [actorKey(named)])]) : null;
      const [answers, actorAnswers] = await Promise.all([multi(plan.queries, deadline), actorCount === null ? undefined : multi([actorCount], deadline)]);
      const namedTotal = actorAnswers?.[0]?.totalHits ?? 0;
      const counted = {
        ...toSearchResults(state, plan, { results: answers }, asked.q),
        ...(named !== null && namedTotal > 0 ? { queryActor: { name: named, total: namedTotal } } : {}),
        ...(state.countryWords !== undefined ? { countryWords: state.countryWords.map((c) => ({ ...c, name: countryName(c.code) })) } : {}),
      };
      const withWaysOut = await withActorSuggestions(asked, await withFewerWords(asked, counted, deadline, state.excludedPassages), deadline);
      const withSelected = await withSelectedActors(state, withWaysOut, deadline);
      // (The page ignores the actor facet while its finder lists matches; facetLimit=0 asks for no values.)
      const results = state.actorQuery !== '' || options.actorKinds === 0 ? withSelected : await withTogetherCounts(state, withSelected, deadline);
      const shown = firstAndSelected(results.facets.actor, options.actorKinds ?? results.facets.actor.length, (v) => isSelectedActor(state.actors, v));
      const wantsMatches = (options.matches ?? false) && state.q.trim() !== '' && results.hits.length > 0;
      // Both need only the first answer: asked at once.
      const [kinds, matches] = await Promise.all([
        shown.length > 0 ? actorKinds.kindsOf(shown.map((v) => v.value), deadline) : undefined,
        wantsMatches ? multi([planPassageMatches(state, index, results.hits.map((h) => h.articleId))], deadline) : undefined,
      ]);
      const kinded = kinds === undefined ? results : withActorKinds(results, kinds);
      return matches === undefined ? kinded : withMatchedPassages(kinded, matches[0]?.hits ?? []);
    },

    findActors,

    passagesOf: (articleId, deadline) => guard(() => client.passagesOf(articleId, deadline)),

    async wordsIn(articleId, q, deadline) {
      const sent = asSent({ ...emptySearch, q });
      const sought = soughtParts(sent.q).slice(0, MAX_QUERY_WORDS);
      const found = new Map<number, { start: number; length: number }[]>();
      if (sought.length === 0) return found;
      const answers = await multi(
        sought.map((part) => ({
          indexUid: index,
          ...searchWords(part),
          filter: [articleFilter(articleId)],
          attributesToSearchOn: ['text'],
          attributesToRetrieve: ['position'],
          showMatchesPosition: true,
          limit: MAX_PASSAGES_MARKED,
        })),
        deadline,
      );
      for (const hit of answers.flatMap((a) => a.hits)) {
        const ranges = hit._matchesPosition?.text ?? [];
        if (ranges.length > 0) found.set(hit.position, [...(found.get(hit.position) ?? []), ...ranges.map((r) => ({ start: r.start, length: r.length }))]);
      }
      return found;
    },

    articleIdNow: (earlierId, deadline) => guard(() => client.articleIdNow(earlierId, deadline)),

    actorKinds: (names, deadline) => actorKinds.kindsOf(names, deadline),

    async related(articleId, actors, { limit = 5, deadline, storyKey } = {}) {
      const queries = actors.length === 0 ? [] : relatedQueries(index, articleId, actors, storyKey);
      const copies = storyKey === undefined ? [] : [storyCopiesQuery(index, articleId, storyKey)];
      if (queries.length + copies.length === 0) return { articles: [], copies: [] };
      const answers = await multi([...queries, ...copies], deadline);
      const related = answers.slice(0, queries.length);
      return {
        articles: rankRelated(related.flatMap((a) => a.hits), actors, limit, articlesNaming(actors, related.map((a) => a.totalHits))),
        copies: copies.length === 0 ? [] : (answers[queries.length]?.hits ?? []),
      };
    },

    async profile(entity, shown) {
      const deadline = client.deadline();
      // An actor by its folded key (actorKey): every spelling of it, "Hugo Chávez" and "Hugo Chavez".
      const articleField = entity.kind === 'actor' ? facetFields.actorKey : facetFields.country;
      const passageField = entity.kind === 'actor' ? facetFields.passageActorKey : facetFields.passageCountry;
      const value = entity.kind === 'actor' ? actorKey(entity.name) : entity.code;
      const [articles, passages] = await multi([
        {
          indexUid: index,
          q: '',
          distinct: ONE_HIT_PER,
          filter: [`${articleField} = ${quoteFilterValue(value)}`],
          facets: [facetFields.year, facetFields.month],
          sort: ['publishedAt:desc'],
          hitsPerPage: 10,
          attributesToRetrieve: ['articleId', 'title', 'published', 'source', 'articleCountries', 'articleActors'],
        },
        {
          indexUid: index,
          q: '',
          filter: [allOf(passageField, [value])],
          facets: ['actors', 'countries'],
          hitsPerPage: 0,
        },
      ], deadline);
      const withActors = { ...(passages?.facetDistribution?.actors ?? {}) };
      const withCountries = { ...(passages?.facetDistribution?.countries ?? {}) };
      // The actor asked for as "george w. bush" or "Hugo Chavez" is the index's "George W. Bush" or "Hugo Chávez": the
      // spelling most of its passages carry is its name, and none of its spellings is an actor named beside itself.
      let indexedName: string | undefined;
      if (entity.kind === 'actor') {
        const spellings = Object.keys(withActors).filter((k) => actorKey(k) === value);
        indexedName = spellings.sort((a, b) => withActors[b]! - withActors[a]!)[0] ?? entity.name;
        for (const s of spellings) delete withActors[s];
      } else delete withCountries[entity.code];
      const kinds = await actorKinds.kindsOf([...(indexedName !== undefined ? [indexedName] : []), ...topCounts(withActors, shown).map(([name]) => name)], deadline);
      return {
        total: articles?.totalHits ?? 0,
        timeline: { year: articles?.facetDistribution?.[facetFields.year] ?? {}, month: articles?.facetDistribution?.[facetFields.month] ?? {} },
        withActors,
        withCountries,
        actorKinds: kinds,
        latest: articles?.hits ?? [],
        ...(indexedName !== undefined ? { indexedName } : {}),
      };
    },
  };
}
