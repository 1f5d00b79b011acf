import { exportFileName, exportSlice, pastLastFile } from '../../src/search/export-format.js';
import { emptySearch } from '../../src/search/search-state.js';

describe('exportFileName', () => {
  test('when a search has words, countries and dates, then the file is named after them', () => {
    expect(exportFileName({ ...emptySearch, q: 'coup', countries: ['NE'], from: '2023-07-01' }, 'csv')).toBe('dispatch-coup-niger-from-2023-07-01.csv');
    // An excluded word says so (a black-box review: "-Fed" read as the Fed included).
    expect(exportFileName({ ...emptySearch, q: '"interest rates" -Fed' }, 'csv')).toBe('dispatch-interest-rates-not-fed.csv');
    expect(exportFileName({ ...emptySearch, q: 'pro-Syrian forces' }, 'csv')).toBe('dispatch-pro-syrian-forces.csv');
  });

  test('when an actor has accents and the export is a later part, then the name is ASCII and says which part', () => {
    expect(exportFileName({ ...emptySearch, actors: ['Hugo Chávez'], page: 2 }, 'json')).toBe('dispatch-hugo-chavez-part-2.json');
  });

  test('when values are left out, then the name says so', () => {
    expect(exportFileName({ ...emptySearch, q: 'oil', notCountries: ['IQ'], mentioned: '1987-03' }, 'csv')).toBe('dispatch-oil-not-iraq-mentioning-1987-03.csv');
  });

  test('when the search is of nothing, or of symbols and other scripts only, then it is the collection\'s export', () => {
    expect(exportFileName(emptySearch, 'csv')).toBe('dispatch-export.csv');
    expect(exportFileName({ ...emptySearch, q: '"/../etc/passwd" 北京' }, 'json')).toBe('dispatch-etc-passwd.json');
    expect(exportFileName({ ...emptySearch, q: '北京 ☃' }, 'json')).toBe('dispatch-export.json');
  });

  test('when a query is long, then the name stops at a whole word within 80 characters', () => {
    const name = exportFileName({ ...emptySearch, q: 'parliament '.repeat(20) }, 'csv');
    expect(name).toMatch(/^dispatch-(parliament-)*parliament\.csv$/);
    expect(name.length).toBeLessThanOrEqual('dispatch-'.length + 80 + '.csv'.length);
  });
});

describe('exportSlice: which part of the results a file holds', () => {
  test('when a file is the last, partly full, then it holds from the file\'s first place to the last result', () => {
    expect(exportSlice(2, 1000, 1123, 123)).toEqual({ file: 2, files: 2, first: 1001, last: 1123 });
    expect(exportSlice(1, 1000, 1123, 1000)).toEqual({ file: 1, files: 2, first: 1, last: 1000 });
  });

  test('when a file is past the results, then it holds none', () => {
    expect(exportSlice(3, 1000, 1123, 0)).toEqual({ file: 3, files: 2, first: null, last: null });
  });

  test('when the results are more than the files reach, then the files are counted to 100,000', () => {
    expect(exportSlice(1, 1000, 250_000, 1000).files).toBe(100);
    expect(exportSlice(4, 50, 170, 20)).toEqual({ file: 4, files: 4, first: 151, last: 170 });
  });
});

describe('pastLastFile: a file past the results', () => {
  test('when a file past the last one is asked for, then the reason says how many files there are; within them, or the first file of nothing, none', () => {
    expect(pastLastFile(5, 1000, 120)).toBe('page 5 is past the last file of these results: 1 file of up to 1,000 articles (page=1)');
    expect(pastLastFile(4, 50, 120)).toBe('page 4 is past the last file of these results: 3 files of up to 50 articles (page=1 to page=3)');
    expect(pastLastFile(2, 50, 0)).toBe('page 2 is past the last file of these results: no results');
    expect(pastLastFile(3, 50, 120)).toBeNull();
    expect(pastLastFile(1, 50, 0)).toBeNull();
  });
});
