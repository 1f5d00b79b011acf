import { hasWordsToRank } from '../../src/search/search-request.js';
import { MAX_COUNTED_HITS } from '../../src/search/search-state.js';
import { MAX_VALUES_PER_FACET } from '../../src/meili/index-settings.js';
import { operatorNotice, searchPageModel } from '../../src/search/search-page-model.js';
import type { SearchResults } from '../../src/search/search-results.js';
import { emptySearch } from '../../src/search/search-state.js';

function resultsWithCountries(n: number): SearchResults {
  const country = Array.from({ length: n }, (_, i) => ({ value: `C${i}`, label: `Country ${i}`, count: n - i }));
  return { ignoredWords: [], total: n, totalCapped: false, page: 1, pageSize: 10, totalPages: 1, processingTimeMs: 1, hits: [], facets: { country, actor: [], date: [], mentioned: [] }, undatedTotal: 0, timeline: { year: {}, month: {}, day: {} }, cappedFacets: n >= MAX_VALUES_PER_FACET ? ['country'] : [] };
}

const moreLabel = (n: number) => searchPageModel(emptySearch, resultsWithCountries(n)).facets.find((f) => f.id === 'country')?.more?.label;

describe('search page model', () => {
  test('when a facet has fewer values than Meilisearch counts, then its link shows them all, with their number', () => {
    expect(moreLabel(14)).toBe('Show all 14');
  });

  test('when a facet has as many values as Meilisearch counts at most, then the link does not claim they are all', () => {
    expect(moreLabel(MAX_VALUES_PER_FACET)).toBe(`Show the ${MAX_VALUES_PER_FACET} most frequent`);
  });

  test('when filters are cleared, then the words, how they match, the order and the page size stay (a web review: the order was lost)', () => {
    const state = { ...emptySearch, q: 'oil', match: 'most' as const, sort: 'oldest' as const, pageSize: 50, page: 3, countries: ['IR'], from: '1987-01-01' };
    const href = new URL(searchPageModel(state, resultsWithCountries(3)).clearHref!, 'http://x');
    expect(Object.fromEntries(href.searchParams)).toEqual({ q: 'oil', match: 'most', sort: 'oldest', pageSize: '50' });
  });

  test('when a search has more than ten export files, then one list offers every file, past the 10,000 the pages reach, with the search in hidden fields (a black-box review: files 11–17 of the bench corpus were out of reach)', () => {
    const state = { ...emptySearch, q: 'oil', countries: ['SA'], sort: 'newest' as const, page: 4 };
    const chooser = searchPageModel(state, { ...resultsWithCountries(3), total: 16_366, totalPages: 1637 }).exports.chooser!;
    expect(chooser.label).toBe('Export, 1,000 articles a file:');
    expect(chooser.files).toHaveLength(17);
    expect(chooser.files.at(-1)).toEqual({ value: '17', label: '16,001–16,366' });
    expect(chooser.hidden).toEqual([{ name: 'q', value: 'oil' }, { name: 'country', value: 'SA' }, { name: 'sort', value: 'newest' }]);
    const most = searchPageModel(emptySearch, { ...resultsWithCountries(3), total: MAX_COUNTED_HITS, totalPages: 10_000 }).exports;
    expect(most.chooser!.files).toHaveLength(100);
    expect(most.chooser!.label).toBe('Export, 1,000 articles a file (the first 100,000; narrow the search for the rest):');
    expect(most.batches).toEqual([]);
  });

  test('when a search has more results than one export file holds, then the page offers each file of 1,000, not the first alone (a web review)', () => {
    const model = searchPageModel({ ...emptySearch, q: 'oil' }, { ...resultsWithCountries(3), total: 1139, totalPages: 114 });
    expect(model.exports.batches.map((b) => [b.label, b.csv, b.json])).toEqual([
      ['1–1,000', '/export.csv?q=oil', '/export.json?q=oil'],
      ['1,001–1,139', '/export.csv?q=oil&page=2', '/export.json?q=oil&page=2'],
    ]);
    expect(searchPageModel({ ...emptySearch, q: 'oil' }, { ...resultsWithCountries(3), total: 999, totalPages: 100 }).exports.batches).toEqual([]);
    expect(searchPageModel({ ...emptySearch, q: 'oil' }, { ...resultsWithCountries(3), total: 10_000, totalPages: 1000 }).exports).toMatchObject({ chooser: null, batches: expect.arrayContaining([expect.objectContaining({ label: '9,001–10,000' })]) });
  });

  const publicationYears = (years: { value: string; label: string; count: number; months: never[] }[]) => {
    const results = { ...resultsWithCountries(3), facets: { ...resultsWithCountries(3).facets, date: years } };
    return searchPageModel(emptySearch, results).facets.find((f) => f.id === 'published')!;
  };
  const year = (y: number, count: number) => ({ value: String(y), label: String(y), count, months: [] as never[] });

  test('when the publication years are twenty or fewer, then all show, newest first, with no "Show all" (a black-box review: "2011 … 2005, 1987" read as coverage ending in 2011)', () => {
    const facet = publicationYears([...Array.from({ length: 15 }, (_, i) => year(2018 - i, 10 - (i % 3))), year(1987, 12528)]);
    const labels = facet.values.map((v) => v.label);
    expect(labels).toEqual([...Array.from({ length: 15 }, (_, i) => String(2018 - i)), '1987']);
    expect(facet.more).toBeNull();
  });

  test('when the publication years are more than twenty, then the collapsed facet shows those with most articles, newest first (a web review)', () => {
    const facet = publicationYears([...Array.from({ length: 24 }, (_, i) => year(2018 - i, 10 - (i % 3))), year(1987, 12528)]);
    const labels = facet.values.map((v) => v.label);
    expect(labels).toHaveLength(8);
    expect(labels).toContain('1987');
    expect(labels).toEqual([...labels].sort().reverse());
    expect(facet.more?.label).toBe('Show all 25');
  });

  test('when a year has months, then they are folded under it unless the year or a month of it is chosen, or it is the only year (a user review: the sidebar ran twice as long as the results)', () => {
    const month = (m: string, count: number) => ({ value: m, label: m, count });
    const years = [
      { value: '2005', label: '2005', count: 7, months: [month('2005-01', 3), month('2005-03', 4)] },
      { value: '2004', label: '2004', count: 2, months: [month('2004-12', 2)] },
    ];
    const results = { ...resultsWithCountries(3), facets: { ...resultsWithCountries(3).facets, date: years } };
    const months = (state: typeof emptySearch, r = results) => searchPageModel(state, r).facets.find((f) => f.id === 'published')!.values.map((v) => [v.label, v.months?.open, v.months?.summary]);
    expect(months(emptySearch)).toEqual([['2005', false, '2 months'], ['2004', false, '1 month']]);
    expect(months({ ...emptySearch, from: '2005-03-01', to: '2005-03-31' })).toEqual([['2005', true, '2 months'], ['2004', false, '1 month']]);
    expect(months({ ...emptySearch, from: '2004-01-01', to: '2004-12-31' })).toEqual([['2005', false, '2 months'], ['2004', true, '1 month']]);
    const oneYear = { ...results, facets: { ...results.facets, date: [years[0]!] } };
    expect(months(emptySearch, oneYear)).toEqual([['2005', true, '2 months']]);
  });

  test('when the results name actors, then the query box\'s example names the two they name most, not the sample corpus\'s (a user review: "Bazoum" found nothing)', () => {
    const actor = (value: string, count: number) => ({ value, label: value, count });
    const results = { ...resultsWithCountries(3), facets: { ...resultsWithCountries(3).facets, actor: [actor('Ronald Reagan', 9), actor('OPEC', 7), actor('Kofi Annan', 2)] } };
    expect(searchPageModel(emptySearch, results).placeholder).toBe('Search news: Ronald Reagan, OPEC, a word…');
    expect(searchPageModel(emptySearch, resultsWithCountries(3)).placeholder).toBe('Search news: a name, a place, a word…');
  });

  test('when a query writes OR or AND in capitals between words, outside quotes, then the page says they are words (a user review: "sanction OR sanctions" found fewer than either word)', () => {
    expect(operatorNotice('sanction OR sanctions')).toMatch(/^“OR” is searched as a word, not as an operator/);
    expect(operatorNotice('Bush AND Blair')).toMatch(/^“AND” is searched as a word/);
    expect([operatorNotice('"Tom OR Jerry"'), operatorNotice('oil or gas'), operatorNotice('OR'), operatorNotice('Oregon OR'), operatorNotice('ORANGE ORDER')]).toEqual([null, null, null, null, null]);
    expect(searchPageModel({ ...emptySearch, q: 'sanction OR sanctions' }, resultsWithCountries(3)).operatorNotice).not.toBeNull();
  });

  test('when the window of pages leaves out the first or the last, then links to them are offered; a hit\'s actors are links that add them (a web review)', () => {
    const hit = { articleId: 'a', passageId: 'a-0', position: 0, passageCount: 1, title: 'T', titleHtml: 'T', published: null, url: null, source: null, passage: 'P', passageHtml: 'P', countries: [], actors: ['Ronald Reagan'], dates: [], matchedPositions: [0] };
    const results = { ...resultsWithCountries(3), total: 1139, totalPages: 114, hits: [hit] };
    const model = searchPageModel({ ...emptySearch, q: 'oil', page: 50 }, results);
    expect(model.pagination.first).toEqual({ label: '1', href: '/?q=oil', gap: true });
    expect(model.pagination.last).toEqual({ label: '114', href: '/?q=oil&page=114', gap: true });
    expect(searchPageModel({ ...emptySearch, q: 'oil', page: 2 }, results).pagination.first).toBeNull();
    // Page 5's window starts at 2: "1 2 3…", no ellipsis between 1 and 2 (a code review).
    expect(searchPageModel({ ...emptySearch, q: 'oil', page: 5 }, results).pagination.first).toEqual({ label: '1', href: '/?q=oil', gap: false });
    expect(model.hits[0]!.tags).toEqual([{ label: 'Ronald Reagan', href: '/?q=oil&actor=Ronald+Reagan' }]);
    // Asked for in other capitals, the actor is not added again under the hit's spelling.
    expect(searchPageModel({ ...emptySearch, q: 'oil', actors: ['ronald reagan'], page: 50 }, results).hits[0]!.tags[0]!.href).toBe('/?q=oil&actor=ronald+reagan');
  });

  test('when a hit has other matching passages, then the label says what they hold: with several words, all (or most) of them (a black-box review)', () => {
    const hit = { articleId: 'a', passageId: 'a-0', position: 0, passageCount: 4, title: 'T', titleHtml: 'T', published: null, url: null, source: null, passage: 'P', passageHtml: 'P', countries: [], actors: [], dates: [], matchedPositions: [0, 2] };
    const results = { ...resultsWithCountries(3), total: 1, totalPages: 1, hits: [hit] };
    const label = (q: string, match: 'all' | 'most' = 'all') => searchPageModel({ ...emptySearch, q, match }, results).hits[0]!.otherMatchesLabel;
    expect(label('oil')).toBe('1 more matching passage:');
    expect(label('oil prices')).toBe('1 more passage with all the words:');
    expect(label('oil prices', 'most')).toBe('1 more passage with most of the words:');
    expect(label('US oil')).toBe('1 more matching passage:');
  });

  test('when a query leaves nothing to rank by (symbols only, exclusions only), then relevance is the newest first, and the order says so (a code review)', () => {
    expect([hasWordsToRank('😀'), hasWordsToRank('-Iraq -"price war"'), hasWordsToRank('oil -Iraq'), hasWordsToRank('"price war"')]).toEqual([false, false, true, true]);
    const label = (q: string) => searchPageModel({ ...emptySearch, q }, resultsWithCountries(3)).sortOptions.find((o) => o.value === 'relevance')!.label;
    expect(label('-Iraq')).toBe('Relevance (no query: newest first)');
    expect(label('oil')).toBe('Relevance');
  });

  test('when the page asked for is past the last, then the page says so and leads to the last page, not to an empty one', () => {
    const results = { ...resultsWithCountries(3), total: 230, totalPages: 23 };
    const model = searchPageModel({ ...emptySearch, q: 'oil', page: 30 }, results);
    expect(model.empty).toEqual({
      title: 'Page 30 is past the last page of these results (23).',
      suggestions: [{ label: 'Go to page 23', href: '/?q=oil&page=23' }, { label: 'Go to the first page', href: '/?q=oil' }],
      syntaxHint: false,
    });
    expect(model.pagination.previous).toBe('/?q=oil&page=23');
  });

  test('when more articles matched than can be paged through, then the last reachable page says so and how to reach the rest', () => {
    const results = { ...resultsWithCountries(3), total: 16_366, totalPages: 500, pageSize: 20 };
    const last = searchPageModel({ ...emptySearch, page: 500, pageSize: 20 }, results);
    expect(last.pagination.next).toBeNull();
    expect(last.pagination.depthNote).toMatch(/^Only the first 10,000 articles of a search can be paged through\./);
    expect(searchPageModel({ ...emptySearch, page: 499, pageSize: 20 }, results).pagination.depthNote).toBeNull();
    // Everything fits: no note on the last page.
    expect(searchPageModel({ ...emptySearch, page: 23, pageSize: 10 }, { ...results, total: 230, totalPages: 23, pageSize: 10 }).pagination.depthNote).toBeNull();
  });
});

