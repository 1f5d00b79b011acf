import { actorKey } from '../meili/passage-document.js';
import { hasWordsToRank } from './search-request.js';
import { EXPORT_LIMIT } from './export-format.js';
import { actorGroups, isSelectedActor, spellingsOf, withoutActor } from './actor-spellings.js';
import { MAX_QUERY_WORDS, readQuery, soughtParts, soughtWordCount } from './query-words.js';
import { countryName } from './country-names.js';
import { histogram, periodRange, widerRange } from './histogram.js';
import { chartBars, type ChartBar } from './chart-bars.js';
import type { ActorFacetValue, FacetValue, PeriodFacetValue, SearchHit, SearchResults } from './search-results.js';
import { firstAndSelected } from './search-results.js';
import { periodLabel, rangeLabel } from './calendar.js';
import { DEFAULT_PAGE_SIZE, emptySearch, formatTotal, hasFilters, MAX_EXPORTED_HITS, MAX_TOTAL_HITS, SORT_ORDERS, type FacetName, type SearchState, type SortOrder } from './search-state.js';
import { feedTitle } from './atom-feed.js';
import { countriesInQuery, withCountryWordsAsWords } from './country-words.js';
import { feedHref, refine, resultsHref, resultsQueryString, searchHref, toggle, without } from './search-url.js';
import { articleHref } from './links.js';

/** How many values a facet shows before "Show more". */
export const FACET_PREVIEW = 8;
/** Publication years up to this many show whole (periodFacet). */
const PUBLICATION_YEARS_SHOWN_WHOLE = 20;
/** The Published facet's value for articles without a publication date (`undated=1`). */
const NO_DATE = 'No date';

export interface FacetItemModel {
  label: string;
  count: number;
  selected: boolean;
  href: string;
  /** Link that excludes this value (NOT); null where exclusion makes no sense (periods). */
  excludeHref: string | null;
  /** A word after the label ("person", "organisation" for actors); '' for none. */
  note: string;
  /** The check box drawn before the label. */
  check: '☑' | '☐';
  /** A year's months, folded under it (a disclosure) unless a period inside it is chosen; null for other values. */
  months: MonthsModel | null;
}

export interface MonthsModel {
  /** Unfolded: the year or one of its months is chosen, or the year is the facet's only one. */
  open: boolean;
  /** What the folded disclosure says: "3 months". */
  summary: string;
  items: { label: string; count: number; selected: boolean; href: string }[];
}

export interface FacetModel {
  id: FacetName;
  title: string;
  values: FacetItemModel[];
  more: { label: string; href: string } | null;
  empty: string;
  /** A line above the values, or null: the actor finder's "No actor starts with …; close spellings:". */
  lead: string | null;
}

export interface HistogramModel {
  title: string;
  width: number;
  height: number;
  bars: (ChartBar & { title: string; current: boolean })[];
  firstLabel: string;
  lastLabel: string;
  zoomOut: string | null;
}

