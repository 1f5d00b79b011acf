import { DEFAULT_EXACT_WORD_FILE, DEFAULT_PLURAL_FILE } from '../../src/config.js';
import { loadExactWordFile } from '../../indexer/exact-words.js';
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

  test('when the product reads its own file, then it has the pairs an exact word lost, and none the typo tolerance never joined', () => {
    const pairs = loadPluralFile(DEFAULT_PLURAL_FILE);
    expect(pairs.length).toBeGreaterThan(500);
    expect(pairs).toEqual(expect.arrayContaining([
      { singular: 'election', plural: 'elections' },
      { singular: 'price', plural: 'prices' },
    ]));
    // Pairs no typo joins: as synonyms they slowed every search past the server's bar (docs/BENCHMARKS.md).
    for (const word of ['coup', 'party', 'tax', 'woman']) expect(pairs.some((p) => p.singular === word)).toBe(false);
    const singulars = new Set(pairs.map((p) => p.singular));
    // Another word than the singular's plural, or a function word.
    for (const word of ['new', 'good', 'arm', 'security', 'can', 'well']) expect(singulars.has(word)).toBe(false);
    // Every pair is there for a word searched without typos, which a typo had joined to its other form.
    const exact = new Set(loadExactWordFile(DEFAULT_EXACT_WORD_FILE));
    const lost = (a: string, b: string): boolean => exact.has(a) && typoJoins(a, b);
    expect(pairs.filter((p) => !lost(p.singular, p.plural) && !lost(p.plural, p.singular))).toEqual([]);
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

  test('when the typo tolerance already joins a pair one way, then only the other way gets an entry', () => {
    // "sanction" (8 letters, one typo) finds "sanctions" by itself; "coups" (5) does not find "coup", nor the reverse.
    expect(withPluralSynonyms({}, [{ singular: 'sanction', plural: 'sanctions' }, { singular: 'coup', plural: 'coups' }])).toEqual({
      coup: ['coups'],
      coups: ['coup'],
    });
  });

  test('when a word is searched exactly, then it gets the entry its typo would have spared it', () => {
    expect(withPluralSynonyms({}, [{ singular: 'sanction', plural: 'sanctions' }], ['sanctions'])).toEqual({ sanctions: ['sanction'] });
    expect(withPluralSynonyms({}, [{ singular: 'sanction', plural: 'sanctions' }], ['sanction', 'sanctions'])).toEqual({
      sanction: ['sanctions'],
      sanctions: ['sanction'],
    });
  });

  test('when the alias synonyms are given, then they are not changed', () => {
    const aliases = { Times: ['The Times'] };
    withPluralSynonyms(aliases, [{ singular: 'time', plural: 'times' }]);
    expect(aliases).toEqual({ Times: ['The Times'] });
  });
});
