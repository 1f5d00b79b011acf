import { DEFAULT_EXACT_WORD_FILE, DEFAULT_WORD_FORM_FILE } from '../../src/config.js';
import { ExactWordFileError, loadExactWordFile, parseExactWordFile } from '../../indexer/exact-words.js';
import { loadWordFormFile } from '../../indexer/word-forms.js';
import { typosAllowed } from '../../src/meili/typo-tolerance.js';

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

  test('when the product reads its own file, then the words a typo apart in the news are in it, and each keeps its forms', () => {
    const words = new Set(loadExactWordFile(DEFAULT_EXACT_WORD_FILE));
    for (const w of ['police', 'policy', 'president', 'present', 'sanctions']) expect(words.has(w)).toBe(true);
    // Forms of one word ("prices", "priced"; "defence", "defense"), a first-letter typo away ("billion", "million":
    // two typos to Meilisearch), a name, a misspelling: the typo tolerance stays.
    for (const w of ['prices', 'defence', 'billion', 'million', 'government', 'tchiani', 'goverment']) expect(words.has(w)).toBe(false);
    // No word too short for a typo: the list would change nothing for it.
    expect([...words].filter((w) => typosAllowed(w) === 0)).toEqual([]);
    // An exact word loses the typo that found its other forms: the word-form file gives them back.
    const pairs = loadWordFormFile(DEFAULT_WORD_FORM_FILE);
    expect(pairs).toEqual(expect.arrayContaining([{ word: 'leader', form: 'leaders' }, { word: 'sanction', form: 'sanctions' }, { word: 'sanctions', form: 'sanctioned' }]));
  });
});
