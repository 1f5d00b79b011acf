import type { MultiSearchResponse, MultiSearchResult } from 'meilisearch';
import { facetFields } from '../meili/index-settings.js';
import type { PassageDocument } from '../meili/passage-document.js';
import { safeHttpUrl } from './article-model.js';
import { countryName } from './country-names.js';
import { highlightToHtml, stripHighlight } from './highlight.js';
import type { SearchPlan } from './search-request.js';
import type { SearchState } from './search-state.js';

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export interface DateFacetValue extends FacetValue {
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
}

export interface SearchResults {
  total: number;
  page: number;
  pageSize: number;
  totalPages: number;
  processingTimeMs: number;
  hits: SearchHit[];
  facets: { country: FacetValue[]; actor: FacetValue[]; date: DateFacetValue[] };
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

  const country = facetValues(distribution('country', facetFields.country), countryName);
  const actor = facetValues(distribution('actor', facetFields.actor), (v) => v);
  const months = facetValues(distribution('date', facetFields.month), monthLabel);
  const date = facetValues(distribution('date', facetFields.year), (v) => v)
    .sort((a, b) => b.value.localeCompare(a.value))
    .map((year) => ({ ...year, months: months.filter((m) => m.value.startsWith(`${year.value}-`)).sort((a, b) => b.value.localeCompare(a.value)) }));

  const total = main.totalHits ?? main.estimatedTotalHits ?? 0;
  return {
    total,
    page: state.page,
    pageSize: state.pageSize,
    totalPages: main.totalPages ?? Math.ceil(total / state.pageSize),
    processingTimeMs: main.processingTimeMs,
    hits: main.hits.map(toHit),
    facets: { country, actor, date },
  };
}

function facetValues(counts: Record<string, number>, label: (value: string) => string): FacetValue[] {
  return Object.entries(counts)
    .map(([value, count]) => ({ value, label: label(value), count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
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
  };
}
