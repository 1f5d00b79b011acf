import { facetFields, FILTERABLE_FIELDS, granularFilterable, hasSettings, indexSettings, isFilterable } from '../../src/meili/index-settings.js';

describe('granularFilterable', () => {
  const features = new Map(granularFilterable(FILTERABLE_FIELDS).map((f) => [f.attributePatterns.join(), f.features]));

  test('when the passage index is set up, then every facet field can be filtered by value', () => {
    for (const field of [...FILTERABLE_FIELDS, ...Object.values(facetFields)]) expect(features.get(field)?.filter.equality).toBe(true);
  });

  test('when the passage index is set up, then only the actor facet is searchable by its start', () => {
    expect([...features].filter(([, f]) => f.facetSearch).map(([field]) => field)).toEqual([facetFields.actor]);
  });

  test('when the passage index is set up, then only the publication time is compared by range', () => {
    expect([...features].filter(([, f]) => f.filter.comparison).map(([field]) => field)).toEqual(['publishedAt']);
  });

  test('when each field gets a pattern of its own, then no pattern matches two fields', () => {
    expect(granularFilterable(['a', 'b']).map((f) => f.attributePatterns)).toEqual([['a'], ['b']]);
  });
});

describe('hasSettings', () => {
  test('when the engine lists the granular fields in another order, then the settings count as the same', () => {
    const wanted = { filterableAttributes: indexSettings.filterableAttributes };
    const current = { filterableAttributes: [...(indexSettings.filterableAttributes ?? [])].reverse(), searchableAttributes: ['*'] };
    expect(hasSettings(wanted, current)).toBe(true);
  });

  test('when one field lost its facet search, then the settings differ', () => {
    const changed = granularFilterable(FILTERABLE_FIELDS).map((f) => (f.features.facetSearch ? { ...f, features: { ...f.features, facetSearch: false } } : f));
    expect(hasSettings({ filterableAttributes: indexSettings.filterableAttributes }, { filterableAttributes: changed })).toBe(false);
  });

  test('when the engine returns the exact words in another order, then they count as the same; a word more, not', () => {
    const wanted = { typoTolerance: { enabled: true, disableOnWords: ['police', 'billion'] } };
    expect(hasSettings(wanted, { typoTolerance: { enabled: true, disableOnWords: ['billion', 'police'], disableOnAttributes: [] } })).toBe(true);
    expect(hasSettings(wanted, { typoTolerance: { enabled: true, disableOnWords: ['billion', 'police', 'policy'] } })).toBe(false);
    expect(hasSettings(wanted, { typoTolerance: { enabled: true, disableOnWords: [] } })).toBe(false);
  });
});

describe('isFilterable', () => {
  test('when an index lists a field by name or in a granular entry, then it can filter on it; otherwise, or with no list, not', () => {
    expect(isFilterable(granularFilterable(FILTERABLE_FIELDS), 'storyKey')).toBe(true);
    expect(isFilterable(['articleId', 'storyKey'], 'storyKey')).toBe(true);
    expect(isFilterable(granularFilterable(FILTERABLE_FIELDS.filter((f) => f !== 'storyKey')), 'storyKey')).toBe(false);
    expect(isFilterable([{ attributePatterns: 'storyKey' }, null, 'story'], 'storyKey')).toBe(false);
    expect(isFilterable(undefined, 'storyKey')).toBe(false);
  });
});
