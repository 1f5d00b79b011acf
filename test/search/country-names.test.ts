import { codeHint, countryName, isCountryCode } from '../../src/search/country-names.js';

describe('country names', () => {
  test('when a country has a newer official short name than the news uses, then the label is the news name', () => {
    expect(countryName('TR')).toBe('Turkey');
    expect(countryName('CZ')).toBe('Czech Republic');
    expect(countryName('TL')).toBe('East Timor');
  });

  test('when a code is a country\'s, then its common name; a code people mistake for another gets a hint', () => {
    expect(countryName('NE')).toBe('Niger');
    expect(isCountryCode('GB')).toBe(true);
    expect(isCountryCode('UK')).toBe(false);
    expect(codeHint('UK')).toBe(' (the United Kingdom is GB)');
  });
});
