/**
 * Meilisearch reads at most 10 words of a query and silently ignores the rest (a hard limit: docs, "Known
 * limitations"); a word it splits in two ("pro-Syrian") counts twice. A pasted sentence then searched for its first
 * ten words only, and a `-word` at the end excluded nothing, with no sign of it on the page or in the API.
 */
export const MAX_QUERY_WORDS = 10;

/** A part of a query as Meilisearch reads it: a phrase in quotes, an excluded word or phrase, a word. */
interface Part {
  text: string;
  excluded: boolean;
  words: number;
}

const wordCount = (text: string): number => text.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '').length;
/** The words of a quoted phrase, as written: `phraseWords('"price war"')` → `['price', 'war']` */
const phraseWords = (phrase: string): string[] => phrase.replace(/"/g, ' ').split(/\s+/).filter((w) => w !== '');

/** `parts('oil -"price war" Iraq')` → `oil`, `-"price war"` (excluded, 2 words), `Iraq` */
function parts(q: string): Part[] {
  const found: Part[] = [];
  for (const m of q.matchAll(/(-?)"([^"]*)"?|(\S+)/g)) {
    const excluded = m[1] === '-' || (m[3] ?? '').startsWith('-');
    const words = wordCount(m[2] ?? m[3] ?? '');
    if (words > 0) found.push({ text: m[0], excluded, words });
  }
  return found;
}

/**
 * The query as written with one of its words or phrases left out, for each that is no exclusion and no stop word,
 * when it has two at least: what a search that found nothing offers instead ("Without “discuss”: 12 articles"), since
 * every word must match and a pasted sentence often matched nothing (a user review). At most `max`, in the order
 * written.
 *
 * `withoutOneWord('Bush met Blair -Iraq')` → `[{ dropped: 'Bush', q: 'met Blair -Iraq' }, { dropped: 'met', q: 'Bush Blair -Iraq' }, { dropped: 'Blair', q: 'Bush met -Iraq' }]`
 */
export function withoutOneWord(q: string, max = MAX_QUERY_WORDS): { dropped: string; q: string }[] {
  const all = parts(withStraightQuotes(q));
  const droppable = all.filter((p) => !p.excluded && !isStopWord(p));
  if (droppable.length < 2) return [];
  return droppable.slice(0, max).map((part) => ({ dropped: part.text, q: all.filter((p) => p !== part).map((p) => p.text).join(' ') }));
}

/**
 * The words and phrases a query looks for, each as written, without its exclusions: what an article page marks.
 *
 * `soughtParts('oil -Iraq "price war"')` → `['oil', '"price war"']`
 */
export function soughtParts(q: string): string[] {
  return parts(withStraightQuotes(q)).filter((p) => !p.excluded).map((p) => p.text);
}

/** Words that carry no subject of their own: beyond the limit they go before any word that does. */
const STOP_WORDS: ReadonlySet<string> = new Set(
  ('a an and are as at be been but by did do does for from had has have he her his i in into is it its of on or our she that the their '
    + 'them there these they this those to was we were what when where which who whom will with would you said says').split(' '),
);
const isStopWord = (p: Part): boolean => !p.excluded && !p.text.startsWith('"') && STOP_WORDS.has(p.text.toLowerCase());

/**
 * The query Meilisearch should get, and what of it goes beyond its 10 words. Within the limit the query goes as it
 * is. Beyond it, the first word or phrase sought comes first, then the exclusions (a `-word` is a promise the results
 * keep), then words and phrases, then stop words ("the", "of", "on"), each in the order written, as many as fit; what
 * is kept goes in the order written, and the rest is named back to the user rather than dropped unseen.
 *
 * `withinWordLimit('the a b c d e f g h i j -Iraq')` → `{ q: 'a b c d e f g h i -Iraq', ignored: ['the', 'j'] }`
 * `withinWordLimit('Saudi -a -b -c -d -e -f -g -h -i -j')` → `{ q: 'Saudi -a -b -c -d -e -f -g -h -i', ignored: ['-j'] }`
 * `withinWordLimit('coup Niger')` → `{ q: 'coup Niger', ignored: [] }`
 * `withinWordLimit('oil oil … oil' (×100))` → `{ q: 'oil', ignored: [] }`
 */
