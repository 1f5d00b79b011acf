import type { MultiSearchResponse, MultiSearchResult } from 'meilisearch';
import { facetFields } from '../meili/index-settings.js';
import type { ActorKind, PassageDocument } from '../meili/passage-document.js';
import { safeHttpUrl } from './safe-url.js';
import { countryName } from './country-names.js';
import { highlightToHtml, stripHighlight } from './highlight.js';
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

type Passage = PassageDocument & { _formatted?: Partial<Record<keyof PassageDocument, unknown>> };

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

/** One collator for every facet sort: `String.prototype.localeCompare` builds ICU state on each call (measured: it was the largest CPU cost of building a search answer). */
const collator = new Intl.Collator('en');

function facetValues(counts: Record<string, number>, label: (value: string) => string): FacetValue[] {
  return Object.entries(counts)
    .map(([value, count]) => ({ value, label: label(value), count }))
    .sort((a, b) => b.count - a.count || collator.compare(a.label, b.label));
}

function periodValues(years: Record<string, number>, months: Record<string, number>): PeriodFacetValue[] {
  const monthValues = facetValues(months, monthLabel);
  return facetValues(years, (v) => v)
    .sort((a, b) => (a.value < b.value ? 1 : a.value > b.value ? -1 : 0))
    .map((year) => ({ ...year, months: monthValues.filter((m) => m.value.startsWith(`${year.value}-`)).sort((a, b) => (a.value < b.value ? 1 : a.value > b.value ? -1 : 0)) }));
}

function toHit(doc: Passage): SearchHit {
  const formattedText = typeof doc._formatted?.text === 'string' ? doc._formatted.text : doc.text;
  const formattedTitle = typeof doc._formatted?.title === 'string' ? doc._formatted.title : doc.title;
  return {
    articleId: doc.articleId,
    passageId: doc.id,
    position: doc.position,
    passageCount: doc.passageCount,
    title: doc.title,
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
