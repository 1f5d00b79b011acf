import { phrasePieces, withoutStrayPieces } from '../../src/search/highlight.js';

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
