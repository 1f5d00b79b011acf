import { MAX_QUERY_WORDS, withinWordLimit, withoutPossessives } from '../../src/search/query-words.js';

describe('withinWordLimit', () => {
  test('when a query has at most 10 words, then it goes to Meilisearch as it is', () => {
    expect(withinWordLimit('coup in Niger -Mali "West Africa"')).toEqual({ q: 'coup in Niger -Mali "West Africa"', ignored: [] });
  });

  test('when a query has more than 10 words, then exclusions come first and the words past the limit are named', () => {
    const q = 'president government minister election party said the of and to zzqxj -Iraq';
    const { q: sent, ignored } = withinWordLimit(q);
    expect(sent).toBe('-Iraq president government minister election party said the of and');
    expect(ignored).toEqual(['to', 'zzqxj']);
  });

  test('when a quoted phrase alone is longer than the limit, then its first words are searched as a phrase, not nothing', () => {
    const { q, ignored } = withinWordLimit('"one two three four five six seven eight nine ten eleven twelve"');
    expect(q).toBe('"one two three four five six seven eight nine ten"');
    expect(ignored).toEqual(['eleven twelve']);
  });

  test('when words are split by Meilisearch or held in a phrase, then each word counts', () => {
    const { q: sent, ignored } = withinWordLimit('pro-Syrian "Lebanese Democratic Party" offices in Beirut were attacked on Monday night');
    expect(sent.split(/[^\p{L}]+/u).filter(Boolean)).toHaveLength(MAX_QUERY_WORDS);
    expect(ignored).toEqual(['on', 'Monday', 'night']);
  });
});

describe('withoutPossessives', () => {
  test('when a query holds a possessive, then the name is searched; inside quotes the phrase stays as written', () => {
    expect(withoutPossessives("Blair's government")).toBe('Blair government');
    expect(withoutPossessives('Niger’s junta -Mali\'s')).toBe('Niger junta -Mali');
    expect(withoutPossessives('"Blair\'s government" Brown\'s')).toBe('"Blair\'s government" Brown');
    expect(withoutPossessives("it's rock'n'roll")).toBe("it rock'n'roll");
  });
});
