import { countriesInQuery, withCountryWordsAsWords } from '../../src/search/country-words.js';
import { countryNotice } from '../../src/search/search-page-model.js';
import { emptySearch } from '../../src/search/search-state.js';

describe('countriesInQuery', () => {
  test.each([
    ['US sanctions', 'sanctions', 'US'],
    ['sanctions U.S.', 'sanctions', 'U.S.'],
    ['USA', '', 'USA'],
    ['U.S.A. trade deficit', 'trade deficit', 'U.S.A.'],
    ["US's allies", 'allies', 'US'],
    ['troops, US, allies', 'troops, allies', 'US'],
    ['sanctions (US)', 'sanctions', 'US'],
    ['sanctions by the US.', 'sanctions by the', 'US.'],
  ])('when the query is %p, then the words are %p and the country was written %p', (q, words, written) => {
    expect(countriesInQuery(q)).toEqual({ q: words, countries: [{ written, code: 'US' }] });
  });

  test.each(['let us pray', 'Us Weekly', '"US Open"', '“US Open”', 'coup -US', '-"U.S." oil', 'U.S.-backed forces', 'USSR', 'UK sanctions'])(
    'when the query is %p, then no word is read as a country and the query is as written',
    (q) => {
      expect(countriesInQuery(q)).toEqual({ q, countries: [] });
    },
  );

  test('when the country is written twice, then it is read once and both words go', () => {
    expect(countriesInQuery('US oil USA')).toEqual({ q: 'oil', countries: [{ written: 'US', code: 'US' }] });
  });
});

describe('withCountryWordsAsWords', () => {
  test('when a query has country words, then they go in lower case and the rest as written', () => {
    expect(withCountryWordsAsWords('US sanctions "US Open"')).toBe('us sanctions "US Open"');
    expect(withCountryWordsAsWords('U.S. Iran')).toBe('u.s. Iran');
  });
});

describe('countryNotice', () => {
  const us = [{ written: 'U.S.', code: 'US', name: 'United States' }];

  test('when the query was a country alone, then the notice does not speak of other words', () => {
    expect(countryNotice({ ...emptySearch, q: 'U.S.' }, us)).toEqual({
      text: '“U.S.” is read as the country: passages naming the United States, however they write it.',
      label: 'Search the word “u.s.” instead',
      href: '/?q=u.s.',
    });
  });

  test('when the only other part of the query is an exclusion, then the notice speaks of no other words', () => {
    expect(countryNotice({ ...emptySearch, q: 'US -Iraq' }, us.map((c) => ({ ...c, written: 'US' })))!.text).toBe('“US” is read as the country: passages naming the United States, however they write it.');
  });

  test('when no word was read as a country, then there is no notice', () => {
    expect(countryNotice({ ...emptySearch, q: 'us' }, undefined)).toBeNull();
    expect(countryNotice({ ...emptySearch, q: 'us' }, [])).toBeNull();
  });

  test('when the search has filters, then the link to the word keeps them and goes to the first page', () => {
    const href = countryNotice({ ...emptySearch, q: 'US oil', countries: ['IR'], page: 3 }, us.map((c) => ({ ...c, written: 'US' })))!.href;
    expect(href).toBe('/?q=us+oil&country=IR');
  });
});
