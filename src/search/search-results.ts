import type { MultiSearchResponse, MultiSearchResult } from 'meilisearch';
import { facetFields } from '../meili/index-settings.js';
import type { ActorKind, PassageDocument } from '../meili/passage-document.js';
import { safeHttpUrl } from './safe-url.js';
import { countryName } from './country-names.js';
import { highlightToHtml, stripHighlight } from './highlight.js';
import { fold } from '../text/fold.js';
import type { TimelineCounts } from './histogram.js';
import type { SearchPlan } from './search-request.js';
import type { SearchState } from './search-state.js';

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export interface ActorFacetValue extends FacetValue {
  kind: ActorKind;
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
  page: number;
  pageSize: number;
  totalPages: number;
  processingTimeMs: number;
  hits: SearchHit[];
  facets: { country: FacetValue[]; actor: ActorFacetValue[]; date: PeriodFacetValue[]; mentioned: PeriodFacetValue[] };
  /** Publication counts of the current results, for the histogram. */
  timeline: TimelineCounts;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `monthLabel('2024-06')` → `'June 2024'` */
export function monthLabel(month: string): string {
  return `${MONTHS[Number(month.slice(5, 7)) - 1] ?? month} ${month.slice(0, 4)}`;
}

/** A hit as Meilisearch returns it: a search answer's hits come without title and text (planSearch), an export's with. */
type Passage = Omit<PassageDocument, 'title' | 'text'> & Partial<Pick<PassageDocument, 'title' | 'text'>> & { _formatted?: Partial<Record<keyof PassageDocument, unknown>> };

/** Multi-search response → the results the API returns and the page shows. */
export function toSearchResults(state: SearchState, plan: SearchPlan, response: MultiSearchResponse<Passage>): SearchResults {
  const results = response.results as MultiSearchResult<Passage>[];
  const main = results[0]!;
  const distribution = (facet: keyof SearchPlan['facetSource'], field: string): Record<string, number> =>
    results[plan.facetSource[facet]]?.facetDistribution?.[field] ?? {};

  const people = new Set(Object.keys(distribution('actor', facetFields.people)));
  const country = facetValues(distribution('country', facetFields.country), countryName);
  const actor = facetValues(distribution('actor', facetFields.actor), (v) => v).map((v) => ({ ...v, kind: (people.has(v.value) ? 'person' : 'organisation') as ActorKind }));
  const total = main.totalHits ?? main.estimatedTotalHits ?? 0;
  const mainFacets = main.facetDistribution ?? {};
  return {
    total,
    page: state.page,
    pageSize: state.pageSize,
    totalPages: main.totalPages ?? Math.ceil(total / state.pageSize),
    processingTimeMs: main.processingTimeMs,
    hits: main.hits.map(toHit),
    facets: {
      country,
      actor,
      date: periodValues(distribution('published', facetFields.year), distribution('published', facetFields.month)),
      mentioned: periodValues(distribution('mentioned', facetFields.mentionedYear), distribution('mentioned', facetFields.mentionedMonth)),
    },
    timeline: { year: mainFacets[facetFields.year] ?? {}, month: mainFacets[facetFields.month] ?? {}, day: mainFacets[facetFields.day] ?? {} },
  };
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

/**
 * Facet values by count, most first; ties in the order of their labels with case and accents folded ("Émile" next
 * to "Emile", before "Zola"). Sorting ~200 actors, ~200 countries and ~200 months was most of the cost of building a
 * search's results (with Intl.Collator in the comparator: 857 µs; now 342 µs), so each label's fold is computed
 * once and cached: labels repeat from one search to the next. The cache is bounded; when full it starts afresh.
 */
const foldedLabels = new Map<string, string>();
function sortKey(label: string): string {
  let key = foldedLabels.get(label);
  if (key === undefined) {
    if (foldedLabels.size >= 50_000) foldedLabels.clear();
    key = fold(label);
    foldedLabels.set(label, key);
  }
  return key;
}

const byCountThenLabel = (a: FacetValue & { key: string }, b: FacetValue & { key: string }): number =>
  b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : a.label < b.label ? -1 : a.label > b.label ? 1 : 0);

/** `facetValues({ FR: 2, DE: 5 }, countryName)` → `[{ value: 'DE', label: 'Germany', count: 5 }, { value: 'FR', label: 'France', count: 2 }]` */
function facetValues(counts: Record<string, number>, label: (value: string) => string): FacetValue[] {
  const keyed: (FacetValue & { key: string })[] = [];
  for (const value in counts) {
    const text = label(value);
    keyed.push({ value, label: text, count: counts[value]!, key: sortKey(text) });
  }
  keyed.sort(byCountThenLabel);
  return keyed.map(({ value, label: text, count }) => ({ value, label: text, count }));
}

const byValueDescending = (a: FacetValue, b: FacetValue): number => (a.value < b.value ? 1 : a.value > b.value ? -1 : 0);

/**
 * Years, newest first, each with its months, newest first.
 * `periodValues({ '2024': 3 }, { '2024-06': 2, '2024-01': 1 })` → `[{ value: '2024', label: '2024', count: 3, months: [June 2024 (2), January 2024 (1)] }]`
 */
function periodValues(years: Record<string, number>, months: Record<string, number>): PeriodFacetValue[] {
  const monthsOfYear = new Map<string, FacetValue[]>();
  for (const value in months) {
    const year = value.slice(0, 4);
    const list = monthsOfYear.get(year) ?? [];
    list.push({ value, label: monthLabel(value), count: months[value]! });
    monthsOfYear.set(year, list);
  }
  const result: PeriodFacetValue[] = [];
  for (const value in years) {
    result.push({ value, label: value, count: years[value]!, months: (monthsOfYear.get(value) ?? []).sort(byValueDescending) });
  }
  return result.sort(byValueDescending);
}

/**
 * A search answer's passage: title and text come highlighted (and the text cropped) in `_formatted` only (see
 * planSearch); an export's come plain. The plain title is the highlighted one without its markers, which only
 * Meilisearch can put there.
 */
function toHit(doc: Passage): SearchHit {
  const formattedText = typeof doc._formatted?.text === 'string' ? doc._formatted.text : (doc.text ?? '');
  const formattedTitle = typeof doc._formatted?.title === 'string' ? doc._formatted.title : (doc.title ?? '');
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
