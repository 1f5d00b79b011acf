import { MAX_VALUES_PER_FACET } from '../meili/index-settings.js';
import { mergeSpellings } from './actor-spellings.js';
import { readQuery } from './query-words.js';
import type { MultiSearchResponse, MultiSearchResult } from 'meilisearch';
import { facetFields } from '../meili/index-settings.js';
import type { ActorKind, PassageDocument } from '../meili/passage-document.js';
import { safeHttpUrl } from './safe-url.js';
import { countryName } from './country-names.js';
import type { CountryWord } from './country-words.js';
import { highlightToHtml, phrasePieces, stripHighlight, withCountryMarks, withoutStrayPieces } from './highlight.js';
import { snippet } from './snippet.js';
import { fold } from '../text/fold.js';
import { monthLabel } from './calendar.js';
import { memo } from '../text/memo.js';
import type { TimelineCounts } from './histogram.js';
import type { SearchPlan } from './search-request.js';
import { MAX_COUNTED_HITS, MAX_TOTAL_HITS, type SearchState } from './search-state.js';

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export interface ActorFacetValue extends FacetValue {
  /** Looked up for the values a page or an answer shows (see ActorKinds); absent on the others. */
  kind?: ActorKind;
  /** Every spelling this value stands for, when articles spell the actor in more than one way (actor-spellings.ts). */
  spellings?: string[];
  /** A close spelling of what the actor finder was given, offered because no name starts with it (findActors). */
  near?: true;
}

export interface PeriodFacetValue extends FacetValue {
  /** Months of this year, newest first. */
  months: FacetValue[];
}

export interface SearchHit {
  articleId: string;
  passageId: string;
  position: number;
  passageCount: number;
  title: string;
  titleHtml: string;
  published: string | null;
  url: string | null;
  source: string | null;
  passage: string;
  passageHtml: string;
  countries: { code: string; name: string }[];
  actors: string[];
  dates: string[];
  /** Positions of this article's passages that match the query (the best one included); empty without a query. */
  matchedPositions: number[];
}

export interface SearchResults {
  total: number;
  /** True when Meilisearch stopped counting at MAX_COUNTED_HITS: `total` is a lower bound ("100,000+"). */
  totalCapped: boolean;
  page: number;
  pageSize: number;
  totalPages: number;
  processingTimeMs: number;
  hits: SearchHit[];
  facets: { country: FacetValue[]; actor: ActorFacetValue[]; date: PeriodFacetValue[]; mentioned: PeriodFacetValue[] };
  /**
   * The articles with no publication date under the search's other filters: what `undated=1` finds, counted beside a
   * date range too, which holds none of them. Not in `facets`, whose every entry is a list of values.
   */
  undatedTotal: number;
  /** Publication counts of the current results, for the histogram. */
  timeline: TimelineCounts;
  /** Words of the query beyond Meilisearch's 10 that the search could not use (query-words.ts); usually none. */
  ignoredWords: string[];
  /**
   * Facets of which Meilisearch counted its maximum of values (MAX_VALUES_PER_FACET): there may be more than it
   * returned. Told before spellings merge: 200 values counted can be 199 shown, and no fewer values than exist.
   */
  cappedFacets: ('country' | 'actor')[];
  /**
   * Only when nothing matched a query of several words: how many articles each query with one word left out finds
   * (query-words.ts withoutOneWord), those that find some, most first.
   */
  withoutOneWord?: { dropped: string; q: string; total: number }[];
  /** Only then too: how many articles the same query finds with most of its words (`match=most`), if any. */
  withMostWords?: number;
  /** When the whole query is a name of an actor (actor-aliases.ts actorNamedBy) not yet chosen: the articles naming it under the same filters. */
  queryActor?: { name: string; total: number };
  /**
   * Words of the query read as countries (country-words.ts: "US" in capitals is the United States, not "us"): the
   * results are passages naming each, and holding the other words.
   */
  countryWords?: { written: string; code: string; name: string }[];
  /**
   * Only when nothing matched and a chosen actor is named in no article at all ("Blair", typed into an address): the
   * actors whose names hold it under the search's other filters ("Tony Blair"), most articles first (at most 5).
   */
  actorSuggestions?: { asked: string; actors: ActorFacetValue[] }[];
}