/** What the search page template shows: every label, link and flag ready, no logic left for EJS. */
export interface SearchPageModel {
  /**
   * The document's title: the query, the filters and the page, so that history and tabs tell searches apart
   * ("oil · Country: United States · page 3 · Dispatch"; they had all been "oil · Dispatch": a web review).
   */
  title: string;
  q: string;
  /** The query box's example: names these results hold, not the sample corpus's ("Bazoum" found nothing in the news). */
  placeholder: string;
  summary: string;
  /** The words of a long query the search could not use, said plainly; null when all were used. */
  ignoredNotice: string | null;
  /** When the query writes OR or AND in capitals between words, as if they were operators: what they are here. */
  operatorNotice: string | null;
  /** When the query names an actor ("UN"): a link to its articles by the actor filter, which finds every spelling. */
  queryActor: { label: string; href: string } | null;
  /** When a word of the query was read as a country ("US"): what it was read as, and a link to search the word instead. */
  countryNotice: { text: string; label: string; href: string } | null;
  /** "No date" asked for with dates: the dates were searched, and a link offers the undated articles instead. */
  undatedNotice: { text: string; label: string; href: string } | null;
  sortOptions: { value: SortOrder; label: string; selected: boolean }[];
  hiddenFilters: { name: string; value: string }[];
  chips: { label: string; href: string }[];
  clearHref: string | null;
  /** With two actors or more: "all of them in each article" and "together in one passage", as switches. */
  actorSwitches: { label: string; checked: boolean; check: '☑' | '☐'; href: string }[];
  facets: FacetModel[];
  actorSearch: { query: string; hidden: { name: string; value: string }[]; clearHref: string | null };
  histogram: HistogramModel | null;
  /** `tags`: the hit's first actors, each a link that adds it to the search (they had been plain text: a web review). */
  hits: (SearchHit & { href: string; meta: string; otherMatches: { label: string; href: string }[]; otherMatchesLabel: string; tags: { label: string; href: string }[] })[];
  /** `depthNote`: on the last page that can be reached, why there is no "next" though more articles matched. */
  /** `first` and `last`: the first and last pages, when the window of pages around this one does not show them. */
  /** Whether there are hits to list (else no list, no export links, no page links: a black-box review). */
  hasHits: boolean;
  pagination: { shown: boolean; previous: string | null; next: string | null; first: { label: string; href: string; gap: boolean } | null; last: { label: string; href: string; gap: boolean } | null; pages: { label: string; href: string; current: boolean }[]; depthNote: string | null };
  /** Nothing to show: why, where to go, and whether the query-syntax hint applies (not to a page past the last). */
  empty: { title: string; suggestions: { label: string; href: string }[]; syntaxHint: boolean } | null;
  from: string;
  to: string;
  /**
   * `batches`: with more results than one export file holds (EXPORT_LIMIT), each file's range and links ("1–1,000",
   * "1,001–1,139"), up to MAX_LISTED_EXPORTS files; empty otherwise. The CSV link alone had silently stopped at 1,000
   * (a web review). `chooser`: more files than that, as one list (exportFiles).
   */
  exports: { csv: string; json: string; atom: string; api: string; batchesLabel: string; batches: { separator: '' | '; '; label: string; csv: string; json: string }[]; chooser: ExportChooser | null };
  /** The search's Atom feed, for the page head: a feed reader given the page's address finds it there. */
  feed: { title: string; href: string };
}

const SORT_LABELS: Record<SortOrder, string> = { relevance: 'Relevance', newest: 'Newest first', oldest: 'Oldest first' };

