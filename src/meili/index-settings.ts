import type { Settings } from 'meilisearch';

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
} as const;

/** Values Meilisearch counts per facet (the most frequent: `sortFacetValuesBy` count). */
export const MAX_VALUES_PER_FACET = 200;

/**
 * The passage index settings. No index-level distinctAttribute: searches ask for `distinct: 'articleId'`, so that
 * the article page can still list every passage of one article.
 */
export const indexSettings: Settings = {
  searchableAttributes: ['title', 'text'],
  filterableAttributes: [
    'articleId',
    'position',
    'articleCountries',
    'articleActors',
    'articleDates',
    'mentionedYears',
    'mentionedMonths',
    'articlePeople',
    'sourcePath',
    'countries',
    'actors',
    'dates',
    'publishedAt',
    'publishedYear',
    'publishedMonth',
    'publishedDay',
    'source',
  ],
  sortableAttributes: ['publishedAt', 'position'],
  // `sort` first: "newest first" must mean newest first. Meilisearch's default puts it after words, typo, proximity
  // and attribute, so a better-matching old article outranked a newer one. Without a sort parameter the rule is inert.
  rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'],
  faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET, sortFacetValuesBy: { '*': 'count' } },
  pagination: { maxTotalHits: 10_000 },
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
};