/** An actor's label is its canonical name. */
const asIs = (value: string): string => value;

/** A hit as Meilisearch returns it: a search answer's hits come without title and text (planSearch), an export's with. */
type Passage = Omit<PassageDocument, 'title' | 'text'> & Partial<Pick<PassageDocument, 'title' | 'text'>> & { _formatted?: Partial<Record<keyof PassageDocument, unknown>> };

/** Multi-search response → the results the API returns and the page shows. */
export function toSearchResults(state: SearchState & { countryWords?: CountryWord[] }, plan: SearchPlan, response: MultiSearchResponse<Passage>, askedQ = state.q): SearchResults {
  const results = response.results as MultiSearchResult<Passage>[];
  // The phrases as the user wrote them: the alias file's "al-Qaeda" goes to Meilisearch as "al Qaeda" (search-service).
  const pieces = phrasePieces(askedQ);
  // The country words search-service read from the query (asSent), which went to Meilisearch as filters.
  const marks: HitMarks = { pieces, countries: state.countryWords?.map((c) => c.code) ?? [] };
  const main = results[0]!;
  const distribution = (facet: keyof SearchPlan['facetSource'], field: string): Record<string, number> =>
    results[plan.facetSource[facet]]?.facetDistribution?.[field] ?? {};

  const countryCounts = distribution('country', facetFields.country);
  const actorCounts = distribution('actor', facetFields.actor);
  const country = facetValues(countryCounts, countryName);
  const actor: ActorFacetValue[] = mergeSpellings(facetValues(actorCounts, asIs));
  const cappedFacets = ([['country', countryCounts], ['actor', actorCounts]] as const)
    .filter(([, counts]) => Object.keys(counts).length >= MAX_VALUES_PER_FACET)
    .map(([facet]) => facet);
  const total = main.totalHits ?? main.estimatedTotalHits ?? 0;
  const mainFacets = main.facetDistribution ?? {};
  return {
    ignoredWords: readQuery(state.q).ignored,
    cappedFacets,
    total,
    page: state.page,
    pageSize: state.pageSize,
    // Pages go no deeper than MAX_TOTAL_HITS articles, however many Meilisearch counted.
    totalPages: Math.min(main.totalPages ?? Math.ceil(total / state.pageSize), Math.max(1, Math.floor(MAX_TOTAL_HITS / state.pageSize))),
    totalCapped: total >= MAX_COUNTED_HITS,
    processingTimeMs: main.processingTimeMs,
    hits: main.hits.map((doc) => toHit(doc, marks)),
    facets: {
      country,
      actor,
      date: periodValues(distribution('published', facetFields.year), wholeMonths(distribution('published', facetFields.month))),
      mentioned: byCount(periodValues(distribution('mentioned', facetFields.mentionedYear), mentionedMonths(state, plan, results))),
    },
    undatedTotal: undatedCount(results[plan.facetSource.published]),
    timeline: { year: mainFacets[facetFields.year] ?? {}, month: mainFacets[facetFields.month] ?? {}, day: mainFacets[facetFields.day] ?? {} },
  };
}

/**
 * The articles of a date facet's answer with no publication date: its total less its years' counts, with no query of
 * its own (one year a document, the facet counted per article as the total is). None from an answer without the
 * year facet (an export's).
 *
 * `undatedCount({ totalHits: 16160, facetDistribution: { publishedYear: { 1987: 12528, …, 2018: 3 } } })` → `22`
 */
function undatedCount(answer: MultiSearchResult<Passage> | undefined): number {
  const years = answer?.facetDistribution?.[facetFields.year];
  if (answer === undefined || years === undefined) return 0;
  const dated = Object.values(years).reduce((sum, n) => sum + n, 0);
  return Math.max(0, (answer.totalHits ?? answer.estimatedTotalHits ?? 0) - dated);
}

/** Gives the actor values their kinds, where `kinds` has one. */
export function withActorKinds(results: SearchResults, kinds: ReadonlyMap<string, ActorKind>): SearchResults {
  const actor = results.facets.actor.map((v) => {
    const kind = kinds.get(v.value);
    return kind === undefined ? v : { ...v, kind };
  });
  return { ...results, facets: { ...results.facets, actor } };
}

