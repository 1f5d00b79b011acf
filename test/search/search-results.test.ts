import type { MultiSearchResponse } from 'meilisearch';
import { facetFields, MAX_VALUES_PER_FACET } from '../../src/meili/index-settings.js';
import { HIGHLIGHT_POST, HIGHLIGHT_PRE } from '../../src/search/highlight.js';
import { planSearch } from '../../src/search/search-request.js';
import { toSearchResults, withActorKinds } from '../../src/search/search-results.js';
import { emptySearch, MAX_COUNTED_HITS } from '../../src/search/search-state.js';

/** A multi-search answer as Meilisearch 1.21 gives it for planSearch's one query: title and text in _formatted only. */
function answer(facetDistribution: Record<string, Record<string, number>>, hits: object[] = []): MultiSearchResponse {
  return { results: [{ indexUid: 'i', hits, query: '', processingTimeMs: 1, hitsPerPage: 10, page: 1, totalPages: 1, totalHits: hits.length, facetDistribution }] } as unknown as MultiSearchResponse;
}

describe('toSearchResults', () => {
  const state = { ...emptySearch, q: 'coup' };
  const plan = planSearch(state, 'i');

  test('when counts tie, then values follow their labels with case and accents folded', () => {
    const results = toSearchResults(state, plan, answer({
      [facetFields.actor]: { zola: 2, 'Émile Zola': 2, 'Emile Augier': 2, 'Bank of France': 9 },
    }) as never);
    expect(results.facets.actor.map((v) => v.value)).toEqual(['Bank of France', 'Emile Augier', 'Émile Zola', 'zola']);
  });

  test('when Meilisearch counted its maximum of actor values and two are spellings of one, then the facet is still told capped', () => {
    const counts: Record<string, number> = { 'Hugo Chávez': 5, 'Hugo Chavez': 4 };
    for (let i = 0; i < MAX_VALUES_PER_FACET - 2; i++) counts[`Actor ${i}`] = 1;
    const results = toSearchResults(state, plan, answer({ [facetFields.actor]: counts, [facetFields.country]: { NE: 3 } }) as never);
    expect(results.facets.actor).toHaveLength(MAX_VALUES_PER_FACET - 1);
    expect(results.cappedFacets).toEqual(['actor']);
  });

  test('when kinds are looked up for some actor values, then those values carry them and the others none', () => {
    const results = toSearchResults(state, plan, answer({ [facetFields.actor]: { constructor: 3, 'Émile Zola': 2, toString: 1 } }) as never);
    const kinded = withActorKinds(results, new Map([['Émile Zola', 'person'], ['constructor', 'organisation']]));
    expect(kinded.facets.actor.map((v) => [v.value, v.kind])).toEqual([
      ['constructor', 'organisation'],
      ['Émile Zola', 'person'],
      ['toString', undefined],
    ]);
  });

  test('when years are mentioned, then the most mentioned come first (ties newer first), each with its months newest first', () => {
    const results = toSearchResults(state, plan, answer({
      [facetFields.mentionedYear]: { '2075': 1, '1987': 1129, '1986': 40, '2050': 40 },
      [facetFields.mentionedMonth]: { '1987-03': 900, '1987-04': 20 },
    }) as never);
    expect(results.facets.mentioned.map((y) => [y.value, y.months.map((m) => m.value)])).toEqual([['1987', ['1987-04', '1987-03']], ['2050', []], ['1986', []], ['2075', []]]);
  });

  test('when Meilisearch counted its maximum of months, then no year lists some of its months; a chosen month\'s year lists all of its own', () => {
    const capped: Record<string, number> = {};
    for (let i = 0; i < MAX_VALUES_PER_FACET; i++) capped[`${1800 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`] = 5;
    capped['2001-09'] = 51;
    const years = { '2001': 187, '1800': 60 };
    const unchosen = toSearchResults(state, plan, answer({ [facetFields.mentionedYear]: years, [facetFields.mentionedMonth]: capped }) as never);
    expect(unchosen.facets.mentioned.map((y) => y.months.length)).toEqual([0, 0]);

    const chosen = { ...state, mentioned: '2001-11' };
    const chosenPlan = planSearch(chosen, 'i');
    expect(chosenPlan.queries[chosenPlan.chosenYearMonths!]!.filter).toEqual(['mentionedYears = "2001"']);
    const facetQuery = { facetDistribution: { [facetFields.mentionedYear]: years, [facetFields.mentionedMonth]: capped } };
    const yearQuery = { facetDistribution: { [facetFields.mentionedMonth]: { '2001-12': 3, '2001-11': 9, '2001-01': 2, '2002-01': 4 } } };
    const response = { results: [answer({}).results[0], facetQuery, yearQuery] } as unknown as MultiSearchResponse;
    const results = toSearchResults(chosen, chosenPlan, response as never);
    expect(results.facets.mentioned.find((y) => y.value === '2001')!.months.map((m) => `${m.value}:${m.count}`)).toEqual(['2001-12:3', '2001-11:9', '2001-01:2']);
  });

  test('when the years counted hold fewer articles than the total, then the rest are the undated articles; an export\'s answer, without the facet, counts none', () => {
    const counted = (total: number, years?: Record<string, number>) => {
      const a = answer(years === undefined ? {} : { [facetFields.year]: years });
      (a.results[0] as { totalHits: number }).totalHits = total;
      if (years === undefined) delete (a.results[0] as { facetDistribution?: unknown }).facetDistribution;
      return toSearchResults(state, plan, a as never).undatedTotal;
    };
    expect(counted(16160, { '1987': 12528, '2005': 3610 })).toBe(22);
    expect(counted(5, { '2023': 5 })).toBe(0);
    expect(counted(3, {})).toBe(3);
    expect(counted(3)).toBe(0);
  });

  test('when years and months are counted, then years come newest first, each with its own months newest first', () => {
    const results = toSearchResults(state, plan, answer({
      [facetFields.year]: { '2023': 1, '2024': 5 },
      [facetFields.month]: { '2024-01': 3, '2023-07': 1, '2024-06': 2 },
    }) as never);
    expect(results.facets.date).toEqual([
      { value: '2024', label: '2024', count: 5, months: [{ value: '2024-06', label: 'June 2024', count: 2 }, { value: '2024-01', label: 'January 2024', count: 3 }] },
      { value: '2023', label: '2023', count: 1, months: [{ value: '2023-07', label: 'July 2023', count: 1 }] },
    ]);
  });

  test('when a hit comes without title and text, then both come from _formatted, escaped, the plain title without marks', () => {
    const hit = {
      id: 'a-0', articleId: 'a', position: 0, passageCount: 1, url: 'javascript:alert(1)', source: null, published: null,
      articleCountries: ['NE'], articleActors: [], articleDates: [],
      _formatted: { title: `${HIGHLIGHT_PRE}Coup${HIGHLIGHT_POST} <b>in</b> Niger`, text: `A ${HIGHLIGHT_PRE}coup${HIGHLIGHT_POST}…` },
    };
    const [result] = toSearchResults(state, plan, answer({}, [hit]) as never).hits;
    expect(result).toMatchObject({
      title: 'Coup <b>in</b> Niger',
      titleHtml: '<mark>Coup</mark> &lt;b&gt;in&lt;/b&gt; Niger',
      passage: 'A coup…',
      passageHtml: 'A <mark>coup</mark>…',
      url: null,
      countries: [{ code: 'NE', name: 'Niger' }],
    });
  });

  test('when planning a result page, then title and text are highlighted but not retrieved twice', () => {
    const [main] = plan.queries;
    expect(main?.attributesToRetrieve).not.toContain('text');
    expect(main?.attributesToRetrieve).not.toContain('title');
    expect(main?.attributesToHighlight).toEqual(['title', 'text']);
    expect(planSearch(state, 'i', { export: true }).queries[0]?.attributesToRetrieve).toContain('text');
  });
});

describe('toSearchResults: totals and pages', () => {
  const state = { ...emptySearch, q: 'oil' };
  const plan = planSearch(state, 'i');
  const counted = (totalHits: number) =>
    ({ results: [{ indexUid: 'i', hits: [], query: 'oil', processingTimeMs: 1, hitsPerPage: 10, page: 1, totalPages: Math.ceil(totalHits / 10), totalHits, facetDistribution: {} }] }) as unknown as MultiSearchResponse;

  test('when more articles match than pages reach, then the total stays exact and the pages stop at the 10,000th article', () => {
    const results = toSearchResults(state, plan, counted(16_366) as never);
    expect([results.total, results.totalCapped, results.totalPages]).toEqual([16_366, false, 1_000]);
  });

  test('when Meilisearch counted up to its maximum, then the total is marked as a lower bound', () => {
    expect(toSearchResults(state, plan, counted(MAX_COUNTED_HITS) as never).totalCapped).toBe(true);
  });
});
