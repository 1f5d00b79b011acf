import { DEFAULT_EXACT_WORD_FILE, DEFAULT_WORD_FORM_FILE } from '../../src/config.js';
import { loadExactWordFile } from '../../indexer/exact-words.js';
import { loadWordFormFile, parseWordFormFile, withFormSynonyms, WordFormFileError } from '../../indexer/word-forms.js';
import { typoJoins } from '../../src/meili/typo-tolerance.js';

describe('the word-form file', () => {
  test('when it lists pairs with comments and blank lines, then it reads each pair, a word in several', () => {
    expect(parseWordFormFile('# forms\n\ncoup coups\nparty parties   # the -ies plural\nparty partying\n', 'f.txt')).toEqual([
      { word: 'coup', form: 'coups' },
      { word: 'party', form: 'parties' },
      { word: 'party', form: 'partying' },
    ]);
  });

  test.each([
    ['coup', 'f.txt:2: expected a word and another form of it, two lower-case words apart, got "coup"'],
    ['coup coups coupes', 'f.txt:2: expected a word and another form of it, two lower-case words apart, got "coup coups coupes"'],
    ['Coup Coups', 'f.txt:2: expected a word and another form of it, two lower-case words apart, got "Coup Coups"'],
    ['news news', 'f.txt:2: "news" twice; leave the line out'],
    ['coups coup', 'f.txt:2: "coups" and "coup" are already paired on line 1'],
  ])('when a line reads "%s", then the error names the file and the line', (line, message) => {
    expect(() => parseWordFormFile(`coup coups\n${line}\n`, 'f.txt')).toThrow(new WordFormFileError(message));
  });

  test('when the product reads its own file, then it has the forms an exact word lost, and none the typo tolerance never joined', () => {
    const pairs = loadWordFormFile(DEFAULT_WORD_FORM_FILE);
    expect(pairs.length).toBeGreaterThan(500);
    expect(pairs).toEqual(expect.arrayContaining([
      { word: 'sanction', form: 'sanctions' },
      { word: 'sanctions', form: 'sanctioned' },
      { word: 'leader', form: 'leaders' },
    ]));
    const words = new Set(pairs.flatMap((p) => [p.word, p.form]));
    // Pairs no typo joins: as synonyms they slowed every search past the server's bar (docs/BENCHMARKS.md).
    for (const word of ['coup', 'party', 'tax', 'woman']) expect(words.has(word)).toBe(false);
    // Another word than the singular's plural, or a function word.
    for (const word of ['new', 'good', 'arm', 'security', 'can', 'well']) expect(words.has(word)).toBe(false);
    // Every pair is there for a word searched without typos, which a typo had joined to its other form.
    const exact = new Set(loadExactWordFile(DEFAULT_EXACT_WORD_FILE));
    const lost = (a: string, b: string): boolean => exact.has(a) && typoJoins(a, b);
    expect(pairs.filter((p) => !lost(p.word, p.form) && !lost(p.form, p.word))).toEqual([]);
  });

  test('when the product reads its own file, then no pair joins two words a typo apart that are not forms of one (a black-box review: "filed" found "filled")', () => {
    const keys = new Set(loadWordFormFile(DEFAULT_WORD_FORM_FILE).flatMap((p) => [`${p.word} ${p.form}`, `${p.form} ${p.word}`]));
    const notForms = ['factor facto', 'broker broke', 'filled filed', 'status statue', 'banner banned', 'planes plans', 'miners mines', 'driver drive', 'closes closer', 'counted counter', 'player played', 'producer produce', 'general generally'];
    expect(notForms.filter((pair) => keys.has(pair))).toEqual([]);
  });
});

describe('typoJoins', () => {
  test('when a word is long enough for a typo, then its plural one letter on is joined; shorter words, -ies plurals and first letters are not', () => {
    expect(typoJoins('sanction', 'sanctions')).toBe(true);
    expect(typoJoins('sanctions', 'sanction')).toBe(true);
    expect(typoJoins('coup', 'coups')).toBe(false);
    expect(typoJoins('party', 'parties')).toBe(false);
    expect(typoJoins('policy', 'policies')).toBe(false);
    // Two typos from nine letters.
    expect(typoJoins('witnesses', 'witness')).toBe(true);
    expect(typoJoins('witness', 'witnesses')).toBe(false);
    // As Meilisearch counts: a swap is one typo, a typo on the first letter two.
    expect(typoJoins('casual', 'causal')).toBe(true);
    expect(typoJoins('billion', 'million')).toBe(false);
    expect(typoJoins('president', 'oresident')).toBe(true);
  });
});

describe('withFormSynonyms', () => {
  test('when pairs are added to alias synonyms, then each word finds the other and an alias key of another case is merged', () => {
    const merged = withFormSynonyms({ IMF: ['International Monetary Fund'], Times: ['The Times'] }, [
      { word: 'coup', form: 'coups' },
      { word: 'time', form: 'times' },
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
    expect(withFormSynonyms({}, [{ word: 'sanction', form: 'sanctions' }, { word: 'coup', form: 'coups' }])).toEqual({
      coup: ['coups'],
      coups: ['coup'],
    });
  });

  test('when a word is searched exactly, then it gets the entry its typo would have spared it', () => {
    expect(withFormSynonyms({}, [{ word: 'sanction', form: 'sanctions' }], ['sanctions'])).toEqual({ sanctions: ['sanction'] });
    expect(withFormSynonyms({}, [{ word: 'sanction', form: 'sanctions' }], ['sanction', 'sanctions'])).toEqual({
      sanction: ['sanctions'],
      sanctions: ['sanction'],
    });
  });

  test('when the alias synonyms are given, then they are not changed', () => {
    const aliases = { Times: ['The Times'] };
    withFormSynonyms(aliases, [{ word: 'time', form: 'times' }]);
    expect(aliases).toEqual({ Times: ['The Times'] });
  });
});