describe('the forms keep the page size', () => {
  test('when the reader chose a page size, then the search form and the actor finder carry it; the default is not written', () => {
    const model = searchPageModel({ ...emptySearch, q: 'coup', pageSize: 50 }, resultsWithCountries(3));
    expect(model.hiddenFilters).toContainEqual({ name: 'pageSize', value: '50' });
    expect(model.actorSearch.hidden).toContainEqual({ name: 'pageSize', value: '50' });
    expect(searchPageModel({ ...emptySearch, q: 'coup' }, resultsWithCountries(3)).hiddenFilters.some((f) => f.name === 'pageSize')).toBe(false);
  });
});

describe('dates mentioned', () => {
  test('when the facet is previewed, then the most mentioned years show; expanded, the list reads newest first', () => {
    const year = (value: string, count: number) => ({ value, label: value, count, months: [] });
    const mentioned = [year('1987', 900), year('1986', 40), ...Array.from({ length: 8 }, (_, i) => year(String(2040 + i), 1))];
    const results = { ...resultsWithCountries(1), facets: { ...resultsWithCountries(1).facets, mentioned } };
    const labels = (expanded: boolean) =>
      searchPageModel({ ...emptySearch, expanded: expanded ? ['mentioned'] : [] }, results).facets.find((f) => f.id === 'mentioned')!.values.map((v) => v.label);
    expect(labels(false).slice(0, 2)).toEqual(['1987', '1986']);
    expect(labels(true)).toEqual([...Array.from({ length: 8 }, (_, i) => String(2047 - i)), '1987', '1986']);
  });
});