/** Adds, to each hit, which of its article's passages matched (from planPassageMatches' answer). */
export function withMatchedPassages(results: SearchResults, matches: readonly { articleId: string; position: number }[]): SearchResults {
  const byArticle = new Map<string, Set<number>>();
  for (const m of matches) {
    const set = byArticle.get(m.articleId) ?? new Set<number>();
    set.add(m.position);
    byArticle.set(m.articleId, set);
  }
  return {
    ...results,
    hits: results.hits.map((h) => ({ ...h, matchedPositions: [...(byArticle.get(h.articleId) ?? new Set([h.position]))].sort((a, b) => a - b) })),
  };
}

/*
 * Building a search's facets was the largest part of turning an answer into results: ~600 values a search, and on
 * this machine each value costs a fraction of a microsecond per step. So: labels that repeat from one search to the
 * next (folded sort keys, month names) are cached, and sorting is done where it is needed only.
 * `npm run bench:results` times it: 410 µs → 250–280 µs a search (docs/BENCHMARKS.md).
 */

const sortKey = memo(fold);
const cachedMonthLabel = memo(monthLabel);

/**
 * Facet values by count, most first; ties in the order of their labels with case and accents folded ("Émile" next
 * to "Emile", before "Zola").
 *
 * `facetValues({ FR: 2, DE: 5 }, countryName)` → `[{ value: 'DE', label: 'Germany', count: 5 }, { value: 'FR', label: 'France', count: 2 }]`
 */
function facetValues(counts: Record<string, number>, label: (value: string) => string): FacetValue[] {
  const values: FacetValue[] = [];
  for (const value in counts) values.push({ value, label: label(value), count: counts[value]! });
  // Meilisearch sends values by count already (sortFacetValuesBy: count): this stable sort finds one run and is
  // done. Then only each run of equal counts is ordered by label.
  values.sort((a, b) => b.count - a.count);
  for (let start = 0; start < values.length; ) {
    let end = start + 1;
    while (end < values.length && values[end]!.count === values[start]!.count) end++;
    if (end - start > 1) sortByLabel(values, start, end);
    start = end;
  }
  return values;
}

/** Sorts `values[start..end)` in place (the array facetValues is building) by folded label, then by label. */
function sortByLabel(values: FacetValue[], start: number, end: number): void {
  const run = values.slice(start, end).map((value) => ({ value, key: sortKey(value.label) }));
  run.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.value.label < b.value.label ? -1 : a.value.label > b.value.label ? 1 : 0));
  for (let i = 0; i < run.length; i++) values[start + i] = run[i]!.value;
}

/**
 * Month counts that list every month of each year they name, or none: Meilisearch counts 200 values a facet
 * (MAX_VALUES_PER_FACET), the most frequent, and a year listed with 3 of its 11 months misleads where a year without
 * its months asks to be opened (choosing it lists them all: mentionedMonths).
 * `wholeMonths({ '2001-09': 51, … 200 values })` → `{}`; `wholeMonths({ '2001-09': 51 })` → `{ '2001-09': 51 }`
 */
function wholeMonths(months: Record<string, number>): Record<string, number> {
  return Object.keys(months).length >= MAX_VALUES_PER_FACET ? {} : months;
}

/**
 * The "mentioned" facet's month counts: every year's when Meilisearch counted them all (wholeMonths), and a chosen
 * year's (or a chosen month's year's) in full from the query planSearch asks for them (`chosenYearMonths`).
 */
function mentionedMonths(state: SearchState, plan: SearchPlan, results: readonly MultiSearchResult<Passage>[]): Record<string, number> {
  const months = wholeMonths(results[plan.facetSource.mentioned]?.facetDistribution?.[facetFields.mentionedMonth] ?? {});
  if (state.mentioned === null || plan.chosenYearMonths === undefined) return months;
  const year = state.mentioned.slice(0, 4);
  const ofYear = Object.entries(results[plan.chosenYearMonths]?.facetDistribution?.[facetFields.mentionedMonth] ?? {}).filter(([month]) => month.startsWith(year));
  return { ...Object.fromEntries(Object.entries(months).filter(([month]) => !month.startsWith(year))), ...Object.fromEntries(ofYear) };
}

