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
  // More verbs and a stake's figure, from a review's finds ("10 PCT OF KILLEARN", "RECOMMEND BREAKWATER", "BOOST
  // CHAMPION PRODUCTS", "APPROVES BUYOUT OF COASTAL BANCORP": tagging rules 39).
  'PCT', 'RECOMMEND', 'RECOMMENDS', 'BOOST', 'APPROVE', 'APPROVES', 'APPROVED', 'BUYOUT', 'OWNS', 'HOLDS', 'HOLD', 'SEEK',
  'RAISE', 'CUT', 'SET', 'GET', 'WIN', 'OPPOSES', 'OPPOSE', 'BACKS', 'URGES', 'ASKS', 'JOINS', 'EYES', 'MULLS',
  'CONSIDERS', 'LIFT', 'LOWER', 'SEE', 'OWN', 'SUPPORTS', 'PURCHASE', 'PURCHASES', 'ACQUISITION', 'MERGER', 'TAKEOVER',
  'LISTING', 'CONTROL',
]);

/** Words a name does not open with, left when the name is read back to a verb: "(OF) KILLEARN", "(OF) COASTAL BANCORP". */
const NOT_FIRST = new Set(['OF', 'AND']);

/**
 * The company a wire headline is about, where the headline says so by its form: Reuters writes a listed company
 * with its ticker ("JIM WALTER CORP <JWC> REGULAR DIVIDEND") and an unlisted one in angle brackets ("<SCOTT'S
 * HOSPITALITY INC> 3RD QTR JAN 31 NET"). Earnings items often name the company nowhere else: their body is a table.
 * The first such name of the headline, of at most six words, without a possessive "'S"; its offsets in the title.
 *
 * `titleCompany('JIM WALTER CORP <JWC> REGULAR DIVIDEND')` → `{ start: 0, end: 15 }` ("JIM WALTER CORP");
 * `titleCompany("MOODY'S MAY DOWNGRADE HOME SHOPPING <HSN> DEBT")` → "HOME SHOPPING";
 * `titleCompany('INVESTMENT ADVISORS HAVE 10 PCT OF KILLEARN<KPI>')` → "KILLEARN";
 * `titleCompany('<SCOTT\'S HOSPITALITY INC> 3RD QTR')` → "SCOTT'S HOSPITALITY INC"; `titleCompany('U.S. HOUSE VOTES')` → `undefined`
 */
export function titleCompany(title: string): { start: number; end: number } | undefined {
  const bracketed = /^\(?(?:CORRECTED\)? ?-? ?)?<([^<>]{2,80})>/.exec(title);
  if (bracketed) {
    const inside = bracketed.index + bracketed[0].indexOf('<') + 1;
    const lead = /^\s*/.exec(bracketed[1]!)![0].length;
    return named(title, inside + lead, inside + bracketed[1]!.trimEnd().length);
  }
  const ticker = /\s*<[A-Z][A-Z0-9.]{0,9}>/.exec(title);
  if (ticker === null || ticker.index === 0) return undefined;
  // Back from the ticker, word by word, to the headline's own words or a word that ends a phrase ("DEAL:"). A
  // possessive stays: it is the name of many a firm ("SHONEY'S INC", "OLIVER'S STORES").
  const words = [...title.slice(0, ticker.index).matchAll(/\S+/g)];
  let start = ticker.index;
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]![0];
    if (HEADLINE_WORDS.has(word) || (i < words.length - 1 && /[,:;]$/.test(word))) break;
    start = words[i]!.index!;
  }
  // Nor does it open with "OF" ("10 PCT OF KILLEARN"), unless that is all there is.
  let first = words.findIndex((w) => w.index! >= start);
  while (first >= 0 && first < words.length - 1 && NOT_FIRST.has(words[first]![0])) first++;
  if (first >= 0) start = words[first]!.index!;
  return start === ticker.index ? undefined : named(title, start, ticker.index);
}

/**
 * The name at `start..end` of a headline, without a possessive "'S" at its end; none when it has no letter or more
 * than six words (a headline read as a name).
 *
 * `named("GM'S <GM> PONTIAC", 0, 4)` → `{ start: 0, end: 2 }` ("GM")
 */
function named(title: string, start: number, end: number): { start: number; end: number } | undefined {
  const name = title.slice(start, end).replace(/['’]S$/, '');
  if (!/\p{L}/u.test(name) || name.split(/\s+/).length > 6) return undefined;
  return { start, end: start + name.length };
}
