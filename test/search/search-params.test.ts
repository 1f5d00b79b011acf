import { anyOf, noneOfPassages, quoteFilterValue, searchFilter } from '../../src/search/filter-adapter.js';
import { highlightToHtml, stripHighlight } from '../../src/search/highlight.js';
import { PAGE_PARAMS, parseSearchParams, SEARCH_PARAMS } from '../../src/search/parse-search-params.js';
import { meiliQuery, planPassageMatches, planSearch } from '../../src/search/search-request.js';
import { emptySearch } from '../../src/search/search-state.js';
import { refine, searchHref, searchQueryString } from '../../src/search/search-url.js';
import { AppError } from '../../src/web/app-error.js';

describe('parseSearchParams', () => {
  test('when the form sends "most of the words" with the query it was chosen for, then the same query keeps the mode and another query is searched for every word', () => {
    const page = { accepts: [...SEARCH_PARAMS, ...PAGE_PARAMS] };
    expect(parseSearchParams({ q: 'spoke met Moscow', match: 'most', matchFor: 'spoke met Moscow', sort: 'newest' }, page)).toMatchObject({ match: 'most', sort: 'newest' });
    // The same query however its white space came (the box's value is the query as searched).
    expect(parseSearchParams({ q: 'spoke\u00a0met  Moscow', match: 'most', matchFor: 'spoke met Moscow' }, page).match).toBe('most');
    expect(parseSearchParams({ q: 'Moscow', match: 'most', matchFor: 'spoke met Moscow' }, page).match).toBe('all');
    expect(parseSearchParams({ q: '', match: 'most', matchFor: 'spoke met Moscow' }, page).match).toBe('all');
    // A link names no query: its mode holds; the API takes no matchFor.
    expect(parseSearchParams({ q: 'Moscow', match: 'most' }, page).match).toBe('most');
    expect(() => parseSearchParams({ q: 'Moscow', match: 'most', matchFor: 'Moscow' })).toThrow('unknown parameter "matchFor"');
  });

  test('when values are repeated, lower case or partial dates, then they normalise', () => {
    expect(parseSearchParams({ q: 'coup', country: ['ne', 'ML', 'NE'], actor: 'Vladimir Putin', from: '2023', to: '2024-02' })).toEqual({
      ...emptySearch,
      q: 'coup',
      countries: ['NE', 'ML'],
      actors: ['Vladimir Putin'],
      from: '2023-01-01',
      to: '2024-02-29',
    });
  });

  test('when a query or an actor holds control characters (a NUL), then they go, and a query of them alone is none', () => {
    expect(parseSearchParams({ q: 'abc\u0000def' }).q).toBe('abcdef');
    expect(parseSearchParams({ q: '\u0000' }).q).toBe('');
    expect(parseSearchParams({ actor: 'Tony\u0000 Blair\u0007' }).actors).toEqual(['Tony Blair']);
  });

  test('when a query holds invisible format characters (a pasted zero-width space), then they go', () => {
    expect(parseSearchParams({ q: '\u200B' }).q).toBe('');
    expect(parseSearchParams({ q: 'coup\u200B Niger\uFEFF' }).q).toBe('coup Niger');
  });

  test('when a form sends empty fields, then they count as absent', () => {
    expect(parseSearchParams({ q: '', from: '', to: '', country: '', sort: 'relevance' })).toEqual(emptySearch);
  });

  test.each([
    [{ page: '-1' }, 'page: expected a whole number from 1 to 1000, got "-1"'],
    [{ pageSize: '0' }, 'pageSize: expected a whole number from 1 to 100, got "0"'],
    [{ page: '1001' }, 'page: expected a whole number from 1 to 1000, got "1001"'],
    [{ country: 'FRA' }, 'country: expected a two-letter ISO 3166 code such as NE, got "FRA"'],
    [{ to: '2024-1-1' }, 'to: expected a date as YYYY-MM-DD (or YYYY-MM, YYYY), got "2024-1-1"'],
    [{ from: '2024-06-01', to: '2024-05-01' }, 'from: 2024-06-01 is after to (2024-05-01): expected a start on or before the end'],
    [{ actor: Array.from({ length: 51 }, (_, i) => `a${i}`) }, 'actor: expected at most 50 values, got 51'],
    [{ sort: ['newest', 'oldest'] }, 'sort: expected one value, got 2'],
    [{ page: '2', pageSize: '100' }, undefined],
  ])('when given %j, then the message is %s', (query, message) => {
    if (message === undefined) {
      expect(() => parseSearchParams(query)).not.toThrow();
      return;
    }
    try {
      parseSearchParams(query);
      throw new Error('expected a 400');
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).status).toBe(400);
      expect((error as AppError).message).toBe(message);
    }
  });

  test('when undated=1 comes alone, then the search is for articles with no publication date; with a date range, then 400, except from the page\'s form, whose date fields replace it', () => {
    expect(parseSearchParams({ undated: '1' })).toEqual({ ...emptySearch, undated: true });
    expect(parseSearchParams({ undated: '0' })).toEqual(emptySearch);
    expect(() => parseSearchParams({ undated: 'yes' })).toThrow('undated: expected 1 or 0, got "yes"');
    expect(() => parseSearchParams({ undated: '1', from: '1987' })).toThrow('undated=1 asks for articles with no publication date, from and to for a range of dates: expected one or the other');
    expect(() => parseSearchParams({ undated: '1', to: '1987' })).toThrow(AppError);
    const page = { accepts: [...SEARCH_PARAMS, ...PAGE_PARAMS], allowUnknown: true, datesReplaceUndated: true };
    expect(parseSearchParams({ undated: '1', from: '1987' }, page)).toMatchObject({ undated: false, from: '1987-01-01', undatedReplaced: true });
    expect(parseSearchParams({ undated: '1', from: '' }, page)).toEqual({ ...emptySearch, undated: true });
  });

  test('when the API gets an unknown parameter, then 400; when a page does, then it is ignored', () => {
    expect(() => parseSearchParams({ contry: 'NE' })).toThrow('unknown parameter "contry"');
    expect(parseSearchParams({ utm_source: 'x' }, { allowUnknown: true })).toEqual(emptySearch);
  });
});