export function searchPageModel(state: SearchState, results: SearchResults, actorMatches?: ActorFacetValue[]): SearchPageModel {
  const filtered = hasFilters(state);
  const pages: { label: string; href: string; current: boolean }[] = [];
  const firstShown = Math.max(1, state.page - 3);
  const lastShown = Math.min(results.totalPages, state.page + 3);
  for (let p = firstShown; p <= lastShown; p++) {
    pages.push({ label: String(p), href: searchHref({ ...state, page: p }), current: p === state.page });
  }
  const noun = results.total === 1 ? 'article' : 'articles';
  const pastEnd = results.total > 0 && results.hits.length === 0 && state.page > results.totalPages;
  const chipList = chips(state);
  // A query of symbols alone ("😀") searches nothing: the page says so rather than "16,160 articles for “😀”".
  const unsearchable = state.q.trim() !== '' && readQuery(state.q).q.trim() === '';
  // What a hit's other passages hold: with several words, say which way, as the article page marks any of them (a
  // black-box review read "1 more matching passage" there as "in 3 of 4 passages").
  const passageMatch = soughtWordCount(countriesInQuery(state.q).q) <= 1 ? null : state.match === 'most' ? 'with most of the words' : 'with all the words';
  return {
    title: `${[state.q === '' ? '' : `“${state.q}”`, ...chipList.map((c) => c.label), state.page > 1 ? `page ${state.page}` : ''].filter((part) => part !== '').join(' · ') || 'Latest articles'} · Dispatch`,
    q: state.q,
    placeholder: placeholderOf(results),
    summary: `${formatTotal(results.total)} ${noun}${state.q === '' || unsearchable ? '' : state.match === 'most' ? ` with most of the words of “${state.q}”` : ` for “${state.q}”`}`,
    ignoredNotice: unsearchable
      ? `“${state.q}” has no letter or figure to search for, so these are all the articles${filtered ? ' under the filters' : ''}, ${state.sort === 'oldest' ? 'oldest' : 'newest'} first.`
      : results.ignoredWords.length === 0
        ? null
        : `Only ${MAX_QUERY_WORDS} words of a query can be searched; not searched: ${results.ignoredWords.join(' ')}`,
    operatorNotice: operatorNotice(state.q),
    queryActor:
      results.queryActor === undefined
        ? null
        : {
            label: `${results.queryActor.name}, the actor: ${formatTotal(results.queryActor.total)} ${results.queryActor.total === 1 ? 'article names' : 'articles name'} it, in any spelling`,
            href: searchHref(refine(state, { q: '', match: 'all', actors: [...state.actors, results.queryActor.name] })),
          },
    countryNotice: countryNotice(state, results.countryWords),
    undatedNotice: state.undatedReplaced
      ? {
          text: '“No date” and dates were both asked for, and no article is in both: an article without a publication date is in no date range. Showing the dates.',
          label: 'Show the articles with no date instead',
          href: searchHref(refine(state, { from: null, to: null, undated: true })),
        }
      : null,
    // Without a query, relevance is the newest first (planSearch): the option says so.
    sortOptions: SORT_ORDERS.map((value) => ({ value, label: value === 'relevance' && !hasWordsToRank(countriesInQuery(state.q).q) ? 'Relevance (no query: newest first)' : SORT_LABELS[value], selected: value === state.sort })),
    hiddenFilters: hiddenFields(state),
    chips: chipList,
    // Clears what narrows the search, not how it is asked: the words, how they match, the order and the page size stay.
    clearHref: filtered ? searchHref({ ...emptySearch, q: state.q, match: state.match, sort: state.sort, pageSize: state.pageSize }) : null,
    actorSwitches: actorGroups(state.actors).length > 1 ? actorSwitches(state) : [],
    facets: [
      countryFacet(state, results.facets.country, results.cappedFacets.includes('country')),
      actorFacet(state, actorMatches ?? results.facets.actor, actorMatches !== undefined, results.cappedFacets.includes('actor')),
      withNoDate(state, periodFacet(state, 'published', 'Published', results.facets.date), results.undatedTotal),
      periodFacet(state, 'mentioned', 'Dates mentioned', results.facets.mentioned),
    ],
    actorSearch: {
      query: state.actorQuery,
      hidden: hiddenFields({ ...state, actorQuery: '' }, true),
      clearHref: state.actorQuery !== '' ? searchHref({ ...state, actorQuery: '' }) : null,
    },
    histogram: histogramModel(state, results, unsearchable),
    hits: results.hits.map((hit) => {
      const others = hit.matchedPositions.filter((p) => p !== hit.position);
      // The article page links back to this search (its words, filters and page) rather than to the front page.
      const base = `${articleHref(hit.articleId)}?from=${encodeURIComponent(searchHref(state))}`;
      return {
        ...hit,
        href: `${base}#p${hit.position}`,
        // An undated hit says so, as its article page and the Published facet do (a black-box review).
        meta: [hit.published?.slice(0, 10) ?? NO_DATE, hit.source, hit.countries.map((c) => c.name).join(', ')].filter((s) => s).join(' · '),
        otherMatches: others.map((p) => ({ label: `§${p + 1}`, href: `${base}#p${p}` })),
        otherMatchesLabel: others.length === 0 ? '' : passageMatch === null ? `${others.length} more matching passage${others.length === 1 ? '' : 's'}:` : `${others.length} more passage${others.length === 1 ? '' : 's'} ${passageMatch}:`,
        // The hit's first actors, as tags under it: a line, not the article's whole list.
        tags: hit.actors.slice(0, HIT_TAGS).map((actor) => ({
          label: actor,
          // Already asked for, in any spelling ("ronald reagan"): the link is the search itself, not a second spelling.
          href: searchHref(refine(state, { actors: isSelectedActor(state.actors, { value: actor, label: actor, count: 0 }) ? state.actors : [...state.actors, actor] })),
        })),
      };
    }),
    hasHits: results.hits.length > 0,
    pagination: {
      // Page links under a list of several pages; past the last page, the empty box offers the way back.
      shown: results.hits.length > 0 && results.totalPages > 1,
      // Past the last page, "previous" is the last page, not the empty one before this.
      previous: state.page > 1 ? searchHref({ ...state, page: pastEnd ? results.totalPages : state.page - 1 }) : null,
      next: state.page < results.totalPages ? searchHref({ ...state, page: state.page + 1 }) : null,
      pages: pages.length > 1 ? pages : [],
      // `gap`: pages lie between it and the window ("1 …"); right next to it, no ellipsis ("1 2 3").
      first: pages.length > 1 && firstShown > 1 ? { label: '1', href: searchHref({ ...state, page: 1 }), gap: firstShown > 2 } : null,
      last: pages.length > 1 && lastShown < results.totalPages ? { label: results.totalPages.toLocaleString('en'), href: searchHref({ ...state, page: results.totalPages }), gap: lastShown < results.totalPages - 1 } : null,
      // Meilisearch pages no deeper than MAX_TOTAL_HITS: say so where the pages end, and how to reach the rest.
      depthNote:
        state.page === results.totalPages && results.total > results.totalPages * state.pageSize
          ? `Only the first ${MAX_TOTAL_HITS.toLocaleString('en-US')} articles of a search can be paged through. To reach the others, narrow the search (a word, a filter, a date range) or sort the other way; the export files above reach the first ${MAX_EXPORTED_HITS.toLocaleString('en-US')}.`
          : null,
    },
    empty: pastEnd
      ? {
          title: `Page ${state.page} is past the last page of these results (${results.totalPages}).`,
          suggestions: [{ label: `Go to page ${results.totalPages}`, href: searchHref({ ...state, page: results.totalPages }) }, { label: 'Go to the first page', href: searchHref({ ...state, page: 1 }) }],
          syntaxHint: false,
        }
      : results.total > 0
        ? null
        : {
            syntaxHint: true,
            title: state.q !== '' ? `No article matches “${state.q}”${filtered ? ' with these filters' : ''}.` : 'No article matches these filters.',
            suggestions: [
              ...(results.actorSuggestions ?? []).flatMap((s) =>
                s.actors.map((v) => ({
                  label: `${v.label} instead of “${s.asked}”: ${formatTotal(v.count)} ${v.count === 1 ? 'article' : 'articles'}`,
                  href: searchHref(refine(state, { actors: [...state.actors.filter((a) => actorKey(a) !== actorKey(s.asked)), v.value] })),
                })),
              ),
              ...(results.withMostWords !== undefined
                ? [{ label: `With most of these words, the rarest kept: ${results.withMostWords.toLocaleString('en')} ${results.withMostWords === 1 ? 'article' : 'articles'}`, href: searchHref({ ...state, match: 'most', page: 1 }) }]
                : []),
              ...(results.withoutOneWord ?? []).map((f) => ({ label: `Without ${f.dropped.startsWith('"') ? f.dropped : `“${f.dropped}”`}: ${f.total.toLocaleString('en')} ${f.total === 1 ? 'article' : 'articles'}`, href: searchHref({ ...state, q: f.q, page: 1 }) })),
              ...(filtered ? [{ label: 'Search without filters', href: searchHref({ ...emptySearch, q: state.q }) }] : []),
              ...(state.together ? [{ label: 'Allow the actors in different passages', href: searchHref(refine(state, { together: false })) }] : []),
              ...(state.allActors && !state.together ? [{ label: 'Any of the actors', href: searchHref(refine(state, { allActors: false })) }] : []),
              ...(state.q !== '' ? [{ label: 'Browse all articles', href: '/' }] : []),
            ],
          },
    from: state.from ?? '',
    to: state.to ?? '',
    exports: {
      csv: resultsHref(state, '/export.csv'),
      json: resultsHref(state, '/export.json'),
      atom: feedHref({ ...state, page: 1 }),
      api: resultsHref(state, '/api/search'),
      batchesLabel: `Export, ${EXPORT_LIMIT.toLocaleString('en')} articles a file:`,
      ...exportFiles(state, results.total),
    },
    feed: { title: feedTitle(state), href: feedHref({ ...state, page: 1 }) },
  };
}

