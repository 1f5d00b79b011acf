import { MAX_COUNTED_HITS } from '../search/search-state.js';
import type { GranularFilterableAttribute, Settings } from 'meilisearch';

/** Facet attributes, by the name the API and URLs use. */
export const facetFields = {
  country: 'articleCountries',
  actor: 'articleActors',
  year: 'publishedYear',
  month: 'publishedMonth',
  day: 'publishedDay',
  mentionedYear: 'mentionedYears',
  mentionedMonth: 'mentionedMonths',
  people: 'articlePeople',
  /** What actor filters match (actorKey of each value of `actor`); the facet counts `actor`, as the articles spell it. */
  actorKey: 'articleActorKeys',
  /** Passage-level actorKey values: "named together in one passage". */
  passageActorKey: 'actorKeys',
  /** Passage-level countries: a country a query's words name (country-words.ts), and an entity's co-occurrences. */
  passageCountry: 'countries',
} as const;

/**
 * What searches collapse passages by (Meilisearch's `distinct`): one hit per story, its best passage. Not the article
 * id: the wire files one story again under a new id (Reuters' part 1 holds 202 such stories; the 16,366 bench articles
 * are 16,160 stories), and each copy was a hit of its own, twice in a row on a results page. Meilisearch asks the
 * field to be filterable (FILTERABLE_FIELDS).
 * An index written before the key (documents version 5) cannot collapse by it: search-client.ts falls back to
 * `articleId` there.
 */
export const ONE_HIT_PER = 'storyKey';
/** What an index without story keys collapses by. */
export const ONE_HIT_PER_ARTICLE = 'articleId';

/** Values Meilisearch counts per facet (the most frequent: `sortFacetValuesBy` count). */
export const MAX_VALUES_PER_FACET = 200;

/** Every field a filter or a facet count reads. */
export const FILTERABLE_FIELDS = [
  'articleId',
  'position',
  'articleCountries',
  'articleActors',
  'articleActorKeys',
  'articleDates',
  'mentionedYears',
  'mentionedMonths',
  'articlePeople',
  'sourcePath',
  'sourceKey',
  'earlierArticleId',
  'storyKey',
  'countries',
  'actors',
  'actorKeys',
  'dates',
  'publishedAt',
  'publishedYear',
  'publishedMonth',
  'publishedDay',
  'source',
] as const;

/** The one field whose values are searched by their start: the actor filter's "find a name" (facet search). */
const FACET_SEARCHED: ReadonlySet<string> = new Set([facetFields.actor]);
/** The one field filtered by range: the date filter's `publishedAt >= …`; every other filter is `=` or `IN`. */
const COMPARED: ReadonlySet<string> = new Set(['publishedAt']);

/**
 * Each filterable field with only the features some query uses (Meilisearch's granular filterable attributes). By
 * default every filterable field gets facet search and range comparison, and Meilisearch rebuilds the facet-search
 * structures of every string field at every indexing batch: ~0.2–0.35 s a batch of 2,000 passages into an index of
 * 24,000 (its progress trace), more than a tenth of the batch, paid ~14 times by a pipeline that uploads as it tags.
 *
 * `granularFilterable(['articleActors', 'position'])` → `[{ attributePatterns: ['articleActors'], features: { facetSearch:
 * true, filter: { equality: true, comparison: false } } }, { attributePatterns: ['position'], features: { facetSearch:
 * false, … } }]`
 */
export function granularFilterable(fields: readonly string[]): GranularFilterableAttribute[] {
  return fields.map((field) => ({
    attributePatterns: [field],
    features: { facetSearch: FACET_SEARCHED.has(field), filter: { equality: true, comparison: COMPARED.has(field) } },
  }));
}

/**
 * The passage index settings. No index-level distinctAttribute: searches ask for `distinct` (ONE_HIT_PER), so that
 * the article page can still list every passage of one article.
 */