describe('totals', () => {
  test('when Meilisearch stopped counting at its maximum, then the page says "100,000+", and an exact total reads with separators', () => {
    const capped = { ...resultsWithCountries(1), total: MAX_COUNTED_HITS, totalCapped: true };
    expect(searchPageModel(emptySearch, capped).summary).toBe('100,000+ articles');
    expect(searchPageModel(emptySearch, { ...resultsWithCountries(1), total: 16366 }).summary).toBe('16,366 articles');
  });

  test('when some results have no publication date, then the Published facet ends with "No date" and its count, which picks them (a black-box review: a date filter had dropped them unsaid)', () => {
    const results = { ...resultsWithCountries(3), facets: { ...resultsWithCountries(3).facets, date: [{ value: '1987', label: '1987', count: 12528, months: [] as never[] }] }, undatedTotal: 22 };
    const values = searchPageModel({ ...emptySearch, from: '1987-01-01', to: '1987-12-31' }, results).facets.find((f) => f.id === 'published')!.values;
    expect(values.map((v) => [v.label, v.count, v.selected])).toEqual([['1987', 12528, true], ['No date', 22, false]]);
    expect(values[1]!.href).toBe('/?undated=1');
    const chosen = searchPageModel({ ...emptySearch, undated: true }, results);
    const noDate = chosen.facets.find((f) => f.id === 'published')!.values.at(-1)!;
    expect([noDate.label, noDate.selected, noDate.href]).toEqual(['No date', true, '/']);
    expect(chosen.chips).toEqual([{ label: 'Published: No date', href: '/' }]);
    expect(chosen.hiddenFilters).toContainEqual({ name: 'undated', value: '1' });
    expect(searchPageModel(emptySearch, { ...results, undatedTotal: 0 }).facets.find((f) => f.id === 'published')!.values.map((v) => v.label)).toEqual(['1987']);
  });
});