/**
 * More files than a line of links holds (MAX_LISTED_EXPORTS): one form, the file chosen from a list, sent to the CSV or
 * the JSON export (each a button with its own `formaction`), the search in hidden fields. Up to 100 files of 1,000.
 */
export interface ExportChooser {
  label: string;
  csv: string;
  json: string;
  hidden: { name: string; value: string }[];
  files: { value: string; label: string }[];
}

/** Export files listed as links, at most; more are chosen from a list (ExportChooser). */
export const MAX_LISTED_EXPORTS = 10;

/**
 * A search's export files, as links when they are a few, else as one list to choose from; none with one file.
 *
 * `exportFiles(state, 1139)` → `{ chooser: null, batches: [{ label: '1–1,000', csv: '/export.csv?…', … }, { label: '1,001–1,139', csv: '/export.csv?…&page=2', … }] }`
 * `exportFiles(state, 16366)` → `{ batches: [], chooser: { label: 'Export, 1,000 articles a file:', files: [{ value: '1', label: '1–1,000' }, …, { value: '17', label: '16,001–16,366' }], … } }`
 */
function exportFiles(state: SearchState, total: number): Pick<SearchPageModel['exports'], 'batches' | 'chooser'> {
  const files = fileRanges(Math.min(total, MAX_EXPORTED_HITS));
  if (files.length <= 1) return { batches: [], chooser: null };
  if (files.length <= MAX_LISTED_EXPORTS) {
    const at = (base: string, page: number): string => {
      const href = resultsHref(state, base);
      return page === 1 ? href : `${href}${href.includes('?') ? '&' : '?'}page=${page}`;
    };
    const batches = files.map((label, i) => ({ separator: i === 0 ? ('' as const) : ('; ' as const), label, csv: at('/export.csv', i + 1), json: at('/export.json', i + 1) }));
    return { batches, chooser: null };
  }
  const all = total >= MAX_EXPORTED_HITS ? ` (the first ${MAX_EXPORTED_HITS.toLocaleString('en')}; narrow the search for the rest)` : '';
  return {
    batches: [],
    chooser: {
      label: `Export, ${EXPORT_LIMIT.toLocaleString('en')} articles a file${all}:`,
      csv: '/export.csv',
      json: '/export.json',
      hidden: [...new URLSearchParams(resultsQueryString(state))].map(([name, value]) => ({ name, value })),
      files: files.map((label, i) => ({ value: String(i + 1), label })),
    },
  };
}

