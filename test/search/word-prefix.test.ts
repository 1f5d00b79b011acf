import { matchesNearly, matchesWordPrefix } from '../../src/search/word-prefix.js';

describe('matchesNearly: a misspelt name against an actor', () => {
  test('when every word is a typo or a swap from a word of the name, then it matches', () => {
    expect(matchesNearly('Ronald Reagan', 'ronald regan')).toBe(true);
    expect(matchesNearly('Margaret Thatcher', 'margret thatcher')).toBe(true);
    expect(matchesNearly('Abdourahamane Tchiani', 'tchaini')).toBe(true);
  });

  test('when a word of the query is further than Meilisearch forgives from every word of the name, then it does not', () => {
    expect(matchesNearly('Meagan Busath', 'ronald regan')).toBe(false);
    // A first letter wrong is two typos, as Meilisearch counts it (its facet search, over the whole query, offers him).
    expect(matchesNearly('Donald Regan', 'ronald regan')).toBe(false);
    // Under five letters, no typo: "rnld" is not "Ronald".
    expect(matchesNearly('Ronald Reagan', 'rnld regan')).toBe(false);
    // Five to eight letters, one typo; two are too many.
    expect(matchesNearly('Ronald Reagan', 'ronald raegen')).toBe(false);
  });

  test('when a word is nine letters or more, then two typos are forgiven', () => {
    expect(matchesNearly('Helmut Schlesinger', 'schlesingr')).toBe(true);
    expect(matchesNearly('Helmut Schlesinger', 'shlesingr')).toBe(true);
  });

  test('when the query is empty, then nothing matches it nearly (matchesWordPrefix lists everything for it)', () => {
    expect(matchesNearly('Ronald Reagan', '')).toBe(false);
    expect(matchesWordPrefix('Ronald Reagan', '')).toBe(true);
  });
});
