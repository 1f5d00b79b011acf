import { DEFAULT_EXACT_WORD_FILE, DEFAULT_PLURAL_FILE } from '../../src/config.js';
import { ExactWordFileError, loadExactWordFile, parseExactWordFile } from '../../indexer/exact-words.js';
import { loadPluralFile, typosAllowed } from '../../indexer/plurals.js';

describe('the exact-word file', () => {
  test('when it lists words with comments and blank lines, then it reads each word', () => {
    expect(parseExactWordFile('# words\n\npolice\nbillion  # not million\n', 'w.txt')).toEqual(['police', 'billion']);
  });

  test.each([
    ['Police', 'w.txt:2: expected one lower-case word, got "Police"'],
    ['police chief', 'w.txt:2: expected one lower-case word, got "police chief"'],
    ['billion', 'w.txt:2: "billion" is already on line 1'],
  ])('when a line reads "%s", then the error names the file and the line', (line, message) => {
    expect(() => parseExactWordFile(`billion\n${line}\n`, 'w.txt')).toThrow(new ExactWordFileError(message));
  });

  test('when the product reads its own file, then the words a typo apart in the news are in it, and each keeps its plural', () => {
    const words = new Set(loadExactWordFile(DEFAULT_EXACT_WORD_FILE));
    for (const w of ['police', 'policy', 'billion', 'million', 'president', 'present', 'elections']) expect(words.has(w)).toBe(true);
    // Forms of one word ("election", "elections"), a name, a misspelling: the typo tolerance stays.
    for (const w of ['election', 'government', 'tchiani', 'goverment']) expect(words.has(w)).toBe(false);
    // No word too short for a typo: the list would change nothing for it.
    expect([...words].filter((w) => typosAllowed(w) === 0)).toEqual([]);
    // An exact word loses the typo that found its plural or singular: the plural file gives it back.
    const pairs = loadPluralFile(DEFAULT_PLURAL_FILE);
    expect(pairs).toEqual(expect.arrayContaining([{ singular: 'election', plural: 'elections' }, { singular: 'leader', plural: 'leaders' }, { singular: 'sanction', plural: 'sanctions' }]));
  });
});
