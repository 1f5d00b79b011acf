import { DEFAULT_FACET_LIMIT, MAX_FACET_LIMIT, parseApiOptions, toApiAnswer } from '../../src/search/api-answer.js';
import type { FacetValue, SearchResults } from '../../src/search/search-results.js';
import { emptySearch } from '../../src/search/search-state.js';
import { AppError } from '../../src/web/app-error.js';

const values = (prefix: string, n: number): FacetValue[] => Array.from({ length: n }, (_, i) => ({ value: `${prefix}${i}`, label: `${prefix}${i}`, count: n - i }));

function results(n: number): SearchResults {
  return {
    ignoredWords: [],
    cappedFacets: [],
    total: 3,
    totalCapped: false,
    page: 1,
    pageSize: 10,
    totalPages: 1,
    processingTimeMs: 4,
    hits: [],
    facets: {
      country: values('C', n),
      actor: values('A', n).map((v) => ({ ...v, kind: 'person' as const })),
      date: values('19', n).map((v) => ({ ...v, months: [] })),
      mentioned: values('20', n).map((v) => ({ ...v, months: [] })),
    },
    undatedTotal: 0,
    timeline: { year: { '1987': 3 }, month: { '1987-03': 3 }, day: {} },
  };
}

function badRequest(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(400);
    return (error as AppError).message;
  }
  throw new Error('expected a 400');
}

describe('parseApiOptions', () => {
  test('when no API option is given, then matches is off, facets carry the default number of values, and the rest is the search', () => {
    expect(parseApiOptions({ q: 'oil', country: 'US' })).toEqual({ options: { matches: false, facetLimit: DEFAULT_FACET_LIMIT }, search: { q: 'oil', country: 'US' } });
  });

  test('when matches=1 and facetLimit=0 or the maximum, then they are taken', () => {
    expect(parseApiOptions({ matches: '1', facetLimit: '0' }).options).toEqual({ matches: true, facetLimit: 0 });
    // Empty, as a form leaves it, like every other parameter: the default (a web review).
    expect(parseApiOptions({ matches: '', facetLimit: '' }).options).toEqual({ matches: false, facetLimit: DEFAULT_FACET_LIMIT });
    expect(parseApiOptions({ facetLimit: String(MAX_FACET_LIMIT) }).options.facetLimit).toBe(MAX_FACET_LIMIT);
  });

  test('when facetLimit is not a whole number within bounds, then a 400 says what was expected and what came', () => {
    expect(badRequest(() => parseApiOptions({ facetLimit: 'all' }))).toBe(`facetLimit: expected a whole number from 0 to ${MAX_FACET_LIMIT}, got "all"`);
    expect(badRequest(() => parseApiOptions({ facetLimit: String(MAX_FACET_LIMIT + 1) }))).toContain(`got "${MAX_FACET_LIMIT + 1}"`);
    expect(badRequest(() => parseApiOptions({ facetLimit: '-1' }))).toContain('facetLimit');
    expect(badRequest(() => parseApiOptions({ facetLimit: ['1', '2'] }))).toContain('got several values');
    expect(badRequest(() => parseApiOptions({ matches: 'yes' }))).toBe('matches: expected 1 or 0, got "yes"');
  });
});

describe('toApiAnswer', () => {
  test('when a facet has more values than the limit, then the first ones come, in order', () => {
    const answer = toApiAnswer(emptySearch, results(30), 5);
    expect(answer.facets.country.map((v) => v.value)).toEqual(['C0', 'C1', 'C2', 'C3', 'C4']);
    expect(answer.facets.actor).toHaveLength(5);
    expect(answer.facets.date).toHaveLength(5);
    expect(answer.facets.mentioned).toHaveLength(5);
  });

  test('when a selected value lies beyond the limit, then it comes too, so a client can show and remove its filter', () => {
    const answer = toApiAnswer({ ...emptySearch, countries: ['C25'], actors: ['A29'], mentioned: '2017-05' }, results(30), 2);
    expect(answer.facets.country.map((v) => v.value)).toEqual(['C0', 'C1', 'C25']);
    expect(answer.facets.actor.map((v) => v.value)).toEqual(['A0', 'A1', 'A29']);
    expect(answer.facets.mentioned.map((v) => v.value)).toEqual(['200', '201', '2017']);
  });

  test('when shaping the answer, then the engine time is left out and the timeline is by year', () => {
    const answer = toApiAnswer(emptySearch, results(3), 20);
    expect(answer).not.toHaveProperty('processingTimeMs');
    expect(answer.timeline).toEqual({ '1987': 3 });
    expect(answer.facets.country).toHaveLength(3);
  });
});
