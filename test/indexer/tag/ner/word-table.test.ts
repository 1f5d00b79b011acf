import { WordTable } from '../../../../indexer/tag/ner/word-table.js';

describe('WordTable', () => {
  it('when a word was stored, then it is found under the same spelling only', () => {
    const table = new WordTable<number>(8);
    table.set('Goita', 1);
    table.set('goita', 2);
    expect(table.get('Goita')).toBe(1);
    expect(table.get('goita')).toBe(2);
    expect(table.get('GOITA')).toBeUndefined();
    // A string built at run time, not the same object as the key.
    expect(table.get(['Go', 'ita'].join(''))).toBe(1);
  });

  it('when the empty string was stored, then it is found like any other key, once', () => {
    const table = new WordTable<number>(8);
    table.set('', 7);
    expect(table.get('')).toBe(7);
    expect(table.size).toBe(1);
  });

  it('when many words share the table, then each keeps its own value', () => {
    const table = new WordTable<string>(5000);
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
    for (const w of words) table.set(w, w.toUpperCase());
    expect(table.size).toBe(5000);
    for (const w of words) expect(table.get(w)).toBe(w.toUpperCase());
    expect(table.get('w-unknown')).toBeUndefined();
  });

  it('when it is full, then the next word starts it empty again', () => {
    const table = new WordTable<number>(3);
    table.set('a', 1);
    table.set('b', 2);
    table.set('c', 3);
    table.set('d', 4);
    expect(table.size).toBe(1);
    expect(table.get('a')).toBeUndefined();
    expect(table.get('d')).toBe(4);
  });

  it('when the limit is not a whole number from 1, then it says what it expected', () => {
    expect(() => new WordTable(0)).toThrow('a word table holds a whole number of words from 1, got 0');
  });
});