describe('search URL', () => {
  test('when a state goes to a URL and back, then it is the same state', () => {
    const state = { ...emptySearch, q: 'a & b "c"', countries: ['NE', 'ML'], actors: ['Wagner Group', 'A=B&C'], from: '2023-01-01', to: '2023-12-31', sort: 'newest' as const, page: 3, pageSize: 20 };
    const back = parseSearchParams(Object.fromEntries([...new URLSearchParams(searchQueryString(state)).keys()].map((k) => {
      const all = new URLSearchParams(searchQueryString(state)).getAll(k);
      return [k, all.length > 1 ? all : all[0]];
    })));
    expect(back).toEqual(state);
  });
  test('when the state is the default, then the link is bare', () => {
    expect(searchHref(emptySearch)).toBe('/');
  });

  test('when "No date" is chosen, then it goes to the URL and back; a range chosen after it replaces it, and it replaces a range', () => {
    const undated = { ...emptySearch, q: 'oil', undated: true };
    expect(searchHref(undated)).toBe('/?q=oil&undated=1');
    expect(parseSearchParams(Object.fromEntries(new URLSearchParams(searchQueryString(undated))))).toEqual(undated);
    expect(refine({ ...undated, page: 3 }, { from: '1987-01-01', to: '1987-12-31' })).toEqual({ ...undated, undated: false, from: '1987-01-01', to: '1987-12-31' });
    expect(refine({ ...emptySearch, from: '1987-01-01', to: '1987-12-31' }, { undated: true })).toEqual({ ...emptySearch, undated: true });
    expect(refine(undated, { countries: ['NE'] })).toEqual({ ...undated, countries: ['NE'] });
  });
});

