import { memo } from '../text/memo.js';
import { withStraightQuotes } from './query-words.js';

/** A word of a query read as a country: as written, and the country's code. */
export interface CountryWord {
  written: string;
  code: string;
}

/**
 * The ways of writing a country that are also another word, each only in capitals: "US" is "us" to Meilisearch,
 * which folds case, and a search for the country found every "told us" and "let us" (a black-box review: 175 of the
 * 4,079 articles that "US" found never name the United States, and many more matched through the pronoun alone).
 * Other codes and names are words of their own ("UK", "Niger") and stay words: a name searched as written finds
 * what it finds, highlighted.
 */
const COUNTRY_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['US', 'US'],
  ['U.S.', 'US'],
  ['U.S', 'US'],
  ['USA', 'US'],
  ['U.S.A.', 'US'],
  ['U.S.A', 'US'],
]);

/**
 * How a text writes each country of COUNTRY_SPELLINGS, the longest first: what a passage marks for a country word,
 * since Meilisearch marks only the words it searched and the country went as a filter. "US" and "USA" count only in a
 * text with small letters: in a wire's capitals title ("LET US") they may be the pronoun.
 */
const COUNTRY_MENTIONS: ReadonlyMap<string, { anyCase: string[]; inMixedCase: string[] }> = new Map([
  ['US', { anyCase: ['United States', 'U.S.A.', 'U.S.A', 'U.S.', 'U.S'], inMixedCase: ['USA', 'US'] }],
]);

/**
 * The mentions of the given countries in a text, as one pattern (global), or null when none has spellings to mark.
 * Built once for each set of codes and case (memo): it is asked for every hit's title and text.
 *
 * `countryMentionPattern(['US'], 'Both U.S. and US firms')` matches `U.S.` and `US`; in `'U.S. MAY DROP US TARIFFS'` only `U.S.`
 */
export function countryMentionPattern(codes: readonly string[], text: string): RegExp | null {
  return mentionPattern(`${/\p{Ll}/u.test(text) ? 'mixed' : 'capitals'} ${codes.join(' ')}`);
}

/** `mentionPattern('mixed US')` → the pattern of the US's spellings in a text with small letters (see above). */
const mentionPattern = memo((key: string): RegExp | null => {
  const [casing, ...codes] = key.split(' ');
  const forms = codes.flatMap((code) => {
    const mentions = COUNTRY_MENTIONS.get(code);
    return mentions === undefined ? [] : [...mentions.anyCase, ...(casing === 'mixed' ? mentions.inMixedCase : [])];
  });
  if (forms.length === 0) return null;
  const alternatives = forms.sort((a, b) => b.length - a.length).map((f) => f.replace(/[.]/g, '\\.')).join('|');
  // Whole words: not the "US" of "USAir" or of "U.S.S.R.", nor after a letter, a figure or a full stop.
  return new RegExp(`(?<![\\p{L}\\p{N}.])(?:${alternatives})(?![\\p{L}\\p{N}]|\\.[\\p{L}])`, 'gu');
}, 100);

/** A word as a query writes it in brackets, before a comma or a possessive: `US's`, `U.S.,` and `(US)` are US. */
const WORD_END = /(?:['’]s)?[,;:!?)]*$/;
const bare = (token: string): string => token.replace(/^\(/, '').replace(WORD_END, '');

/**
 * A query with its country words taken out, and the countries they name: the search then asks for passages that name
 * each country (the indexer's passage tags: "US", "U.S.", "United States" alike) and hold the other words. Quoted and
 * excluded words are words: `"US Open"` is a phrase, and `-US` leaves out passages writing it.
 *
 * `countriesInQuery('US sanctions')` → `{ q: 'sanctions', countries: [{ written: 'US', code: 'US' }] }`
 * `countriesInQuery('U.S.-backed U.S. troops')` → `{ q: 'U.S.-backed troops', countries: [{ written: 'U.S.', code: 'US' }] }`
 * `countriesInQuery('let us pray')` → `{ q: 'let us pray', countries: [] }`
 * `countriesInQuery('"US Open" -USA')` → `{ q: '"US Open" -USA', countries: [] }`
 */
export function countriesInQuery(q: string): { q: string; countries: CountryWord[] } {
  const countries: CountryWord[] = [];
  const kept: string[] = [];
  for (const token of tokens(q)) {
    const code = countryOf(token);
    if (code === undefined) kept.push(token);
    else if (!countries.some((c) => c.code === code)) countries.push({ written: bare(token), code });
  }
  return countries.length === 0 ? { q, countries } : { q: kept.join(' '), countries };
}

/**
 * The query with its country words in lower case, which are then words again: what "search the word instead" searches.
 *
 * `withCountryWordsAsWords('US sanctions')` → `'us sanctions'`; `withCountryWordsAsWords('"US Open"')` → `'"US Open"'`
 */
export function withCountryWordsAsWords(q: string): string {
  return tokens(q).map((token) => (countryOf(token) === undefined ? token : token.toLowerCase())).join(' ');
}

/** A query's phrases (an excluded one with its minus) and other words, in order. */
const tokens = (q: string): string[] => [...withStraightQuotes(q).matchAll(/-?"[^"]*"?|\S+/g)].map((m) => m[0]);

/**
 * The code of the country a query's token writes, if it is one of COUNTRY_SPELLINGS (no quote, no minus); a full stop
 * that ends a sentence is no part of it (`US.`), one that ends an abbreviation is (`U.S.`).
 */
const countryOf = (token: string): string | undefined => {
  if (token.startsWith('"') || token.startsWith('-')) return undefined;
  const word = bare(token);
  return COUNTRY_SPELLINGS.get(word) ?? COUNTRY_SPELLINGS.get(word.replace(/\.$/, ''));
};