export const indexSettings: Settings = {
  searchableAttributes: ['title', 'text'],
  filterableAttributes: granularFilterable(FILTERABLE_FIELDS),
  sortableAttributes: ['publishedAt', 'position'],
  // `sort` first: "newest first" must mean newest first. Meilisearch's default puts it after words, typo, proximity
  // and attribute, so a better-matching old article outranked a newer one. Without a sort parameter the rule is inert.
  rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'],
  faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET, sortFacetValuesBy: { '*': 'count' } },
  pagination: { maxTotalHits: MAX_COUNTED_HITS },
  // No typo below six letters (Meilisearch: five): in news, five-letter names one letter apart are other names, and a
  // search for "Obama" counted 25 articles about Osama bin Laden among 27, "Niger" found Nigel Lawson.
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 6, twoTypos: 9 } },
  // Characters Meilisearch 1.21 does not split words at, glued to the word after them: the wire's company names and
  // tickers in angle brackets ("a unit of <Hughes Capital Corp>", "<TXN>": 11,105 such spans in 7,445 Reuters
  // articles) could not be found by their first word, and a table's "a|b" or "x=y" held no words "b" or "y" (a
  // black-box review).
  separatorTokens: ['<', '>', '|', '=', '^', '~'],
};

/**
 * Whether an index's `filterableAttributes` (as Meilisearch returns them: names, or granular entries) can filter on
 * `field`: `isFilterable([{ attributePatterns: ['storyKey'], … }], 'storyKey')` → `true`; `isFilterable(['a'], 'storyKey')` → `false`
 */
export function isFilterable(filterable: unknown, field: string): boolean {
  if (!Array.isArray(filterable)) return false;
  const patterns = (entry: unknown): unknown => (typeof entry === 'object' && entry !== null ? (entry as { attributePatterns?: unknown }).attributePatterns : undefined);
  return filterable.some((entry: unknown) => {
    const p = patterns(entry);
    return entry === field || (Array.isArray(p) && p.includes(field));
  });
}

/** Settings whose lists Meilisearch keeps as sets (it may return them in another order), at any depth. */
const UNORDERED: ReadonlySet<string> = new Set(['filterableAttributes', 'sortableAttributes', 'disableOnWords', 'separatorTokens']);

/**
 * Whether an index already has every setting in `wanted` (what Meilisearch returns holds more: its defaults). Lists
 * compare in order except the set-like ones, objects field by field, synonyms as sets of words. An update that
 * would change nothing is still a task in the engine's queue and history; an indexer run over unchanged input must
 * leave none.
 *
 * `hasSettings({ sortableAttributes: ['a', 'b'] }, { sortableAttributes: ['b', 'a'], searchableAttributes: ['*'] })` → `true`
 */
export function hasSettings(wanted: Record<string, unknown>, current: Record<string, unknown>): boolean {
  return Object.entries(wanted).every(([key, value]) => sameSetting(value, current[key], UNORDERED.has(key), key === 'synonyms'));
}

function sameSetting(wanted: unknown, current: unknown, unordered: boolean, wordSets: boolean): boolean {
  if (Array.isArray(wanted)) {
    if (!Array.isArray(current) || current.length !== wanted.length) return false;
    if (!unordered) return wanted.every((v, i) => sameSetting(v, current[i], false, false));
    const key = (v: unknown) => JSON.stringify(v);
    return JSON.stringify(wanted.map(key).sort()) === JSON.stringify(current.map(key).sort());
  }
  if (typeof wanted === 'object' && wanted !== null) {
    if (typeof current !== 'object' || current === null) return false;
    const have = current as Record<string, unknown>;
    if (wordSets && Object.keys(have).length !== Object.keys(wanted).length) return false;
    return Object.entries(wanted).every(([k, v]) => sameSetting(v, have[k], wordSets || UNORDERED.has(k), false));
  }
  return wanted === current;
}
