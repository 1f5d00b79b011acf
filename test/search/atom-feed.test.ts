import { feedTitle } from '../../src/search/atom-feed.js';
import { emptySearch } from '../../src/search/search-state.js';

describe('feed titles', () => {
  test('when a search has dates, then its feed\'s title names them, so a reader\'s list tells feeds of different periods apart (a black-box review)', () => {
    expect(feedTitle({ ...emptySearch, q: 'coup', countries: ['NE'] })).toBe('Dispatch: coup, Niger');
    expect(feedTitle({ ...emptySearch, q: 'coup', from: '2005-01-01', to: '2005-12-31' })).toBe('Dispatch: coup, 2005');
    expect(feedTitle({ ...emptySearch, undated: true })).toBe('Dispatch: no date');
    expect(feedTitle({ ...emptySearch, mentioned: '2000-03' })).toBe('Dispatch: mentioning March 2000');
    expect(feedTitle(emptySearch)).toBe('Dispatch: latest articles');
  });
});