export function withinWordLimit(q: string): { q: string; ignored: string[] } {
  const written = parts(q);
  if (written.reduce((n, p) => n + p.words, 0) <= MAX_QUERY_WORDS) return { q, ignored: [] };
  // A word or phrase written twice asks nothing more (every word must match): once is enough, and the copies are
  // neither counted against the limit nor listed as left out ("oil" pasted a hundred times listed "oil" ninety times).
  const seen = new Set<string>();
  const all = written.filter((p) => {
    const key = `${p.excluded ? '-' : ''}${p.text.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (all.reduce((n, p) => n + p.words, 0) <= MAX_QUERY_WORDS) return { q: all.map((p) => p.text).join(' '), ignored: [] };
  const kept = new Map<Part, string>();
  let words = 0;
  // The first word or phrase sought goes before the exclusions: ten of them had left the query nothing to look for, and
  // the results were every article but the excluded (a black-box review).
  const first = all.find((x) => !x.excluded && !isStopWord(x)) ?? all.find((x) => !x.excluded);
  const byPriority = [
    ...(first !== undefined ? [first] : []),
    ...all.filter((x) => x.excluded),
    ...all.filter((x) => x !== first && !x.excluded && !isStopWord(x)),
    ...all.filter((x) => x !== first && isStopWord(x)),
  ];
  for (const p of byPriority) {
    if (words + p.words <= MAX_QUERY_WORDS) {
      kept.set(p, p.text);
      words += p.words;
    } else if (kept.size === 0 && !p.excluded && p.text.startsWith('"')) {
      // A quoted phrase longer than the limit is searched for its first words, never dropped whole (a pasted quote
      // of eleven words searched for nothing and listed every article).
      const fit = phraseWords(p.text).slice(0, MAX_QUERY_WORDS - words);
      kept.set(p, `"${fit.join(' ')}"`);
      words += fit.length;
    }
  }
  const ignored = all.flatMap((p) => {
    const sent = kept.get(p);
    if (sent === undefined) return [p.text];
    return sent === p.text ? [] : [phraseWords(p.text).slice(phraseWords(sent).length).join(' ')];
  });
  return { q: all.flatMap((p) => kept.get(p) ?? []).join(' '), ignored };
}

/**
 * A query as Meilisearch is sent it, and what of it is not: quotes as typed on a phone, a Mac or in Word (“ ” „ «
 * ») are phrase quotes, possessives are their names, words of symbols alone go, joined words are phrases, and at most
 * 10 words go (withinWordLimit).
 *
 * `readQuery('“Bush administration” Blair\'s')` → `{ q: '"Bush administration" Blair', ignored: [] }`
 */
export function readQuery(q: string): { q: string; ignored: string[] } {
  const read = withinWordLimit(withUnsplitWords(withJoinedWordsAsPhrases(withoutSymbolWords(withoutPossessives(withStraightQuotes(q))))));
  // A word the reading put in quotes so that Meilisearch would not split it ("output") is named back as typed.
  const typed = withStraightQuotes(q);
  return { ...read, ignored: read.ignored.map((w) => (/^-?"[^"\s]+"$/.test(w) && !typed.includes(w) ? w.replace(/"/g, '') : w)) };
}

/**
 * Short words news writes next to each other all the time: the stop words, and the particles and verbs of phrases such
 * as "put in", "set up", "get out". A query word that is two of them side by side is the one Meilisearch splits to
 * noise. (A general stop-word list, 1,298 words of letters and fragments, "d", "ll", "sh", cut "nuclear", "share" and
 * a fifth of the news vocabulary in two: too many words would lose their typo tolerance for nothing.)
 */
const GLUE_WORDS: ReadonlySet<string> = new Set([
  ...STOP_WORDS,
  ...('am put get got set let up out off so no not all can may me my us him one now then than more some only own too just also back down '
    + 'here how if each any ever over go see say').split(' '),
]);

/**
 * Whether Meilisearch may read `word` as two glue words: it cut in two such halves is no word of them itself.
 *
 * `splitsIntoGlueWords('Putin')` → true ("put in"); `splitsIntoGlueWords('into')` → false (a glue word itself);
 * `splitsIntoGlueWords('Blair')` → false
 */
export function splitsIntoGlueWords(word: string): boolean {
  const w = word.toLowerCase();
  if (w.length < 3 || GLUE_WORDS.has(w) || !/^\p{L}+$/u.test(w)) return false;
  for (let cut = 1; cut < w.length; cut++) if (GLUE_WORDS.has(w.slice(0, cut)) && GLUE_WORDS.has(w.slice(cut))) return true;
  return false;
}

/**
 * Whether `word` is two capitals opening with A or I, "AU", "AI": Meilisearch splits a query word into two words of the
 * index side by side, and the article "a" or the pronoun "I" is then one, the other letter (of "U.S.", an initial) the
 * other: `AU` found 285 passages, 252 of them "a U.S.", where 32 write "AU" (a black-box review). Longer acronyms keep
 * the split (no index word is their rest: `IMF` 301 passages, every one "IMF" or "International Monetary Fund"), and
 * with it their synonyms, which a phrase loses: quoted, `IMF` missed 69 of the 76 articles that write only the full name
 * (a later review). Those whose halves are both glue words ("AMA": "am a") are phrases by splitsIntoGlueWords. Other
 * two-capital acronyms keep the split, which finds their letters written with dots: `UN` finds "U.N.", `US` "U.S.".
 */
const isShortAcronym = (word: string): boolean => /^[AI]\p{Lu}$/u.test(word);

/**
 * A word Meilisearch would also read as two words goes as a phrase of one word. Meilisearch splits a query word where
 * both halves are words of the index, side by side, whatever the typo settings: "Putin" found 77 articles, 51 of them
 * only for "put in place", "put in prison", and they filled the facets and the newest-first list (a user review); as
 * `"Putin"`, 26, every one about him. Only words that cut into two glue words, where the split is noise, and short
 * acronyms in capitals (isShortAcronym): a phrase also takes away typos, which a word spelled so rarely needs (and
 * words under six letters never get). Excluded ones too.
 *
 * `withUnsplitWords('Putin sanctions -Iran')` → `'"Putin" sanctions -"Iran"'`; `withUnsplitWords('AU summit IMF')` → `'"AU" summit IMF'`; `withUnsplitWords('UN')` → `'UN'`
 */
export function withUnsplitWords(q: string): string {
  return q
    .split(/("[^"]*"?)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/(?<![^\s])(-?)(\p{L}+)(?=[\s,.;:!?)]|$)/gu, (whole, minus: string, word: string) => (splitsIntoGlueWords(word) || isShortAcronym(word) ? `${minus}"${word}"` : whole))))
    .join('');
}

/** Letters joined by dots: "U.N.", "U.S.S.R." */
const DOTTED_LETTERS = String.raw`\p{L}(?:\.\p{L})+\.?`;
/**
 * Words joined by a hyphen, an ampersand or a slash: "al-Qaeda", "AT&T", "S/P", "9/11", "U.S.-led" (a black-box review:
 * it was "U.S" and "led" anywhere, 128 articles); letters joined by dots, "U.N."; figures with a decimal point or a
 * thousands comma, "15.8", "1,500" (highlight.ts reads them too).
 */
export const JOINED_WORDS = String.raw`(?:${DOTTED_LETTERS}|[\p{L}\p{N}]+)(?:[-&/](?:${DOTTED_LETTERS}|[\p{L}\p{N}]+))+|${DOTTED_LETTERS}|\p{N}+(?:[.,]\p{N}+)+`;
/** Such a name standing as a word of a query, maybe excluded ("-pro-Syrian"). */
const JOINED_AS_WRITTEN = new RegExp(String.raw`(?<![^\s])(-?)(${JOINED_WORDS})(?=[\s,.;:!?)%]|$)`, 'gu');

/** A currency sign before a figure ("$1.7"), which Meilisearch reads as no word: the figure is what is searched. */
const CURRENCY_BEFORE_FIGURE = /(?<![^\s])(-?)[$£€¥](?=\p{N}+[.,]\p{N})/gu;

/**
 * A name whose words are joined by a hyphen, an ampersand or a slash is a phrase: Meilisearch reads "al-Qaeda" as the
 * words "al" and "qaeda" anywhere in the passage (and highlighted the "al" of "al-Zarqawi"), "AT&T" as "at" and "t"
 * (589 articles, with "selling the T-shirts at 170 DKK"; as a phrase, 14). So are letters joined by dots: "U.S.S.R."
 * was the letters "u", "s" and "r" anywhere (83 articles, 81 of them not about the Soviet Union: "U.S. stock markets",
 * "H.R.S."; a black-box review). So are figures: "15.8" was the numbers 15 and 8 anywhere (492 articles, the first
 * marking "15,757,350" and "AU$ 15.8"; as a phrase, 49), "1,500" the numbers 1 and 500 (366 against 77: a black-box
 * review). Outside quotes; an excluded one stays excluded, as a phrase.
 *
 * `withJoinedWordsAsPhrases('al-Qaeda leaders -pro-Syrian AT&T U.N.')` → `'"al-Qaeda" leaders -"pro-Syrian" "AT&T" "U.N."'`
 * `withJoinedWordsAsPhrases('$1.7 billion 15.8%')` → `'"1.7" billion "15.8"%'`
 */
export function withJoinedWordsAsPhrases(q: string): string {
  if (!/[-&/.,]/.test(q)) return q;
  return q
    .split(/("[^"]*"?)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(CURRENCY_BEFORE_FIGURE, '$1').replace(JOINED_AS_WRITTEN, '$1"$2"')))
    .join('');
}

/**
 * Words of no letter or digit go: an emoji or a stray dash is no word of any passage, and with every word required,
 * "😀 oil" found nothing.
 *
 * `withoutSymbolWords('😀 oil – gas')` → `'oil gas'`; `withoutSymbolWords('--oil')` → `'oil'`
 */
export function withoutSymbolWords(q: string): string {
  // Two dashes or more before a word are no exclusion: Meilisearch searched "--oil" as "oil", and the page, reading
  // an exclusion, had sorted its 1,123 articles newest first (a black-box review).
  q = q.replace(/(?<![^\s])-{2,}(?=[\p{L}\p{N}"])/gu, '');
  if (!/(?<![^\s])[^\s\p{L}\p{N}"]+(?![^\s])/u.test(q) && !EMPTY_PHRASE.test(q)) return q;
  // Word by word as `parts` reads them: a quoted phrase, excluded or not, is one ('-"price war"'), kept as written
  // when it holds a letter or a figure. A lone quote or `""` is a phrase of nothing: the page had summed up all the
  // articles "for “"”" (a black-box review).
  return [...q.matchAll(/-?"[^"]*"?|\S+/g)]
    .map((m) => m[0])
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
    .join(' ');
}

/** A quote that opens a phrase of no letter or figure (it may also match a closing quote: the slow path then keeps it). */
const EMPTY_PHRASE = /"[^\p{L}\p{N}"]*(?:"|$)/u;

/** `withStraightQuotes('„Preis“ «prix» “price”')` → `'"Preis" "prix" "price"'` */
export function withStraightQuotes(q: string): string {
  return q.replace(/[“”„‟«»]/g, '"');
}

/**
 * A possessive is the name: Meilisearch reads "Blair's" as the words "blair" and "s", so it found only the passages
 * writing "Blair's" (69 articles where 87 name Blair). Inside quotes a phrase stays as written.
 *
 * `withoutPossessives("Blair's government")` → `'Blair government'`; `withoutPossessives('"Blair\'s government"')` → unchanged
 */
export function withoutPossessives(q: string): string {
  if (!/['’]s/.test(q)) return q;
  return q
    .split(/("[^"]*"?)/)
    // After a letter, or standing alone: a possessive of nothing had found the letter "s" (9,740 articles, a black-box review).
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/(?:(?<=\p{L})|(?<![^\s]))['’]s(?![\p{L}\p{N}])/gu, '')))
    .join('');
}

/**
 * How many words a query asks passages for, a phrase one and its exclusions not counted (country words are the
 * caller's to take out first: countriesInQuery): `soughtWordCount('oil prices -Iran')` → 2; `soughtWordCount('"price
 * war" 15.8')` → 2; `soughtWordCount('😀')` → 0.
 */
export function soughtWordCount(q: string): number {
  return soughtParts(readQuery(q).q).length;
}

/**
 * Excluded phrases that Meilisearch 1.21 misreads: a `.`, `,`, `;`, `!` or `?` between the words of a `-"…"`. It
 * then leaves out every passage holding some of the words, not the phrase. Measured on the bench index:
 * `Bush -"George W. Bush"` found no passages where 557 hold "Bush" without the phrase, and `Senate -"U.S. Senate"`
 * found none (a black-box review). A quoted phrase that is not excluded is read right, and so are other marks ("pro-Syrian", "Iraq's").
 * The search service leaves these phrases' passages out itself (search-service.ts) and sends the rest of the query.
 *
 * `misreadExclusions('Bush -"George W. Bush" -"Laura Bush"')` → `{ q: 'Bush -"Laura Bush"', phrases: ['George W. Bush'] }`
 * `misreadExclusions('Bush -"Laura Bush"')` → `{ q: 'Bush -"Laura Bush"', phrases: [] }`
 */
export function misreadExclusions(q: string): { q: string; phrases: string[] } {
  const straight = withStraightQuotes(q);
  if (!straight.includes('-"')) return { q, phrases: [] };
  const phrases: string[] = [];
  const rest = straight.replace(/(^|\s)-"([^"]*)"?/g, (whole, before: string, phrase: string) => {
    const words = phrase.trim();
    if (!/[.,;!?]\s+\S/.test(words)) return whole;
    phrases.push(words);
    return before;
  });
  return phrases.length === 0 ? { q, phrases } : { q: rest.replace(/\s+/g, ' ').trim(), phrases };
}