/** The articles each export file holds: `fileRanges(1139)` → `['1–1,000', '1,001–1,139']`. */
function fileRanges(total: number): string[] {
  const ranges: string[] = [];
  for (let first = 1; first <= total; first += EXPORT_LIMIT) ranges.push(`${first.toLocaleString('en')}–${Math.min(first + EXPORT_LIMIT - 1, total).toLocaleString('en')}`);
  return ranges;
}

/**
 * The query box's example, from the two actors the results name most: `placeholderOf(results naming Ronald Reagan
 * most, then OPEC)` → `'Search news: Ronald Reagan, OPEC, a word…'`; none: `'Search news: a name, a place, a word…'`
 */
function placeholderOf(results: SearchResults): string {
  const names = results.facets.actor.slice(0, 2).map((v) => v.label);
  return `Search news: ${names.length > 0 ? names.join(', ') : 'a name, a place'}, a word…`;
}

/**
 * What a query's OR or AND in capitals, between words and outside quotes, is here: a word every passage must hold
 * ("sanction OR sanctions" found 28 articles, fewer than either word: a user review). The syntax note says it, folded.
 *
 * `operatorNotice('sanction OR sanctions')` → `'“OR” is searched as a word, not as an operator: …'`; `operatorNotice('"Tom OR Jerry"')` → `null`
 */
export function operatorNotice(q: string): string | null {
  const outside = q.split(/"[^"]*"?/).join(' ');
  const operator = /\S\s+(OR|AND)\s+\S/.exec(outside)?.[1];
  if (operator === undefined) return null;
  return operator === 'OR'
    ? '“OR” is searched as a word, not as an operator: every word must match. For either of two words, search each; for either of two countries or actors, pick both in their facet.'
    : '“AND” is searched as a word: every word must match already, so leave it out.';
}

/**
 * What the search made of a country written in the query (country-words.ts), and the way back to the word.
 *
 * `countryNotice({ …, q: 'US sanctions' }, [{ written: 'US', code: 'US', name: 'United States' }])`
 *   → `{ text: '“US” is read as the country: passages naming the United States, however they write it, and holding the other words.', label: 'Search the word “us” instead', href: '/?q=us+sanctions' }`
 */
export function countryNotice(state: SearchState, countryWords: SearchResults['countryWords']): SearchPageModel['countryNotice'] {
  if (countryWords === undefined || countryWords.length === 0) return null;
  const words = countryWords.map((c) => `“${c.written}”`).join(' and ');
  // "the United States", "the United Kingdom": the names that read as a common noun take the article.
  const names = countryWords.map((c) => (/^United /.test(c.name) ? `the ${c.name}` : c.name)).join(' and ');
  const lower = countryWords.map((c) => `“${c.written.toLowerCase()}”`).join(' and ');
  const others = soughtParts(countriesInQuery(state.q).q).length === 0 ? '' : ', and holding the other words';
  return {
    text: `${words} ${countryWords.length === 1 ? 'is read as the country' : 'are read as countries'}: passages naming ${names}, however they write it${others}.`,
    label: `Search the word ${lower} instead`,
    href: searchHref(refine(state, { q: withCountryWordsAsWords(state.q) })),
  };
}

