import { DEFAULT_PLURAL_FILE } from '../../src/config.js';
import { loadPluralFile, parsePluralFile, PluralFileError, typoJoins, withPluralSynonyms } from '../../indexer/plurals.js';

describe('the plural file', () => {
  test('when it lists pairs with comments and blank lines, then it reads each pair', () => {
    expect(parsePluralFile('# nouns\n\ncoup coups\nparty parties   # the -ies plural\n', 'p.txt')).toEqual([
      { singular: 'coup', plural: 'coups' },
      { singular: 'party', plural: 'parties' },
    ]);
  });

  test.each([
    ['coup', 'p.txt:2: expected a singular and its plural, two lower-case words apart, got "coup"'],
    ['coup coups coupes', 'p.txt:2: expected a singular and its plural, two lower-case words apart, got "coup coups coupes"'],
    ['Coup Coups', 'p.txt:2: expected a singular and its plural, two lower-case words apart, got "Coup Coups"'],
    ['news news', 'p.txt:2: "news" is its own plural; leave the line out'],
    ['coups coupses', 'p.txt:2: "coups" is already on line 1; a word belongs to one pair'],
  ])('when a line reads "%s", then the error names the file and the line', (line, message) => {
    expect(() => parsePluralFile(`coup coups\n${line}\n`, 'p.txt')).toThrow(new PluralFileError(message));
  });

  test('when the product reads its own file, then it has the pairs typos miss and none they already join', () => {
    const pairs = loadPluralFile(DEFAULT_PLURAL_FILE);
    expect(pairs.length).toBeGreaterThan(500);
    expect(pairs).toEqual(expect.arrayContaining([
      { singular: 'coup', plural: 'coups' },
      { singular: 'party', plural: 'parties' },
      { singular: 'tax', plural: 'taxes' },
      { singular: 'woman', plural: 'women' },
    ]));
    const singulars = new Set(pairs.map((p) => p.singular));
    // Another word than the singular's plural, or a function word.
    for (const word of ['new', 'good', 'arm', 'security', 'can', 'well']) expect(singulars.has(word)).toBe(false);
    expect(pairs.filter((p) => typoJoins(p.singular, p.plural) && typoJoins(p.plural, p.singular))).toEqual([]);
  });
});

describe('typoJoins', () => {
  test('when a word is long enough for a typo, then its plural one letter on is joined; shorter words and -ies plurals are not', () => {
    expect(typoJoins('sanction', 'sanctions')).toBe(true);
    expect(typoJoins('sanctions', 'sanction')).toBe(true);
    expect(typoJoins('coup', 'coups')).toBe(false);
    expect(typoJoins('party', 'parties')).toBe(false);
    expect(typoJoins('policy', 'policies')).toBe(false);
    // Two typos from nine letters.
    expect(typoJoins('witnesses', 'witness')).toBe(true);
    expect(typoJoins('witness', 'witnesses')).toBe(false);
  });
});

describe('withPluralSynonyms', () => {
  test('when pairs are added to alias synonyms, then each word finds the other and an alias key of another case is merged', () => {
    const merged = withPluralSynonyms({ IMF: ['International Monetary Fund'], Times: ['The Times'] }, [
      { singular: 'coup', plural: 'coups' },
      { singular: 'time', plural: 'times' },
    ]);
    expect(merged).toEqual({
      IMF: ['International Monetary Fund'],
      Times: ['The Times', 'time'],
      coup: ['coups'],
      coups: ['coup'],
      time: ['times'],
    });
  });

  test('when the alias synonyms are given, then they are not changed', () => {
    const aliases = { Times: ['The Times'] };
    withPluralSynonyms(aliases, [{ singular: 'time', plural: 'times' }]);
    expect(aliases).toEqual({ Times: ['The Times'] });
  });
});
