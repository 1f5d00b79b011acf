import { exportFileName } from '../../src/search/export-format.js';
import { emptySearch } from '../../src/search/search-state.js';

describe('exportFileName', () => {
  test('when a search has words, countries and dates, then the file is named after them', () => {
    expect(exportFileName({ ...emptySearch, q: 'coup', countries: ['NE'], from: '2023-07-01' }, 'csv')).toBe('dispatch-coup-niger-from-2023-07-01.csv');
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