/**
 * Years, newest first, each with its months, newest first.
 * `periodValues({ '2024': 3 }, { '2024-06': 2, '2024-01': 1 })` → `[{ value: '2024', label: '2024', count: 3, months: [June 2024 (2), January 2024 (1)] }]`
 */
function periodValues(years: Record<string, number>, months: Record<string, number>): PeriodFacetValue[] {
  // YYYY and YYYY-MM sort as text: the keys are sorted natively (no comparator), then walked newest first.
  const monthKeys = Object.keys(months).sort();
  const yearKeys = Object.keys(years).sort();
  const result: PeriodFacetValue[] = [];
  let m = monthKeys.length - 1;
  for (let y = yearKeys.length - 1; y >= 0; y--) {
    const year = yearKeys[y]!;
    while (m >= 0 && monthKeys[m]!.slice(0, 4) > year) m--; // a month whose year has no count (not in one answer)
    const list: FacetValue[] = [];
    while (m >= 0 && monthKeys[m]!.startsWith(year)) {
      const value = monthKeys[m--]!;
      list.push({ value, label: cachedMonthLabel(value), count: months[value]! });
    }
    result.push({ value: year, label: year, count: years[year]!, months: list });
  }
  return result;
}

/**
 * Years the articles talk about, the most talked about first (ties: the newer): newest first, a stray "2075" of one
 * target or one misread table headed the facet and the API's first 20, before 1987's 1,129 articles (a review found
 * it). `byCount([2075 (1), 1987 (1129)])` → `[1987, 2075]`
 */
function byCount(years: PeriodFacetValue[]): PeriodFacetValue[] {
  return years.sort((a, b) => b.count - a.count || (a.value < b.value ? 1 : a.value > b.value ? -1 : 0));
}

/**
 * The first `limit` values, and any later one that is selected: a client can then always show and remove its
 * filters. `firstAndSelected([a, b, c, d], 2, (v) => v === d)` → `[a, b, d]`
 */
export function firstAndSelected<T>(values: T[], limit: number, isSelected: (v: T) => boolean): T[] {
  if (values.length <= limit) return values;
  return values.filter((v, i) => i < limit || isSelected(v));
}

/** What a hit's title and text mark beyond Meilisearch's highlights: see toHit. */
interface HitMarks {
  pieces: ReadonlySet<string>;
  /** The codes of the countries the query's country words name (country-words.ts). */
  countries: readonly string[];
}

/**
 * A search answer's passage: title and text come highlighted in `_formatted` only, the text cut to a snippet (see
 * planSearch); an export's come plain. The plain title is the highlighted one without its markers, which only
 * Meilisearch can put there.
 */
function toHit(doc: Passage, { pieces, countries }: HitMarks): SearchHit {
  // Highlights of a phrase's words standing alone go (highlight.ts withoutStrayPieces); a country word's mentions are
  // marked (withCountryMarks). The whole passage comes highlighted and is cut here (snippet.ts: every highlighted
  // word shows); an export's is whole.
  const marked = (text: string): string => withCountryMarks(withoutStrayPieces(text, pieces), countries);
  const formattedText = typeof doc._formatted?.text === 'string' ? snippet(marked(doc._formatted.text)) : (doc.text ?? '');
  const formattedTitle = marked(typeof doc._formatted?.title === 'string' ? doc._formatted.title : (doc.title ?? ''));
  return {
    articleId: doc.articleId,
    passageId: doc.id,
    position: doc.position,
    passageCount: doc.passageCount,
    title: doc.title ?? stripHighlight(formattedTitle),
    titleHtml: highlightToHtml(formattedTitle),
    published: doc.published,
    url: safeHttpUrl(doc.url),
    source: doc.source,
    passage: stripHighlight(formattedText),
    passageHtml: highlightToHtml(formattedText),
    countries: doc.articleCountries.map((code) => ({ code, name: countryName(code) })),
    actors: doc.articleActors,
    dates: doc.articleDates,
    matchedPositions: [doc.position],
  };
}