describe('filter adapter', () => {
  test.each([
    ['Wagner', '"Wagner"'],
    ['a"b', '"a\\"b"'],
    ['back\\slash', '"back\\\\slash"'],
    ['x" OR articleId EXISTS OR "', '"x\\" OR articleId EXISTS OR \\""'],
    ['line\nbreak', '"line\nbreak"'],
  ])('when the value is %j, then it is quoted as %s', (value, quoted) => {
    expect(quoteFilterValue(value)).toBe(quoted);
  });

  test('when several facets are selected, then values OR within a facet and facets AND together', () => {
    const filter = searchFilter({ ...emptySearch, countries: ['NE', 'ML'], actors: ['Vladimir Putin'], from: '2023-07-01', to: '2023-07-31' });
    expect(filter).toEqual([
      anyOf('articleCountries', ['NE', 'ML']),
      // By the folded key: any spelling of an actor finds all of its articles.
      'articleActorKeys IN ["vladimir putin"]',
      'publishedAt >= 1688169600',
      'publishedAt < 1690848000',
    ]);
    expect(searchFilter({ ...emptySearch, countries: ['NE'], actors: ['X'] }, 'country')).toEqual(['articleActorKeys IN ["x"]']);
  });

  test('when "No date" is chosen, then the filter asks for a null publishedAt, and the Published facet is counted without it', () => {
    expect(searchFilter({ ...emptySearch, countries: ['NE'], undated: true })).toEqual(['articleCountries IN ["NE"]', 'publishedAt IS NULL']);
    expect(searchFilter({ ...emptySearch, countries: ['NE'], undated: true }, 'published')).toEqual(['articleCountries IN ["NE"]']);
    const plan = planSearch({ ...emptySearch, undated: true }, 'passages');
    expect(plan.facetSource.published).toBe(1);
    expect(plan.queries[1]).toMatchObject({ filter: [], facets: ['publishedYear', 'publishedMonth'], hitsPerPage: 0 });
  });

  test('when passages are left out, then the filter names each by its article (quoted) and positions', () => {
    const passages = [{ articleId: 'a"1', position: 0 }, { articleId: 'b', position: 3 }, { articleId: 'a"1', position: 2 }];
    expect(noneOfPassages(passages)).toBe('NOT ((articleId = "a\\"1" AND position IN [0, 2]) OR (articleId = "b" AND position IN [3]))');
    expect(searchFilter({ ...emptySearch, excludedPassages: passages })).toEqual([noneOfPassages(passages)]);
    expect(() => noneOfPassages([{ articleId: 'a', position: Number.NaN }])).toThrow('expected a passage\'s position as a whole number, got NaN');
  });

  test('when a facet has a selection, then the plan adds one count query without that facet, with exact (hitsPerPage) counts', () => {
    const plan = planSearch({ ...emptySearch, q: 'coup', countries: ['NE'] }, 'passages');
    expect(plan.queries).toHaveLength(2);
    expect(plan.facetSource).toEqual({ country: 1, actor: 0, published: 0, mentioned: 0 });
    expect(plan.queries[1]).toMatchObject({ q: 'coup ', matchingStrategy: 'all', filter: [], facets: ['articleCountries'], hitsPerPage: 0, distinct: 'storyKey' });
    expect(plan.queries[0]).toMatchObject({ q: 'coup ', matchingStrategy: 'all', distinct: 'storyKey', page: 1, hitsPerPage: 10 });
  });

  test('when actors must all be named (all of them, or together), then their counts come from the results themselves; picked as alternatives, from a query without them', () => {
    for (const mode of [{ allActors: true }, { together: true }]) {
      const plan = planSearch({ ...emptySearch, actors: ['Ronald Reagan'], ...mode }, 'passages');
      expect(plan.queries).toHaveLength(1);
      expect(plan.facetSource.actor).toBe(0);
    }
    expect(planSearch({ ...emptySearch, actors: ['Ronald Reagan'] }, 'passages').facetSource.actor).toBe(1);
  });

  test('when a query is planned, then its last word is a whole word (no prefix: "UN" is not "Union") and every word must match', () => {
    expect(meiliQuery('UN')).toBe('UN ');
    expect(meiliQuery('"Islamic State"')).toBe('"Islamic State" ');
    expect(meiliQuery('')).toBe('');
    expect(planPassageMatches({ ...emptySearch, q: 'oil' }, 'passages', ['a'])).toMatchObject({ q: 'oil ', matchingStrategy: 'all', attributesToSearchOn: ['text'] });
  });
});

describe('highlight', () => {
  test('when text carries HTML and highlight markers, then the HTML is escaped and only the markers become <mark>', () => {
    expect(highlightToHtml('<b>x</b> \uE000coup\uE001 & "y"')).toBe('&lt;b&gt;x&lt;/b&gt; <mark>coup</mark> &amp; &quot;y&quot;');
    expect(stripHighlight('a \uE000b\uE001')).toBe('a b');
  });
  test('when markers are unbalanced, then the HTML is still balanced', () => {
    expect(highlightToHtml('\uE000open')).toBe('<mark>open</mark>');
    expect(highlightToHtml('close\uE001')).toBe('close');
  });
});