/** Hidden inputs that carry the filters through the search form (or the actor-search form). */
function hiddenFields(state: SearchState, includeQuery = false): { name: string; value: string }[] {
  return [
    ...(includeQuery && state.q !== '' ? [{ name: 'q', value: state.q }] : []),
    // "Most of the words" goes with the query it was chosen for: the search form carries the query as `matchFor`, so
    // a new sort or date keeps the mode and a new query typed in the box is searched for every word again (the parse
    // compares the two). The actor-search form carries the query itself.
    ...(state.match !== 'all' && state.q !== '' ? [{ name: 'match', value: state.match }] : []),
    ...(!includeQuery && state.match !== 'all' && state.q !== '' ? [{ name: 'matchFor', value: state.q }] : []),
    ...(includeQuery && state.sort !== 'relevance' ? [{ name: 'sort', value: state.sort }] : []),
    ...(includeQuery && state.from !== null ? [{ name: 'from', value: state.from }] : []),
    ...(includeQuery && state.to !== null ? [{ name: 'to', value: state.to }] : []),
    // Always carried: a date typed into the form's own date fields replaces it (parseSearchParams datesReplaceUndated).
    ...(state.undated ? [{ name: 'undated', value: '1' }] : []),
    ...state.countries.map((value) => ({ name: 'country', value })),
    ...state.actors.map((value) => ({ name: 'actor', value })),
    ...state.notCountries.map((value) => ({ name: 'notCountry', value })),
    ...state.notActors.map((value) => ({ name: 'notActor', value })),
    ...(state.together ? [{ name: 'together', value: '1' }] : []),
    ...(state.allActors ? [{ name: 'allActors', value: '1' }] : []),
    ...(state.mentioned !== null ? [{ name: 'mentioned', value: state.mentioned }] : []),
    ...state.expanded.map((value) => ({ name: 'more', value })),
    // The reader's page size outlives a new query, sort or date (the form has no field of its own for it).
    ...(state.pageSize !== DEFAULT_PAGE_SIZE ? [{ name: 'pageSize', value: String(state.pageSize) }] : []),
  ];
}

function chips(state: SearchState): { label: string; href: string }[] {
  return [
    ...(state.match === 'most' && state.q !== '' ? [{ label: 'Most of the words', href: searchHref(refine(state, { match: 'all' })) }] : []),
    ...state.countries.map((c) => ({ label: `Country: ${countryName(c)}`, href: searchHref(refine(state, { countries: without(state.countries, c) })) })),
    ...state.notCountries.map((c) => ({ label: `Not country: ${countryName(c)}`, href: searchHref(refine(state, { notCountries: without(state.notCountries, c) })) })),
    // One chip per actor, whatever spellings of it the search holds.
    ...actorGroups(state.actors).map((g) => ({ label: `Actor: ${g[0]}`, href: searchHref(refine(state, { actors: state.actors.filter((a) => !g.includes(a)) })) })),
    ...actorGroups(state.notActors).map((g) => ({ label: `Not actor: ${g[0]}`, href: searchHref(refine(state, { notActors: state.notActors.filter((a) => !g.includes(a)) })) })),
    ...(state.together && actorGroups(state.actors).length > 1 ? [{ label: 'Actors in one passage', href: searchHref(refine(state, { together: false })) }] : []),
    ...(state.allActors && !state.together && actorGroups(state.actors).length > 1 ? [{ label: 'All actors in each article', href: searchHref(refine(state, { allActors: false })) }] : []),
    ...(state.from !== null || state.to !== null ? [{ label: `Published: ${rangeLabel(state.from, state.to)}`, href: searchHref(refine(state, { from: null, to: null })) }] : []),
    ...(state.undated ? [{ label: `Published: ${NO_DATE}`, href: searchHref(refine(state, { undated: false })) }] : []),
    ...(state.mentioned !== null ? [{ label: `Mentions: ${periodLabel(state.mentioned)}`, href: searchHref(refine(state, { mentioned: null })) }] : []),
  ];
}

/**
 * The two ways several actors can be asked for besides "any of them": every one in the article, and (stronger) every
 * one in one passage.
 */
function actorSwitches(state: SearchState): SearchPageModel['actorSwitches'] {
  const all = state.allActors || state.together;
  return [
    { label: 'All of the actors in each article', checked: all, check: checkMark(all), href: searchHref(refine(state, all ? { allActors: false, together: false } : { allActors: true })) },
    { label: 'Named together in one passage', checked: state.together, check: checkMark(state.together), href: searchHref(refine(state, { together: !state.together })) },
  ];
}

/** The check box drawn before a facet value or a switch. */
const checkMark = (on: boolean): '☑' | '☐' => (on ? '☑' : '☐');

/** Actors shown as tags under a hit. */
const HIT_TAGS = 6;

