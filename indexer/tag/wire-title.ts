/**
 * Words of a wire headline that are not part of a company's name: its verbs and the small words around them. The
 * name before a ticker is read backwards up to one of these ("MOODY'S MAY DOWNGRADE HOME SHOPPING <HSN>").
 */
const HEADLINE_WORDS: ReadonlySet<string> = new Set([
  'TO', 'MAY', 'FOR', 'IN', 'ON', 'AT', 'BY', 'WITH', 'FROM', 'ABOUT', 'AGAIN', 'NOT', 'IS', 'ARE', 'WILL', 'CAN', '-',
  'HAS', 'HAVE', 'HAD', 'SAYS', 'SAID', 'SEES', 'SEEKS', 'SETS', 'GETS', 'BUYS', 'SELLS', 'SOLD', 'CUTS', 'RAISES',
  'LOWERS', 'BOOSTS', 'UPS', 'LIFTS', 'HIKES', 'TOPS', 'PLANS', 'WINS', 'NAMES', 'ENDS', 'AGREES', 'COMPLETES',
  'TERMINATES', 'ACQUIRES', 'ACQUIRE', 'BUY', 'SELL', 'EXTENDS', 'REPORTS', 'POSTS', 'FILES', 'OFFERS', 'REJECTS',
  'ADOPTS', 'DECLARES', 'OMITS', 'PAYS', 'ISSUES', 'REDEEMS', 'CALLS', 'HALTS', 'SUSPENDS', 'RESUMES', 'EXPECTS',
  'DENIES', 'CONFIRMS', 'RECEIVES', 'SIGNS', 'MAKES', 'BEGINS', 'STARTS', 'OPENS', 'CLOSES', 'TAKES', 'WANTS',
  'RATES', 'AFFIRMS', 'DOWNGRADE', 'DOWNGRADES', 'UPGRADE', 'UPGRADES', 'REVIEWS', 'FORMS', 'MERGE', 'MERGES',
  'TALKING', 'STUDYING', 'CORRECTED', 'S/P', "MOODY'S", 'UNIT', 'FIRM', 'OFFER', 'BID', 'STAKE', 'SHARES', 'SUES',
]);

/**
 * The company a wire headline is about, where the headline says so by its form: Reuters writes a listed company
 * with its ticker ("JIM WALTER CORP <JWC> REGULAR DIVIDEND") and an unlisted one in angle brackets ("<SCOTT'S
 * HOSPITALITY INC> 3RD QTR JAN 31 NET"). Earnings items often name the company nowhere else: their body is a table.
 * The first such name of the headline, of at most six words, without a possessive "'S"; its offsets in the title.
 *
 * `titleCompany('JIM WALTER CORP <JWC> REGULAR DIVIDEND')` → `{ start: 0, end: 15 }` ("JIM WALTER CORP");
 * `titleCompany("MOODY'S MAY DOWNGRADE HOME SHOPPING <HSN> DEBT")` → "HOME SHOPPING";
 * `titleCompany('<SCOTT\'S HOSPITALITY INC> 3RD QTR')` → "SCOTT'S HOSPITALITY INC"; `titleCompany('U.S. HOUSE VOTES')` → `undefined`
 */
export function titleCompany(title: string): { start: number; end: number } | undefined {
  const bracketed = /^\(?(?:CORRECTED\)? ?-? ?)?<([^<>]{2,80})>/.exec(title);
  if (bracketed) {
    const start = bracketed.index + bracketed[0].indexOf('<') + 1;
    return named(title, start, start + bracketed[1]!.trimEnd().length);
  }
  const ticker = /\s*<[A-Z][A-Z0-9.]{0,9}>/.exec(title);
  if (ticker === null || ticker.index === 0) return undefined;
  // Back from the ticker, word by word, to the headline's own words.
  let start = ticker.index;
  for (const word of title.slice(0, ticker.index).split(' ').reverse()) {
    if (HEADLINE_WORDS.has(word) || word === '') break;
    start -= word.length + (start === ticker.index ? 0 : 1);
  }
  return named(title, start, ticker.index);
}

function named(title: string, start: number, end: number): { start: number; end: number } | undefined {
  const name = title.slice(start, end).replace(/['’]S$/, '');
  if (!/\p{L}/u.test(name) || name.split(' ').length > 6) return undefined;
  return { start, end: start + name.length };
}

/** Short words a name writes in lower case ("Wheeling and Lake Erie Railway"). */
const MINOR = new Set(['and', 'of', 'the', 'for', 'de', 'du', 'des', 'la', 'le', 'van', 'von', 'und', 'et', 'y']);

/**
 * A name written in capitals, in the case a body would write it: each word capitalised, its parts after a hyphen or
 * an apostrophe before two letters or more too; minor words in lower case after the first; words of up to three
 * letters (but see `spoken`), and words with a period or without a vowel, kept in capitals (initials, acronyms:
 * "U.S.", "NL", "BBC", "CBS").
 *
 * `recase('JIM WALTER')` → `'Jim Walter'`; `recase('WAL-MART STORES')` → `'Wal-Mart Stores'`;
 * `recase('WHEELING AND LAKE ERIE RAILWAY')` → `'Wheeling and Lake Erie Railway'`; `recase('NL INDUSTRIES')` → `'NL Industries'`
 */
export function recase(name: string): string {
  const words = name.split(' ');
  return words
    .map((word, i) => {
      const letters = word.replace(/[^\p{L}]/gu, '');
      // Three letters read as a name when a vowel sits between two consonants, beside other words ("JIM WALTER",
      // "DOW CHEMICAL"); alone, or otherwise, as initials ("NEC", "BBC", "GTE").
      const spoken = words.length > 1 && /^[^AEIOU][AEIOU][^AEIOUY]$/.test(letters);
      if (letters.length <= 3 && !spoken && !MINOR.has(word.toLowerCase())) return word;
      if (word.includes('.') || !/[AEIOUY]/.test(word)) return word;
      if (i > 0 && MINOR.has(word.toLowerCase())) return word.toLowerCase();
      // After an apostrophe only before two letters or more: "O'Neill", but "Cont'l", "Shoney's".
      return word.toLowerCase().replace(/(^|-|['’](?=\p{L}{2}))(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
    })
    .join(' ');
}
