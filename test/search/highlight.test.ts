import { phrasePieces, withCountryMarks, withoutStrayPieces } from '../../src/search/highlight.js';

const mark = (w: string) => `\uE000${w}\uE001`;

describe('phrasePieces', () => {
  test('when a query has joined names or quoted phrases, then their words are pieces, unless asked for alone too', () => {
    expect([...phrasePieces('al-Qaeda leaders "military coup" coup AT&T')].sort()).toEqual(['al', 'at', 'military', 'qaeda', 't']);
    expect(phrasePieces('coup Niger').size).toBe(0);
    expect(phrasePieces('"Putin"').size).toBe(0);
  });
});

describe('withoutStrayPieces', () => {
  const pieces = phrasePieces('al-Qaeda');
  test('when a piece of a name is highlighted alone, then its highlight goes; the name\'s own stay', () => {
    const text = `${mark('al')}-Zarqawi, a leader of ${mark('al')}-${mark('Qaeda')}, and ${mark('Al')} Jazeera`;
    expect(withoutStrayPieces(text, pieces)).toBe(`al-Zarqawi, a leader of ${mark('al')}-${mark('Qaeda')}, and Al Jazeera`);
  });
  test('when the name is written with a space or highlighted whole, then it stays highlighted', () => {
    expect(withoutStrayPieces(`the ${mark('al')} ${mark('Qaeda')} network`, pieces)).toBe(`the ${mark('al')} ${mark('Qaeda')} network`);
    expect(withoutStrayPieces(`the ${mark('al-Qaeda')} network`, pieces)).toBe(`the ${mark('al-Qaeda')} network`);
  });
  test('when the query asks for no phrase, then every highlight stays', () => {
    expect(withoutStrayPieces(`${mark('coup')} in ${mark('Niger')}`, new Set())).toBe(`${mark('coup')} in ${mark('Niger')}`);
  });
});

describe('withCountryMarks', () => {
  test('when a query named the United States by a country word, then its spellings in the text are marked like the searched words', () => {
    expect(withCountryMarks(`Exports to the U.S. and United States ${mark('tariffs')}; USA and US firms.`, ['US'])).toBe(
      `Exports to the ${mark('U.S.')} and ${mark('United States')} ${mark('tariffs')}; ${mark('USA')} and ${mark('US')} firms.`,
    );
  });
  test('when a spelling is part of another word or already marked, then it is left as it is', () => {
    expect(withCountryMarks(`USAir left the U.S.S.R. and ${mark('US Open')} fans`, ['US'])).toBe(`USAir left the U.S.S.R. and ${mark('US Open')} fans`);
  });
  test('when the text is in capitals, then a bare "US" may be the pronoun and is not marked; "U.S." is', () => {
    expect(withCountryMarks('LET US TALK, SAYS U.S. ENVOY', ['US'])).toBe(`LET US TALK, SAYS ${mark('U.S.')} ENVOY`);
  });
  test('when the query named no country, or one without spellings to mark, then the text is unchanged', () => {
    expect(withCountryMarks('the U.S. and Iran', [])).toBe('the U.S. and Iran');
    expect(withCountryMarks('the U.S. and Iran', ['IR'])).toBe('the U.S. and Iran');
  });
});