function moreLink(state: SearchState, facet: FacetName, count: number, capped = false): FacetModel['more'] {
  if (count <= FACET_PREVIEW) return null;
  const expanded = state.expanded.includes(facet);
  // Meilisearch counts at most MAX_VALUES_PER_FACET values a facet: at that many, there may be more than are shown.
  const label = expanded ? 'Show fewer' : capped ? `Show the ${count} most frequent` : `Show all ${count}`;
  return { label, href: searchHref({ ...state, expanded: toggle(state.expanded, facet) }) };
}

/**
 * How many of the actor facet's leading values the page shows (selected ones besides), so that the search looks up
 * the kinds of those only: `actorValuesShown(emptySearch)` → 8; with the facet expanded, all; while the visitor
 * searches actors, none (the matches come from findActors, with their own kinds).
 */
export function actorValuesShown(state: SearchState): number {
  if (state.actorQuery !== '') return 0;
  return state.expanded.includes('actor') ? Number.MAX_SAFE_INTEGER : FACET_PREVIEW;
}

function preview<T>(state: SearchState, facet: FacetName, values: T[], isSelected: (v: T) => boolean): T[] {
  if (state.expanded.includes(facet)) return values;
  // Selected values always stay visible, so they can be removed from the list itself.
  return firstAndSelected(values, FACET_PREVIEW, isSelected);
}

function countryFacet(state: SearchState, values: FacetValue[], capped: boolean): FacetModel {
  return {
    id: 'country',
    title: 'Country',
    values: preview(state, 'country', values, (v) => state.countries.includes(v.value)).map((v) => ({
      label: v.label,
      count: v.count,
      selected: state.countries.includes(v.value),
      href: searchHref(refine(state, { countries: toggle(state.countries, v.value) })),
      excludeHref: searchHref(refine(state, { notCountries: toggle(state.notCountries, v.value), countries: without(state.countries, v.value) })),
      note: '',
      check: checkMark(state.countries.includes(v.value)),
      months: null,
    })),
    more: moreLink(state, 'country', values.length, capped),
    empty: 'None in these results',
    lead: null,
  };
}

function actorFacet(state: SearchState, values: ActorFacetValue[], searched: boolean, capped: boolean): FacetModel {
  const shown = searched ? values : preview(state, 'actor', values, (v) => isSelectedActor(state.actors, v));
  return {
    id: 'actor',
    title: 'Actor',
    values: shown.map((v) => {
      // A value stands for all spellings of its actor: picked, excluded or removed, all of them go together.
      const spellings = spellingsOf(v);
      const selected = isSelectedActor(state.actors, v);
      const others = withoutActor(state.actors, v);
      const excluded = isSelectedActor(state.notActors, v);
      return {
        label: v.label,
        count: v.count,
        selected,
        href: searchHref(refine(state, { actors: selected ? others : [...others, ...spellings], actorQuery: '' })),
        excludeHref: searchHref(refine(state, { notActors: excluded ? withoutActor(state.notActors, v) : [...state.notActors, ...spellings], actors: others, actorQuery: '' })),
        note: v.kind ?? '', // none for an actor no article names (actor-kinds.ts)
        check: checkMark(selected),
        months: null,
      };
    }),
    more: searched ? null : moreLink(state, 'actor', values.length, capped),
    empty: searched ? `No actor matches “${state.actorQuery}”` : 'None in these results',
    // The finder's answers are close spellings only when no name starts with what was typed (findActors).
    lead: searched && values.length > 0 && values.every((v) => v.near === true) ? `No actor starts with “${state.actorQuery}”. Close spellings:` : null,
  };
}

/**
 * Mentioned years come most mentioned first (search-results.ts), so the preview shows the periods the results are about;
 * the whole list, once expanded, reads as a calendar, newest first. Publication years come newest first; collapsed (only
 * with more than PUBLICATION_YEARS_SHOWN_WHOLE of them: periodFacet), the FACET_PREVIEW years with most articles lead
 * (newest first among them): the eight newest years had hidden 1987, 12,528 of the bench corpus's 16,366 articles,
 * behind "Show all" (a web review).
 */
function chronologicalWhenExpanded(state: SearchState, id: 'published' | 'mentioned', years: PeriodFacetValue[]): PeriodFacetValue[] {
  const expanded = state.expanded.includes(id);
  if (id === 'mentioned') return expanded ? newestFirst(years) : years;
  if (expanded || years.length <= FACET_PREVIEW) return years;
  const top = new Set([...years].sort((a, b) => b.count - a.count).slice(0, FACET_PREVIEW).map((y) => y.value));
  return [...years.filter((y) => top.has(y.value)), ...years.filter((y) => !top.has(y.value))];
}

const newestFirst = (years: readonly PeriodFacetValue[]): PeriodFacetValue[] => [...years].sort((a, b) => (a.value < b.value ? 1 : a.value > b.value ? -1 : 0));

function periodFacet(state: SearchState, id: 'published' | 'mentioned', title: string, years: PeriodFacetValue[]): FacetModel {
  const isSelected = (period: string): boolean => {
    if (id === 'mentioned') return state.mentioned === period;
    const range = periodRange(period);
    return state.from === range.from && state.to === range.to;
  };
  const choose = (period: string): string =>
    searchHref(refine(state, id === 'mentioned' ? { mentioned: isSelected(period) ? null : period } : isSelected(period) ? { from: null, to: null } : periodRange(period)));
  // Twenty publication years or fewer all show, as a calendar: the eight with most articles, newest first, had read
  // "2011 … 2005, 1987" as a collection that ends in 2011 (its newest results were of 2018: a black-box review).
  const whole = id === 'published' && years.length <= PUBLICATION_YEARS_SHOWN_WHOLE;
  return {
    id,
    title,
    values: (whole ? years : preview(state, id, chronologicalWhenExpanded(state, id, years), (y) => isSelected(y.value))).map((year) => ({
      label: year.label,
      count: year.count,
      selected: isSelected(year.value),
      href: choose(year.value),
      excludeHref: null,
      note: '',
      check: checkMark(isSelected(year.value)),
      months: monthsModel(year, years.length === 1, isSelected, choose),
    })),
    more: whole ? null : moreLink(state, id, years.length),
    empty: id === 'mentioned' ? 'No dated mentions in these results' : 'No dated articles in these results',
    lead: null,
  };
}

/**
 * The Published facet with "No date" last, when some articles of the results have none (or it is chosen): no date
 * range holds them, so a date filter had left them out unsaid (22 of the 16,366 bench articles; a black-box review).
 *
 * `withNoDate(state, facet with 1987 and 2005, 22)` → values 1987, 2005, then `{ label: 'No date', count: 22, href: '/?undated=1' }`
 */
function withNoDate(state: SearchState, facet: FacetModel, undated: number): FacetModel {
  if (undated === 0 && !state.undated) return facet;
  const noDate: FacetItemModel = {
    label: NO_DATE,
    count: undated,
    selected: state.undated,
    href: searchHref(refine(state, { undated: !state.undated })),
    excludeHref: null,
    note: '',
    check: checkMark(state.undated),
    months: null,
  };
  return { ...facet, values: [...facet.values, noDate] };
}

/**
 * A year's months, folded: every year unfolded made a search's sidebar twice as long as its results (a user review).
 * `monthsModel(2005 with 3 months, false, nothing chosen, …)` → `{ open: false, summary: '3 months', items: […] }`
 */
function monthsModel(year: PeriodFacetValue, onlyYear: boolean, isSelected: (period: string) => boolean, choose: (period: string) => string): MonthsModel | null {
  if (year.months.length === 0) return null;
  const items = year.months.map((m) => ({ label: m.label, count: m.count, selected: isSelected(m.value), href: choose(m.value) }));
  const open = onlyYear || isSelected(year.value) || items.some((m) => m.selected);
  return { open, summary: `${items.length} month${items.length === 1 ? '' : 's'}`, items };
}

const CHART = { width: 640, height: 120 };

function histogramModel(state: SearchState, results: SearchResults, unsearchable: boolean): HistogramModel | null {
  const h = histogram(state, results.timeline);
  if (h === null || h.bars.length === 0) return null;
  const unit = h.granularity === 'year' ? 'year' : h.granularity === 'month' ? 'month' : 'day';
  return {
    title: `Articles published per ${unit}${state.q !== '' && !unsearchable ? ` for “${state.q}”` : ''}`,
    width: CHART.width,
    height: CHART.height,
    bars: chartBars(h, CHART.width, CHART.height, (b) => searchHref(refine(state, { from: b.from, to: b.to }))).map((bar, i) => {
      const b = h.bars[i]!;
      return { ...bar, title: `${b.label}: ${b.count} article${b.count === 1 ? '' : 's'}`, current: state.from === b.from && state.to === b.to };
    }),
    firstLabel: h.bars[0]!.label,
    lastLabel: h.bars.at(-1)!.label,
    zoomOut: state.from === null && state.to === null ? null : searchHref(refine(state, widerRange(state.from, state.to))),
  };
}
